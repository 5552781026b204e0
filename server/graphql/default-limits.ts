import { Kind, parse, type DocumentNode, type ObjectTypeDefinitionNode } from './graphql-js.ts';

/** Page size of every entity list unless its type says otherwise with its own @limit. */
export const DEFAULT_LIMIT = { default: 50, max: 500 } as const;

const LIMIT = (
  parse(`type T @limit(default: ${DEFAULT_LIMIT.default}, max: ${DEFAULT_LIMIT.max}) { x: Int }`, {
    noLocation: true,
  }).definitions[0] as ObjectTypeDefinitionNode
).directives![0]!;

/**
 * Bounds every list the library generates: @node types and interfaces without a @limit get the default, so
 * no query can ask for a whole label at once and no type has to repeat the numbers.
 */
export function addDefaultLimits(document: DocumentNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((d) => {
      if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.INTERFACE_TYPE_DEFINITION) return d;
      const names = (d.directives ?? []).map((directive) => directive.name.value);
      const listed = d.kind === Kind.INTERFACE_TYPE_DEFINITION || names.includes('node');
      if (!listed || names.includes('limit')) return d;
      return { ...d, directives: [...(d.directives ?? []), LIMIT] };
    }),
  };
}
