import type { EdgeData, NodeData } from './graph-types.ts';

export type Evidence = 'all' | 'stated' | 'inferred';

/** What the investigator has chosen to see; everything else gets the `filtered` class. */
export interface Filters {
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  evidence: Evidence;
  /** Inclusive year range; elements without a year are never filtered by it. */
  years: { from: number; to: number } | null;
}

export const NO_FILTERS: Filters = {
  hiddenLabels: new Set(),
  hiddenTypes: new Set(),
  evidence: 'all',
  years: null,
};

/** Whether a node passes the filters. */
export function nodeVisible(node: Pick<NodeData, 'label' | 'year'>, filters: Filters): boolean {
  if (filters.hiddenLabels.has(node.label)) return false;
  if (filters.years && node.year !== null) {
    return node.year >= filters.years.from && node.year <= filters.years.to;
  }
  return true;
}

/** Whether an edge passes the filters (its ends are checked separately: Cytoscape hides edges of hidden nodes). */
export function edgeVisible(edge: Pick<EdgeData, 'type' | 'inferred'>, filters: Filters): boolean {
  if (filters.hiddenTypes.has(edge.type)) return false;
  if (filters.evidence === 'stated') return !edge.inferred;
  if (filters.evidence === 'inferred') return edge.inferred;
  return true;
}

/** The years present in a set of nodes, for the year filter's bounds. */
export function yearBounds(nodes: Iterable<Pick<NodeData, 'year'>>): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const { year } of nodes) {
    if (year === null || year === undefined) continue;
    from = Math.min(from, year);
    to = Math.max(to, year);
  }
  return from === Infinity ? null : { from, to };
}
