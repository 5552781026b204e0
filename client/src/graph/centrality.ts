import type { Collection } from 'cytoscape';

export type CentralityMetric = 'pageRank' | 'betweenness';

/**
 * Centrality of every node of `eles`, scaled so the most central node is 1. Computed on what is visible,
 * since that is the graph the investigator is reasoning about.
 */
export function centrality(eles: Collection, metric: CentralityMetric): Map<string, number> {
  const nodes = eles.nodes();
  const raw = new Map<string, number>();
  if (metric === 'pageRank') {
    const result = eles.pageRank({});
    nodes.forEach((node) => {
      raw.set(node.id(), result.rank(node));
    });
  } else {
    const result = eles.betweennessCentrality({ directed: false });
    nodes.forEach((node) => {
      raw.set(node.id(), result.betweenness(node));
    });
  }
  const max = Math.max(0, ...raw.values());
  const scaled = new Map<string, number>();
  for (const [id, value] of raw) scaled.set(id, max > 0 ? value / max : 0);
  return scaled;
}
