import type { Driver } from 'neo4j-driver';
import { postGraphql } from './graphql-client.ts';
import type { Sample } from './samples.ts';
import { quantile, timeMs } from './stats.ts';
import type { ViewCase } from './view-cases.ts';

export interface ViewTimings {
  id: ViewCase['id'];
  graphql: number[];
  raw: number[];
}

export interface CompareTarget {
  url: string;
  token: string;
  driver: Driver;
}

/**
 * Runs a view `warmup + iterations` times through both paths, interleaved request by request with the
 * order alternating, so drift in the machine's load (it is shared) hits both sides alike. Warm-up rounds
 * fill the page cache and the query caches of Neo4j and the API; they are not recorded.
 */
export async function compareView(
  view: ViewCase,
  samples: readonly Sample[],
  target: CompareTarget,
  options: { warmup: number; iterations: number },
): Promise<ViewTimings> {
  const timings: ViewTimings = { id: view.id, graphql: [], raw: [] };
  const total = options.warmup + options.iterations;
  for (let i = 0; i < total; i++) {
    const sample = samples[i % samples.length]!;
    const viaGraphql = () =>
      timeMs(() => postGraphql(target.url, target.token, view.graphql, view.variables(sample)));
    const viaDriver = () =>
      timeMs(() => target.driver.executeQuery(view.cypher, view.params(sample), { routing: 'READ' }));
    let g: number;
    let r: number;
    if (i % 2 === 0) {
      g = await viaGraphql();
      r = await viaDriver();
    } else {
      r = await viaDriver();
      g = await viaGraphql();
    }
    if (i >= options.warmup) {
      timings.graphql.push(g);
      timings.raw.push(r);
    }
  }
  return timings;
}

/** p50 and p99 of both sides and their ratios. */
export function summarize(t: ViewTimings) {
  const g50 = quantile(t.graphql, 0.5);
  const r50 = quantile(t.raw, 0.5);
  const g99 = quantile(t.graphql, 0.99);
  const r99 = quantile(t.raw, 0.99);
  return { g50, r50, g99, r99, ratio50: g50 / r50, ratio99: g99 / r99 };
}
