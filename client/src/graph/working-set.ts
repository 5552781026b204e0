import type { Point } from '../geo/projection.ts';

/**
 * What is on the canvas beyond the view itself: every node (expanded, picked), the hidden and pinned ones,
 * and positions. A link or a reload brings the same canvas back, not just the view it started from.
 */
export interface WorkingSet {
  nodes: string[];
  hidden: string[];
  pinned: string[];
  /** Rounded positions by id; absent when the link would grow too long for them. */
  positions: Map<string, Point> | null;
}

/** Longest query string (characters) a link may reach before positions, then the node list, are left out. */
export const MAX_QUERY_LENGTH = 6000;
const SEP = '|';

function list(value: string | null): string[] {
  return value ? value.split(SEP).filter(Boolean) : [];
}

/** Writes a working set into `params` as `n`, `h`, `pin` and `p` (positions in the order of `n`). */
export function writeWorkingSet(params: URLSearchParams, set: WorkingSet, budget = MAX_QUERY_LENGTH): void {
  const used = params.toString().length;
  const nodes = new URLSearchParams({ n: set.nodes.join(SEP) });
  if (set.hidden.length) nodes.set('h', set.hidden.join(SEP));
  if (set.pinned.length) nodes.set('pin', set.pinned.join(SEP));
  if (used + nodes.toString().length + 1 > budget) return;
  const withPositions = new URLSearchParams(nodes);
  if (set.positions) {
    const p = set.nodes.map((id) => {
      const at = set.positions!.get(id);
      return at ? `${Math.round(at.x)},${Math.round(at.y)}` : '';
    });
    withPositions.set('p', p.join(SEP));
  }
  const chosen = used + withPositions.toString().length + 1 <= budget ? withPositions : nodes;
  for (const [key, value] of chosen) params.set(key, value);
}

/** Reads a working set from a query string; null when the link carries none. Bad positions are skipped. */
export function readWorkingSet(search: string): WorkingSet | null {
  const params = new URLSearchParams(search);
  const nodes = list(params.get('n'));
  if (!nodes.length) return null;
  const raw = params.get('p');
  let positions: Map<string, Point> | null = null;
  if (raw !== null) {
    positions = new Map();
    raw.split(SEP).forEach((pair, i) => {
      const [x, y] = pair.split(',').map(Number);
      const id = nodes[i];
      if (id && Number.isFinite(x) && Number.isFinite(y) && pair.includes(','))
        positions!.set(id, { x: x!, y: y! });
    });
  }
  const known = new Set(nodes);
  return {
    nodes,
    hidden: list(params.get('h')).filter((id) => known.has(id)),
    pinned: list(params.get('pin')).filter((id) => known.has(id)),
    positions,
  };
}
