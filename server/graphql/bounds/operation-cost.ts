import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from '../graphql-js.ts';
import { collectFields, collectSubfields, type WalkContext } from './collect-fields.ts';
import type { TypeLimit } from './list-limits.ts';
import {
  FIELD_NAME_WEIGHTS,
  FIELD_WEIGHTS,
  INTROSPECTION_COST,
  VIEW_LIST_SIZES,
  VIEW_SLICE_SIZES,
} from './cost-hints.ts';

export interface CostModel {
  /** `@limit` of each type (list-limits.ts). */
  limits: Map<string, TypeLimit>;
  /** Size of a list below the root fields without `limit`/`first`, and the most it may ask for. */
  nestedListDefault: number;
  nestedListMax: number;
}

type Args = Record<string, unknown>;

/** List sizes a parent decides for its children (a connection's page, a view's slice, a mutation's input). */
interface ChildSizes {
  byName?: Record<string, number>;
  lists?: number;
}

/**
 * The most values an operation can return: every field counts once per object it is selected on, and
 * each list multiplies what is below it by its size, with variables resolved: `limit` or `first` as
 * given (at most the type's `@limit` max, and the nested max below the root), else the default that
 * will apply. A filter on one id (`where: { id: { eq } }`) counts as one item, `id: { in: [...] }` as
 * that many. For an interface or union the costliest member counts. This is the number the budget
 * (GRAPHQL_MAX_COST) bounds; docs/security.md shows it for the worst admissible query.
 */
export function operationCost(
  context: WalkContext,
  operation: OperationDefinitionNode,
  model: CostModel,
): number {
  const root = context.schema.getRootType(operation.operation);
  if (!root) return 0;
  const fields = collectFields(context, root, operation.selectionSet.selections);
  return fieldsCost(context, model, root, fields, {}, true);
}

function fieldsCost(
  context: WalkContext,
  model: CostModel,
  type: GraphQLObjectType,
  fields: Map<string, FieldNode[]>,
  sizes: ChildSizes,
  atRoot: boolean,
): number {
  let total = 0;
  for (const nodes of fields.values()) {
    const node = nodes[0]!;
    const name = node.name.value;
    // Introspection is bounded by the schema and only served while introspection is on; the full
    // schema is a 1.5 MB answer, counted as a fixed share of the budget.
    if (name === '__schema' || name === '__type') {
      total += name === '__schema' ? INTROSPECTION_COST : 10;
      continue;
    }
    const def = type.getFields()[name];
    total += FIELD_WEIGHTS[`${type.name}.${name}`] ?? FIELD_NAME_WEIGHTS[name] ?? 1;
    if (!def) continue;
    const named = getNamedType(def.type);
    if (!isCompositeType(named)) continue;
    const args = argumentValues(def, node, context);
    const size = isListType(getNullableType(def.type))
      ? (sizes.byName?.[name] ?? listSize(model, type, def, args, atRoot, sizes.lists))
      : 1;
    const childSizes = childSizesOf(context, model, type, def, args, atRoot);
    const members = isObjectType(named) ? [named] : context.schema.getPossibleTypes(named);
    let perItem = 0;
    for (const member of members) {
      const subfields = collectSubfields(context, member, nodes);
      perItem = Math.max(perItem, fieldsCost(context, model, member, subfields, childSizes, false));
    }
    total += size * perItem;
  }
  return total;
}

function listSize(
  model: CostModel,
  parent: GraphQLObjectType,
  def: GraphQLField<unknown, unknown>,
  args: Args,
  atRoot: boolean,
  inherited: number | undefined,
): number {
  const view = VIEW_LIST_SIZES[`${parent.name}.${def.name}`];
  if (view) return view(args);
  const hasLimit = def.args.some((arg) => arg.name === 'limit');
  if (!hasLimit) return inherited ?? model.nestedListDefault;
  const target = model.limits.get(getNamedType(def.type).name);
  return pageSize(model, target, args.limit, args.where, atRoot);
}

/** Items a `limit`/`first` yields: as given or the default, capped, and cut by an id filter. */
function pageSize(
  model: CostModel,
  target: TypeLimit | undefined,
  given: unknown,
  where: unknown,
  atRoot: boolean,
): number {
  const max = atRoot
    ? (target?.max ?? model.nestedListMax)
    : Math.min(model.nestedListMax, target?.max ?? Infinity);
  const fallback = atRoot
    ? (target?.default ?? target?.max ?? model.nestedListDefault)
    : model.nestedListDefault;
  const requested = typeof given === 'number' ? given : fallback;
  return Math.min(requested, max, idFilterSize(where));
}

function idFilterSize(where: unknown): number {
  const record = (value: unknown) => (value && typeof value === 'object' ? (value as Args) : undefined);
  const filter = record(record(where)?.id) ?? record(record(record(where)?.node)?.id);
  if (filter?.eq !== undefined && filter.eq !== null) return 1;
  if (Array.isArray(filter?.in)) return filter.in.length;
  return Infinity;
}

/** What a field decides about the lists of the object it returns. */
function childSizesOf(
  context: WalkContext,
  model: CostModel,
  parent: GraphQLObjectType,
  def: GraphQLField<unknown, unknown>,
  args: Args,
  atRoot: boolean,
): ChildSizes {
  const view = VIEW_SLICE_SIZES[`${parent.name}.${def.name}`];
  if (view) return { byName: view(args) };
  if (def.args.some((arg) => arg.name === 'first')) {
    const target = model.limits.get(connectionNodeType(def) ?? '');
    return { byName: { edges: pageSize(model, target, args.first, args.where, atRoot) } };
  }
  // A create mutation returns as many nodes as its input has; other mutations as many as they matched.
  if (atRoot && parent === context.schema.getMutationType() && Array.isArray(args.input)) {
    return { lists: args.input.length };
  }
  return {};
}

function connectionNodeType(def: GraphQLField<unknown, unknown>): string | undefined {
  const connection = getNamedType(def.type);
  if (!isObjectType(connection)) return undefined;
  const edge = connection.getFields().edges && getNamedType(connection.getFields().edges!.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type).name : undefined;
}

function argumentValues(def: GraphQLField<unknown, unknown>, node: FieldNode, context: WalkContext): Args {
  try {
    return getArgumentValues(def, node, context.variables);
  } catch {
    // Invalid arguments fail execution with their own error; they cannot make the operation costlier.
    return {};
  }
}
