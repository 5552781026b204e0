import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
} from '../graphql-js.ts';
import type { CostModel } from './operation-cost.ts';

/**
 * Gives every list below the root fields a limit, as the operation runs: @neo4j/graphql 7 cuts a nested
 * list only at its type's `@limit` (default 50, max 500 here, so four nested `limit: 500` lists ask for
 * 500⁴ rows) and does not cut lists of a union type (`reportsTo`, `assignedTo`, `occurredIn`) at all.
 * Here a nested `limit`/`first` that is missing gets the nested default, one above the nested maximum is
 * lowered to it, and a root list of a type without `@limit` gets the same treatment. Root lists of types
 * with `@limit` are left to the library (default 50, clamped to 500). Returns the document unchanged
 * when nothing needed a bound; the cost model then counts exactly the limits that will run.
 */
export function boundListArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  model: CostModel,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!def || !parent) return undefined;
        const page = pageArgument(def);
        if (!page) return undefined;
        const target = model.limits.get(page.target);
        const nested = !roots.has(parent as never);
        if (!nested && target) return undefined;
        const max = Math.min(model.nestedListMax, target?.max ?? Infinity);
        const given = givenValue(def, node, variables, page.name);
        const wanted = Math.min(given ?? model.nestedListDefault, max);
        if (wanted === given) return undefined;
        return withArgument(node, page.name, wanted);
      },
    }),
  );
}

/** The argument that sizes a list field (`limit`) or a connection's page (`first`), and the item type. */
function pageArgument(def: GraphQLField<unknown, unknown>): { name: string; target: string } | null {
  const args = new Set(def.args.map((arg) => arg.name));
  if (args.has('limit') && isListType(getNullableType(def.type))) {
    return { name: 'limit', target: getNamedType(def.type).name };
  }
  if (args.has('first')) {
    const connection = getNamedType(def.type);
    const edges = isObjectType(connection) ? connection.getFields().edges : undefined;
    const edge = edges && getNamedType(edges.type);
    const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
    if (node) return { name: 'first', target: getNamedType(node.type).name };
  }
  return null;
}

function givenValue(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  name: string,
): number | undefined {
  try {
    const value = getArgumentValues(def, node, variables)[name];
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

function withArgument(node: FieldNode, name: string, value: number): FieldNode {
  const argument: ArgumentNode = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.INT, value: String(value) },
  };
  const others = (node.arguments ?? []).filter((a) => a.name.value !== name);
  return { ...node, arguments: [...others, argument] };
}
