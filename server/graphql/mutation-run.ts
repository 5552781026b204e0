import type { Driver, Session, Transaction } from 'neo4j-driver';
import { AUDIT_LIMITS, type AuditChanges } from '../audit/index.ts';
import { apiError, classifyError } from '../errors.ts';
import {
  planIds,
  readIdsToDelete,
  takeWrittenIds,
  withIdSelections,
  type IdCapture,
  type IdPlan,
} from './audit-ids.ts';
import { countingTransaction, type ChangeCounters } from './counting-transaction.ts';
import { executedRootFields, type ExecutedField } from './executed-root-fields.ts';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from './graphql-js.ts';
import type { ReportedIds, RequestContext } from './request-context.ts';

/** One mutation's transaction and what the audit record needs to know about it. */
export interface MutationRun {
  session: Session;
  /** The transaction itself; @neo4j/graphql gets a counting view of it. */
  tx: Transaction;
  counters: ChangeCounters;
  fields: ExecutedField[];
  plans: IdPlan[];
  captures: IdCapture[];
  toDelete: { ids: string[]; complete: boolean };
  /** The document to execute: the client's, plus hidden id selections. */
  document: DocumentNode;
}

export interface BeginRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  contextValue: RequestContext;
}

/**
 * Opens the mutation's transaction, hands it to @neo4j/graphql (as `executionContext`), reads which root
 * fields will run and, for deletes, which ids they will delete, before anything is written.
 */
export async function beginMutationRun(
  driver: Driver,
  database: string | undefined,
  request: BeginRequest,
): Promise<MutationRun> {
  // The bookmark manager auto-commit-reader.ts also uses: on a cluster, this process's later reads
  // wait for this write to reach the member they run on.
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  const raw = session.beginTransaction({ timeout: request.contextValue.transaction.timeout });
  const { tx, counters } = countingTransaction(raw);
  request.contextValue.executionContext = tx;
  try {
    const fields = executedRootFields(request.schema, request.document, request.operation, request.variables);
    const plans = planIds(request.schema, fields);
    const toDelete = { ids: [] as string[], complete: true };
    for (const plan of plans) {
      if (plan.kind !== 'deleted') continue;
      const read = await readIdsToDelete(request.schema, request.contextValue, plan, AUDIT_LIMITS.idsPerList);
      toDelete.ids.push(...read.ids);
      toDelete.complete &&= read.complete;
    }
    const { document, captures } = withIdSelections(request.document, plans);
    return { session, tx: raw, counters, fields, plans, captures, toDelete, document };
  } catch (error) {
    if (raw.isOpen()) await raw.rollback().catch(() => {});
    await session.close();
    const { code, message } = classifyError(error);
    throw apiError(code, message);
  }
}

/** The ids and counts a committed run changed; strips the hidden id selections from `data`. */
export function changesOf(
  run: MutationRun,
  data: Record<string, unknown> | null | undefined,
  reported?: ReportedIds,
): AuditChanges {
  const written = takeWrittenIds(data, run.plans, run.captures);
  const unique = (ids: string[]) => [...new Set(ids)];
  // The library's node writes, which the database's node counters must match; ids our own resolvers report
  // (facts, a retracted Source) come on top.
  const nodesCreated = unique(written.created);
  const nodesDeleted = unique(run.toDelete.ids);
  const knownFields = run.plans.every(
    (plan) =>
      plan.kind !== 'unknown' || plan.field.name === '__typename' || reported?.fields.has(plan.field.name),
  );
  return {
    createdIds: unique([...nodesCreated, ...(reported?.created ?? [])]),
    updatedIds: unique([...written.updated, ...(reported?.updated ?? [])]),
    deletedIds: unique([...nodesDeleted, ...(reported?.deleted ?? [])]),
    ...run.counters,
    idsComplete:
      knownFields &&
      written.complete &&
      run.toDelete.complete &&
      (reported?.complete ?? true) &&
      run.counters.nodesCreated === nodesCreated.length &&
      run.counters.nodesDeleted === nodesDeleted.length,
  };
}
