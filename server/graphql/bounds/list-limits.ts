import { Kind, visit, type DocumentNode } from '../graphql-js.ts';

/** A type's `@limit(default, max)`: what @neo4j/graphql applies to every list of that type. */
export interface TypeLimit {
  default?: number;
  max?: number;
}

/**
 * Reads the `@limit` directives of the type definitions (as the schema loader expands them), so the cost
 * model counts a list exactly as @neo4j/graphql 7 will cut it: `limit`/`first` if given, else the
 * type's default, never above its max (OperationFactory.getOptions). Unions carry no `@limit` and are
 * not cut at all by the library; bound-list-arguments.ts gives them one.
 */
export function typeLimits(typeDefs: DocumentNode): Map<string, TypeLimit> {
  const limits = new Map<string, TypeLimit>();
  visit(typeDefs, {
    enter(node) {
      if (
        node.kind !== Kind.OBJECT_TYPE_DEFINITION &&
        node.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
        node.kind !== Kind.OBJECT_TYPE_EXTENSION &&
        node.kind !== Kind.INTERFACE_TYPE_EXTENSION
      )
        return undefined;
      const directive = node.directives?.find((d) => d.name.value === 'limit');
      if (!directive) return false;
      const limit: TypeLimit = {};
      for (const argument of directive.arguments ?? []) {
        if (argument.value.kind !== Kind.INT) continue;
        const value = Number(argument.value.value);
        if (argument.name.value === 'default') limit.default = value;
        if (argument.name.value === 'max') limit.max = value;
      }
      limits.set(node.name.value, limit);
      return false;
    },
  });
  return limits;
}
