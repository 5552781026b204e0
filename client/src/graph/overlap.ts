import type { Point } from '../geo/projection.ts';

/** A node's box (its shape and its label) around a centre, in model coordinates. */
export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Fixed boxes never move (pinned nodes, cities at their coordinates); others move away from them. */
  fixed?: boolean;
}

/** Whether two boxes come closer than `gap`. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return Math.abs(a.x - b.x) < (a.w + b.w) / 2 + gap && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + gap;
}

/** Pairs of boxes that overlap, found by a sweep along x (sorted once), so large canvases stay cheap. */
export function overlappingPairs(boxes: readonly Box[], gap = 0): [Box, Box][] {
  const sorted = [...boxes].sort((a, b) => a.x - a.w / 2 - (b.x - b.w / 2));
  const pairs: [Box, Box][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const right = a.x + a.w / 2 + gap;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x - sorted[j]!.w / 2 < right; j++) {
      if (boxesOverlap(a, sorted[j]!, gap)) pairs.push([a, sorted[j]!]);
    }
  }
  return pairs;
}

/**
 * Moves boxes apart until none overlaps (or `maxRounds` passes), each pair pushed along the axis where it
 * overlaps least, so a layout's shape is kept and only collisions are resolved. Returns the new centres of
 * the boxes that moved. Deterministic: boxes on the same centre are split by id.
 */
export function separateBoxes(input: readonly Box[], gap = 6, maxRounds = 60): Map<string, Point> {
  const boxes = input.map((b) => ({ ...b }));
  const seen = new Map<string, number>();
  for (let round = 0; round < maxRounds; round++) {
    const pairs = overlappingPairs(boxes, gap);
    if (pairs.length === 0) break;
    for (const [a, b] of pairs) {
      if (a.fixed && b.fixed) continue;
      // Half a pixel more than needed: pushing to the exact gap leaves rounding errors that count as overlaps.
      const dx = (a.w + b.w) / 2 + gap - Math.abs(a.x - b.x) + 0.5;
      const dy = (a.h + b.h) / 2 + gap - Math.abs(a.y - b.y) + 0.5;
      if (dx <= 0.5 || dy <= 0.5) continue;
      const tie = a.id < b.id ? -1 : 1;
      const share = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
      // First the cheaper axis; a pair that keeps coming back (a box wedged between two fixed ones is
      // pushed back and forth) alternates axes, so it can leave sideways. Other pairs are not disturbed.
      const key = `${a.id}\u0000${b.id}`;
      const times = (seen.get(key) ?? 0) + 1;
      seen.set(key, times);
      const alongX = times <= 10 ? dx < dy : times % 2 === 0;
      if (alongX) {
        const sign = Math.sign(b.x - a.x) || tie * -1;
        a.x -= sign * dx * share[0]!;
        b.x += sign * dx * share[1]!;
      } else {
        const sign = Math.sign(b.y - a.y) || tie * -1;
        a.y -= sign * dy * share[0]!;
        b.y += sign * dy * share[1]!;
      }
    }
  }
  const moved = new Map<string, Point>();
  boxes.forEach((b, i) => {
    if (b.x !== input[i]!.x || b.y !== input[i]!.y) moved.set(b.id, { x: b.x, y: b.y });
  });
  return moved;
}

/**
 * The free place nearest to `want` for a box of the given size: tried on rings of growing radius around it,
 * so a node picked from search never lands on another one.
 */
export function freeSpot(
  boxes: readonly Box[],
  want: Point,
  size: { w: number; h: number },
  gap = 12,
): Point {
  const step = Math.max(size.w, size.h) / 2 + gap;
  const fits = (p: Point) => !boxes.some((b) => boxesOverlap(b, { id: '', ...p, ...size }, gap));
  if (fits(want)) return want;
  for (let ring = 1; ring < 60; ring++) {
    const count = 8 * ring;
    for (let k = 0; k < count; k++) {
      const angle = (2 * Math.PI * k) / count - Math.PI / 2;
      const p = { x: want.x + ring * step * Math.cos(angle), y: want.y + ring * step * Math.sin(angle) };
      if (fits(p)) return p;
    }
  }
  return want;
}
