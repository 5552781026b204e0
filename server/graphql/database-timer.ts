import type { QueryResult } from 'neo4j-driver';
import { apiError, ErrorCode } from '../errors.ts';
import type { RequestInfo } from '../log/request-info.ts';
import type { StatementRunner } from './auto-commit-reader.ts';
import { estimateResultBytes } from './response-size.ts';

const INSTRUMENTED = Symbol('opsgraph.instrumented');

/** What every statement of a request is checked against. */
export interface StatementLimits {
  /** An answer whose estimated JSON size passes this is refused (RESPONSE_TOO_LARGE) before it is built. */
  maxResponseBytes: number;
}

/**
 * Makes `runner.run` (the request's auto-commit reader or a mutation's transaction) add its time to
 * the request's database time, refuse a result larger than the response cap before graphql-js and
 * Apollo turn it into JSON, and give the event loop a turn between decoding the result and building
 * the response. Patches the object in place (once) so whoever holds it keeps the same object.
 */
export function instrumentRunner<T extends StatementRunner>(
  runner: T,
  info: RequestInfo,
  limits: StatementLimits,
): T {
  const marked = runner as T & { [INSTRUMENTED]?: true };
  if (marked[INSTRUMENTED]) return runner;
  const run = runner.run.bind(runner) as StatementRunner['run'];
  marked.run = async (query: string, parameters?: Record<string, unknown>): Promise<QueryResult> => {
    const started = performance.now();
    let result: QueryResult;
    try {
      result = await run(query, parameters);
    } finally {
      info.dbMs += performance.now() - started;
      info.dbStatements += 1;
    }
    if (estimateResultBytes(result, limits.maxResponseBytes) > limits.maxResponseBytes) {
      throw apiError(
        ErrorCode.RESPONSE_TOO_LARGE,
        `The answer would be larger than ${limits.maxResponseBytes} bytes; ask for fewer items or fields`,
        { limit: limits.maxResponseBytes },
      );
    }
    // Decoding the result was one long synchronous step and building the response will be another:
    // let waiting requests (health probes, small reads) run in between.
    await new Promise((resolve) => setImmediate(resolve));
    return result;
  };
  marked[INSTRUMENTED] = true;
  return runner;
}
