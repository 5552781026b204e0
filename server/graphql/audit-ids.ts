import {
  execute,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from './graphql-js.ts';
import type { ExecutedField } from './executed-root-fields.ts';

/** The hidden selection's response key; a client using it too only makes its record `idsComplete: false`. */
export const ID_KEY = '_0auditId';
const PAGE = 500;

/**
 * How the ids a root mutation field changes are found. @neo4j/graphql's `create…`/`update…` answer with
 * the nodes they wrote, so the executed document gets one hidden selection of their `id`s (whatever the
 * client selected); `delete…` answers only with counts, so its `where` is read first, in the same
 * transaction, through the matching `…Connection` query (the library's own filter semantics).
 */
export type IdPlan =
  | { kind: 'written'; field: ExecutedField; verb: 'created' | 'updated'; nodesField: string }
  | { kind: 'deleted'; field: ExecutedField; connection: string; whereType: string }
  | { kind: 'unknown'; field: ExecutedField };

export function planIds(schema: GraphQLSchema, fields: readonly ExecutedField[]): IdPlan[] {
  const mutation = schema.getMutationType()?.getFields() ?? {};
  const query = schema.getQueryType()?.getFields() ?? {};
  return fields.map((field): IdPlan => {
    const definition = mutation[field.name];
    const verb = /^(create|update|delete)([A-Z]\w*)$/.exec(field.name);
    if (!definition || !verb) return { kind: 'unknown', field };
    if (verb[1] === 'delete') {
      const connection = `${verb[2]![0]!.toLowerCase()}${verb[2]!.slice(1)}Connection`;
      const where = definition.args.find((arg) => arg.name === 'where');
      if (!query[connection] || !where) return { kind: 'unknown', field };
      return { kind: 'deleted', field, connection, whereType: getNamedType(where.type).name };
    }
    const payload = getNamedType(definition.type);
    const nodesField = isObjectType(payload)
      ? Object.values(payload.getFields()).find((candidate) => {
          const node = getNamedType(candidate.type);
          return (
            isListType(getNullableType(candidate.type)) && isObjectType(node) && 'id' in node.getFields()
          );
        })
      : undefined;
    if (!nodesField) return { kind: 'unknown', field };
    return {
      kind: 'written',
      field,
      verb: verb[1] === 'create' ? 'created' : 'updated',
      nodesField: nodesField.name,
    };
  });
}

/** Where a written field's ids will appear in the response. */
export interface IdCapture {
  plan: Extract<IdPlan, { kind: 'written' }>;
  /** The response key of the nodes list inside the field's payload. */
  nodesKey: string;
  /** True when the client did not select the list: the whole list is ours to remove. */
  added: boolean;
}

/**
 * The document to execute: inside each written field, the nodes list the client selected also selects
 * `ID_KEY: id`, or, when the client selected no list, one is added that selects only that. (The library
 * answers only the first selection of the list, so a second, aliased one would not do.) Payloads selected
 * through fragments are left alone: their ids are not captured and the record says so.
 */
export function withIdSelections(
  document: DocumentNode,
  plans: readonly IdPlan[],
): { document: DocumentNode; captures: IdCapture[] } {
  const captures: IdCapture[] = [];
  const edits = new Map<FieldNode, FieldNode>();
  for (const plan of plans) {
    const selections = plan.kind === 'written' ? plan.field.node.selectionSet?.selections : undefined;
    if (plan.kind !== 'written' || !selections || selections.some((s) => s.kind !== Kind.FIELD)) continue;
    const fields = selections as readonly FieldNode[];
    const nodes = fields.find((field) => field.name.value === plan.nodesField);
    const taken = fields.some((field) => (field.alias?.value ?? field.name.value) === plan.nodesField);
    if (!nodes && taken) continue;
    const idField: FieldNode = { kind: Kind.FIELD, alias: name(ID_KEY), name: name('id') };
    const list: FieldNode = nodes
      ? { ...nodes, selectionSet: withSelection(nodes.selectionSet, idField) }
      : { kind: Kind.FIELD, name: name(plan.nodesField), selectionSet: withSelection(undefined, idField) };
    const root = plan.field.node;
    edits.set(root, {
      ...root,
      selectionSet: nodes
        ? { ...root.selectionSet!, selections: fields.map((field) => (field === nodes ? list : field)) }
        : withSelection(root.selectionSet, list),
    });
    captures.push({ plan, nodesKey: nodes?.alias?.value ?? plan.nodesField, added: !nodes });
  }
  if (edits.size === 0) return { document, captures };
  return { document: visit(document, { Field: (node) => edits.get(node) }), captures };
}

/** Reads and removes the hidden id selections from the response data. */
export function takeWrittenIds(
  data: Record<string, unknown> | null | undefined,
  plans: readonly IdPlan[],
  captures: readonly IdCapture[],
): { created: string[]; updated: string[]; complete: boolean } {
  const found = {
    created: [] as string[],
    updated: [] as string[],
    complete: captures.length === plans.filter((plan) => plan.kind === 'written').length,
  };
  for (const { plan, nodesKey, added } of captures) {
    const payload = data?.[plan.field.key] as Record<string, unknown> | null | undefined;
    const nodes = payload?.[nodesKey];
    if (!payload || !Array.isArray(nodes)) {
      found.complete = false;
      continue;
    }
    for (const node of nodes as (Record<string, unknown> | null)[]) {
      const id = node?.[ID_KEY];
      if (typeof id === 'string') found[plan.verb].push(id);
      else found.complete = false;
      if (node) delete node[ID_KEY];
    }
    if (added) delete payload[nodesKey];
  }
  return found;
}

function name(value: string) {
  return { kind: Kind.NAME, value } as const;
}

function withSelection(set: SelectionSetNode | undefined, field: FieldNode): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: [...(set?.selections ?? []), field] };
}

/** Ids a `delete…` field is about to delete, read in its transaction before it runs; at most `max`. */
export async function readIdsToDelete(
  schema: GraphQLSchema,
  contextValue: unknown,
  plan: Extract<IdPlan, { kind: 'deleted' }>,
  max: number,
): Promise<{ ids: string[]; complete: boolean }> {
  // Type and field names come from the schema, never from the request; the filter is a variable.
  const document = parse(
    `query AuditPreRead($where: ${plan.whereType}, $after: String) {
       page: ${plan.connection}(where: $where, first: ${PAGE}, after: $after) {
         edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
  );
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await execute({
      schema,
      document,
      contextValue,
      variableValues: { where: plan.field.arguments.where ?? null, after },
    });
    const page = (result.data as { page?: PreReadPage } | null | undefined)?.page;
    if (result.errors?.length || !page) return { ids, complete: false };
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return { ids, complete: true };
    if (ids.length >= max) return { ids: ids.slice(0, max), complete: false };
    after = page.pageInfo.endCursor;
  }
}

interface PreReadPage {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
