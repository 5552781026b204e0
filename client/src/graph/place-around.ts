import type { Point } from '../geo/projection.ts';
import { BoxGrid } from './box-grid.ts';
import type { Box } from './overlap.ts';

/** A box to place: its size only, the centre is what `placeAround` finds. */
export type BoxSize = Pick<Box, 'id' | 'w' | 'h'>;

/** Rings tried before giving up (far more than a capped expansion of 500 nodes needs). */
const MAX_RINGS = 100;

/**
 * The size most boxes fit: a cell as wide as the median box would leave every box a pixel wider than it
 * colliding with its neighbour (a hole in the ring each time), one as wide as the longest name would spread
 * everything out for the sake of one label.
 */
function typical(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * 0.9)] ?? 0;
}

/** The cells at ring `k` of a grid around cell (0, 0), clockwise from straight above. */
export function ringCells(k: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let i = -k; i <= k; i++)
    for (let j = -k; j <= k; j++) if (Math.max(Math.abs(i), Math.abs(j)) === k) cells.push([i, j]);
  const turn = ([i, j]: [number, number]) => (Math.atan2(i, -j) + 2 * Math.PI) % (2 * Math.PI);
  return cells.sort((a, b) => turn(a) - turn(b));
}

/**
 * Centres for new boxes around an anchor (the node they were expanded from), none touching `obstacles`
 * (the nodes already drawn) or each other, nearest ring first. Candidates are the cells of a grid as wide
 * and as tall as a typical box (node and label: wide and short), so a hundred neighbours pack into a block
 * about as wide as a screen and the view stays readable; a box that does not fit a cell (a long name, a
 * node in the way) takes the next free one. Nothing already drawn moves: an expansion costs time in
 * proportion to what it adds, not to the whole canvas, and the picture the investigator knows keeps its
 * shape. Deterministic: the same input gives the same places.
 */
export function placeAround(
  anchor: Point,
  boxes: readonly BoxSize[],
  obstacles: readonly Box[],
  gap: number,
): Map<string, Point> {
  const placed = new Map<string, Point>();
  if (boxes.length === 0) return placed;
  const stepX = typical(boxes.map((b) => b.w)) + gap;
  const stepY = typical(boxes.map((b) => b.h)) + gap;
  const grid = new BoxGrid(Math.max(stepX, stepY), obstacles);
  let ring = 1;
  let cells = ringCells(ring);
  let spot = 0;
  for (const box of boxes) {
    let found: Point | null = null;
    while (!found && ring <= MAX_RINGS) {
      const [i, j] = cells[spot]!;
      const centre = { x: anchor.x + i * stepX, y: anchor.y + j * stepY };
      if (!grid.hits({ ...box, ...centre }, gap)) found = centre;
      spot += 1;
      if (spot === cells.length) {
        ring += 1;
        cells = ringCells(ring);
        spot = 0;
      }
    }
    // Past the last ring (never in practice): a row below everything tried, one box after another.
    const centre = found ?? {
      x: anchor.x + placed.size * stepX,
      y: anchor.y + (MAX_RINGS + 1) * stepY + box.h,
    };
    grid.add({ ...box, ...centre });
    placed.set(box.id, centre);
  }
  return placed;
}
