import { RATIO_TARGETS } from './metric-ids.ts';
import { metric, type Metric } from './metrics.ts';
import { summarize, type ViewTimings } from './compare-views.ts';

/** The B4 metrics of one view: the p50 ratio, plus both p50s so the ratio can be read in context. */
export function viewMetrics(t: ViewTimings): Metric[] {
  const s = summarize(t);
  const note = `GraphQL p50 ${s.g50.toFixed(2)} ms vs raw ${s.r50.toFixed(2)} ms; p99 ${s.g99.toFixed(1)} vs ${s.r99.toFixed(1)} ms; n=${t.graphql.length}`;
  const out = [
    metric(`B4-${t.id}-ratio`, s.ratio50, 'x', RATIO_TARGETS[t.id] ?? null, note),
    metric(`B4-${t.id}-graphql-p50-ms`, s.g50, 'ms'),
    metric(`B4-${t.id}-raw-p50-ms`, s.r50, 'ms'),
    metric(
      `B4-${t.id}-autocommit-ratio`,
      s.autoCommitRatio50,
      'x',
      null,
      `against the same Cypher as one auto-commit transaction (raw p50 ${s.a50.toFixed(2)} ms), the round trips the API itself uses`,
    ),
  ];
  if (t.id === '1hop') {
    out.push(metric('B4-1hop-p50-ms', s.g50, 'ms', '<= 5', 'GraphQL over HTTP, end to end'));
    out.push(metric('B4-1hop-p99-ratio', s.ratio99, 'x', '<= 2'));
  }
  return out;
}
