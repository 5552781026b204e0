import type { Point } from '../geo/projection.ts';
import { BoxGrid } from './box-grid.ts';
import type { Box } from './overlap.ts';

/** A box to place: its size only, the centre is what `placeAround` finds. */
export type BoxSize = Pick<Box, 'id' | 'w' | 'h'>;

/** Rings tried before giving up (far more than a capped expansion of 500 nodes needs). */
const MAX_RINGS = 200;
/** Candidate spots per ring, per ring number: several per box, so boxes of uneven width still pack. */
const SPOTS_PER_RING = 12;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Centres for new boxes around an anchor (the node they were expanded from), none touching `obstacles`
 * (the nodes already drawn) or each other, closest rings first. The rings are ellipses stretched like the
 * boxes (node and label: wide and short), so neighbours pack as tightly sideways as up and down. Nothing
 * already drawn moves: an expansion costs time in proportion to what it adds, not to the whole canvas, and
 * the investigator's picture keeps its shape. Deterministic: the same input gives the same places.
 */
export function placeAround(
  anchor: Point,
  boxes: readonly BoxSize[],
  obstacles: readonly Box[],
  gap: number,
): Map<string, Point> {
  const placed = new Map<string, Point>();
  if (boxes.length === 0) return placed;
  const stepX = median(boxes.map((b) => b.w)) + gap;
  const stepY = median(boxes.map((b) => b.h)) + gap;
  const grid = new BoxGrid(Math.max(stepX, stepY), obstacles);
  let ring = 1;
  let spot = 0;
  for (const box of boxes) {
    let found: Point | null = null;
    while (!found && ring <= MAX_RINGS) {
      const count = SPOTS_PER_RING * ring;
      // Every other ring starts half a spot further round, so rings do not line up into spokes.
      const angle = (2 * Math.PI * (spot + (ring % 2) / 2)) / count - Math.PI / 2;
      const centre = { x: anchor.x + ring * stepX * Math.cos(angle), y: anchor.y + ring * stepY * Math.sin(angle) };
      if (!grid.hits({ ...box, ...centre }, gap)) found = centre;
      spot += 1;
      if (spot >= count) {
        ring += 1;
        spot = 0;
      }
    }
    // Past the last ring (never in practice): straight below everything tried, where nothing can be.
    const centre = found ?? { x: anchor.x, y: anchor.y + (MAX_RINGS + 1) * stepY + placed.size * stepY };
    grid.add({ ...box, ...centre });
    placed.set(box.id, centre);
  }
  return placed;
}
