import type { Point } from '../geo/projection.ts';
import type { SliceInput as Slice } from './graph-types.ts';

/**
 * The role of a node in a responsibility chain, top to bottom: controlling posts, the issuer, his post and
 * body, the directive, assignees, partner bodies. Dagre would rank by edge direction, which puts a directive
 * above the posts that control it (UNDER_CONTROL_OF points Directive → Position), so the chain gets its own
 * top-down order.
 */
const RANK_OF_TARGET: Record<string, number> = { UNDER_CONTROL_OF: 0, ASSIGNED_TO: 5, COOPERATES_WITH: 6 };

/** Level of every node of a chain slice (0 = top). Nodes not tied to the directive go below their neighbour. */
export function chainLevels(slice: Slice, directiveId: string): Map<string, number> {
  const levels = new Map<string, number>([[directiveId, 4]]);
  for (const edge of slice.edges) {
    if (edge.source === directiveId && edge.type in RANK_OF_TARGET)
      levels.set(edge.target, RANK_OF_TARGET[edge.type]!);
    if (edge.target === directiveId && edge.type === 'ISSUED') levels.set(edge.source, 1);
  }
  const issuers = slice.edges
    .filter((e) => e.type === 'ISSUED' && e.target === directiveId)
    .map((e) => e.source);
  for (const edge of slice.edges) {
    if (edge.type === 'HOLDS' && issuers.includes(edge.source) && !levels.has(edge.target))
      levels.set(edge.target, 2);
  }
  for (const edge of slice.edges) {
    if (edge.type === 'POSITION_IN' && levels.get(edge.source) === 2 && !levels.has(edge.target)) {
      levels.set(edge.target, 3);
    }
  }
  // Anything else (parent bodies, holders of controlling posts…) hangs one level off a placed neighbour.
  for (let changed = true; changed;) {
    changed = false;
    for (const edge of slice.edges) {
      const s = levels.get(edge.source);
      const t = levels.get(edge.target);
      if (s !== undefined && t === undefined) levels.set(edge.target, s + 1);
      else if (t !== undefined && s === undefined) levels.set(edge.source, Math.max(0, t - 1));
      else continue;
      changed = true;
    }
  }
  for (const node of slice.nodes) if (!levels.has(node.id)) levels.set(node.id, 7);
  return levels;
}

/** Positions for the chain: one row per level, nodes of a row centred and ordered by id for stability. */
export function chainPositions(
  levels: ReadonlyMap<string, number>,
  gapX = 190,
  gapY = 110,
): Map<string, Point> {
  const rows = new Map<number, string[]>();
  for (const [id, level] of levels) (rows.get(level) ?? rows.set(level, []).get(level)!).push(id);
  const positions = new Map<string, Point>();
  [...rows.keys()]
    .sort((a, b) => a - b)
    .forEach((level, row) => {
      const ids = rows.get(level)!.sort();
      ids.forEach((id, i) => positions.set(id, { x: (i - (ids.length - 1) / 2) * gapX, y: row * gapY }));
    });
  return positions;
}
