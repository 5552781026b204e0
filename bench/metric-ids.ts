/** [id, unit, target] of a metric the issue requires: what a failed phase reports as `value: null`. */
export type MetricId = [id: string, unit: string, target: string | null];

export const B1: MetricId[] = [['B1-translate-p50-ms', 'ms', null]];

export const B5: MetricId[] = [['B5-1hop-rps', 'req/s', null]];

export const B6: MetricId[] = [
  ['B6-unwind-nodes-per-s', 'nodes/s', '>= 50000'],
  ['B6-unwind-rels-per-s', 'rels/s', '>= 60000'],
  ['B6-index-build-s', 's', null],
  ['B6-end-to-end-s', 's', null],
];

export const B7: MetricId[] = [['B7-offline-import-s', 's', '<= 60']];

export const B89: MetricId[] = [
  ['B8-fcose-1000-ms', 'ms', '<= 2000'],
  ['B8-fcose-5000-ms', 'ms', null],
  ['B9-first-frame-5000-ms', 'ms', null],
  ['B9-fps-2000', 'fps', '>= 30'],
  ['B9-fps-10000', 'fps', null],
];

/** Issue 6's targets for the view ratios; the other views' ratios are informative. */
export const RATIO_TARGETS: Record<string, string> = { '1hop': '<= 1.3', '2hop': '<= 1.5' };

/** The B4 ids of one view. */
export function viewIds(view: string): MetricId[] {
  const ids: MetricId[] = [[`B4-${view}-ratio`, 'x', RATIO_TARGETS[view] ?? null]];
  if (view === '1hop') ids.push(['B4-1hop-p50-ms', 'ms', '<= 5'], ['B4-1hop-p99-ratio', 'x', '<= 2']);
  return ids;
}
