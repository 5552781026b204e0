import type { QueryResult, Transaction } from 'neo4j-driver';

/** What the database reports a transaction's statements changed, summed. */
export interface ChangeCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/**
 * The mutation's transaction as @neo4j/graphql sees it: the same transaction, whose `run` also adds up
 * each statement's update counters, so the audit record has the database's own count of what changed.
 * The library only awaits `run(...)` (classes/Executor.js), which is all this keeps. `run` is replaced on
 * the object itself (not through a Proxy) so that the request log's instrumentRunner, which patches `run`
 * in place too, wraps this one instead of recursing into itself.
 */
export function countingTransaction(tx: Transaction): { tx: Transaction; counters: ChangeCounters } {
  const counters: ChangeCounters = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
  const add = (result: QueryResult) => {
    const updates = result.summary.counters.updates();
    for (const key of Object.keys(counters) as (keyof ChangeCounters)[]) counters[key] += updates[key] ?? 0;
    return result;
  };
  const run = tx.run.bind(tx) as (
    query: string,
    parameters?: Record<string, unknown>,
  ) => Promise<QueryResult>;
  (tx as unknown as { run: typeof run }).run = (query, parameters) => run(query, parameters).then(add);
  return { tx, counters };
}
