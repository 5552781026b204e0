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
 * The library only awaits `run(...)` (classes/Executor.js), which is all this keeps.
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
  // What others set on the proxy (database-timer.ts wraps `run`) stays on the proxy: set on the target, a
  // wrapped `run` would call this proxy's `run`, which calls the target's — the wrapper — without end.
  const overrides = new Map<PropertyKey, unknown>();
  const counting = new Proxy(tx, {
    set(_target, property, value) {
      overrides.set(property, value);
      return true;
    },
    get(target, property) {
      if (overrides.has(property)) return overrides.get(property);
      if (property === 'run') {
        return (query: string, parameters?: Record<string, unknown>) =>
          target.run(query, parameters).then(add);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { tx: counting, counters };
}
