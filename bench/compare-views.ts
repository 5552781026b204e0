import type { Driver } from 'neo4j-driver';
import type { StatementRunner } from '../server/graphql/auto-commit-reader.ts';
import { postGraphql } from './graphql-client.ts';
import type { Sample } from './samples.ts';
import { quantile, timeMs } from './stats.ts';
import type { ViewCase } from './view-cases.ts';

export interface ViewTimings {
  id: ViewCase['id'];
  graphql: number[];
  /** Hand-written Cypher through `driver.executeQuery` (a managed transaction): the baseline. */
  raw: number[];
  /** The same Cypher as one auto-commit transaction, the way the API now sends its reads: informative. */
  rawAutoCommit: number[];
}

export interface CompareTarget {
  url: string;
  token: string;
  driver: Driver;
  /** The API's own `autoCommitReader` over `driver`: the raw side with the round trips the API uses. */
  reader: StatementRunner;
}

/**
 * Runs a view `warmup + iterations` times through all three paths, interleaved request by request with the
 * order rotating, so drift in the machine's load (it is shared) hits every side alike. Warm-up rounds
 * fill the page cache and the query caches of Neo4j and the API; they are not recorded.
 */
export async function compareView(
  view: ViewCase,
  samples: readonly Sample[],
  target: CompareTarget,
  options: { warmup: number; iterations: number },
): Promise<ViewTimings> {
  const timings: ViewTimings = { id: view.id, graphql: [], raw: [], rawAutoCommit: [] };
  const total = options.warmup + options.iterations;
  for (let i = 0; i < total; i++) {
    const sample = samples[i % samples.length]!;
    const viaGraphql = () =>
      timeMs(() => postGraphql(target.url, target.token, view.graphql, view.variables(sample)));
    const viaDriver = () =>
      timeMs(() => target.driver.executeQuery(view.cypher, view.params(sample), { routing: 'READ' }));
    const viaAutoCommit = () => timeMs(() => target.reader.run(view.cypher, view.params(sample)));
    // Rotating the order spreads any penalty of going first (or after the other's GC) over all three.
    const paths = [viaGraphql, viaDriver, viaAutoCommit];
    const times: number[] = [0, 0, 0];
    for (let k = 0; k < paths.length; k++) {
      const which = (i + k) % paths.length;
      times[which] = await paths[which]!();
    }
    if (i >= options.warmup) {
      timings.graphql.push(times[0]!);
      timings.raw.push(times[1]!);
      timings.rawAutoCommit.push(times[2]!);
    }
  }
  return timings;
}

/** p50 and p99 of each side and the ratios. */
export function summarize(t: ViewTimings) {
  const g50 = quantile(t.graphql, 0.5);
  const r50 = quantile(t.raw, 0.5);
  const a50 = quantile(t.rawAutoCommit, 0.5);
  const g99 = quantile(t.graphql, 0.99);
  const r99 = quantile(t.raw, 0.99);
  return { g50, r50, a50, g99, r99, ratio50: g50 / r50, ratio99: g99 / r99, autoCommitRatio50: g50 / a50 };
}
