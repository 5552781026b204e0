import { boxesOverlap, type Box } from './overlap.ts';

/**
 * Boxes bucketed in square cells, so "does this box hit any other?" looks only at the few boxes nearby
 * instead of every node on the canvas. A uniform grid suits node boxes, which are all of similar size; a
 * general R-tree (rbush) would add a dependency for no gain here.
 */
export class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  constructor(
    private readonly cell: number,
    boxes: readonly Box[] = [],
  ) {
    for (const box of boxes) this.add(box);
  }

  add(box: Box): void {
    for (const key of this.keys(box, 0)) {
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(box);
      else this.cells.set(key, [box]);
    }
  }

  /** Whether `box` comes closer than `gap` to any box in the grid. */
  hits(box: Box, gap: number): boolean {
    for (const key of this.keys(box, gap))
      if (this.cells.get(key)?.some((other) => boxesOverlap(box, other, gap))) return true;
    return false;
  }

  private *keys(box: Box, margin: number): Generator<string> {
    const x1 = Math.floor((box.x - box.w / 2 - margin) / this.cell);
    const x2 = Math.floor((box.x + box.w / 2 + margin) / this.cell);
    const y1 = Math.floor((box.y - box.h / 2 - margin) / this.cell);
    const y2 = Math.floor((box.y + box.h / 2 + margin) / this.cell);
    for (let i = x1; i <= x2; i++) for (let j = y1; j <= y2; j++) yield `${i},${j}`;
  }
}
