import type { Driver, QueryResult } from 'neo4j-driver';

/** What @neo4j/graphql's executor needs from an execution context that is neither a driver nor a session. */
export interface StatementRunner {
  run(query: string, parameters?: Record<string, unknown>): Promise<QueryResult>;
}

export interface ReaderOptions {
  database: string | undefined;
  /** Server-side transaction timeout, ms. */
  timeoutMs: number;
}

const METADATA = { app: 'opsgraph', type: 'user-transpiled' } as const;

/**
 * Runs each read the library generates as one auto-commit transaction in a READ session.
 *
 * Given the driver, @neo4j/graphql opens a managed transaction per request: BEGIN, RUN + PULL and COMMIT
 * are separate round trips, four socket writes in all. An auto-commit transaction is RUN + PULL alone, two
 * writes; on this machine a loopback write costs about 0.4 ms of CPU, so that is most of the API's fixed
 * cost per read (docs/performance.md, "Round trips"). A read has nothing to roll back, and the managed
 * transaction's retry only delayed the 503 during an outage, so neither is lost. Mutations never come
 * here: audit-plugin.ts gives them their own explicit transaction. The READ access mode makes the server
 * refuse a write that would slip through.
 */
export function autoCommitReader(driver: Driver, options: ReaderOptions): StatementRunner {
  return {
    async run(query, parameters) {
      const session = driver.session({
        database: options.database,
        defaultAccessMode: 'READ',
        // Keeps reads causally after this process's writes once the graph runs on a cluster.
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      try {
        return await session.run(query, parameters, { timeout: options.timeoutMs, metadata: METADATA });
      } finally {
        await session.close();
      }
    },
  };
}
