import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  freeSpot,
  overlappingPairs,
  separateBoxes,
  type Box,
} from '../../client/src/graph/overlap.ts';

const box = (id: string, x: number, y: number, w = 40, h = 30, fixed = false): Box => ({
  id,
  x,
  y,
  w,
  h,
  fixed,
});
const apply = (boxes: Box[], moved: Map<string, { x: number; y: number }>) =>
  boxes.map((b) => ({ ...b, ...(moved.get(b.id) ?? {}) }));

describe('overlap removal', () => {
  it('separates two nodes dropped on the same spot (two people picked from search)', () => {
    const boxes = [box('a', 0, 0), box('b', 0, 0)];
    const after = apply(boxes, separateBoxes(boxes, 6));
    expect(boxesOverlap(after[0]!, after[1]!, 5.9)).toBe(false);
  });

  it('never moves fixed boxes (cities on the map, pinned nodes)', () => {
    const boxes = [box('city', 0, 0, 40, 30, true), box('region', 10, 5)];
    const moved = separateBoxes(boxes, 6);
    expect(moved.has('city')).toBe(false);
    expect(boxesOverlap(boxes[0]!, { ...boxes[1]!, ...moved.get('region')! }, 5.9)).toBe(false);
  });

  it('leaves boxes that do not touch where they are', () => {
    expect(separateBoxes([box('a', 0, 0), box('b', 200, 0)]).size).toBe(0);
  });

  it('resolves every overlap of random crowded layouts', () => {
    const layout = fc.array(
      fc.record({
        x: fc.integer({ min: 0, max: 300 }),
        y: fc.integer({ min: 0, max: 300 }),
        w: fc.integer({ min: 20, max: 160 }),
      }),
      { minLength: 2, maxLength: 40 },
    );
    fc.assert(
      fc.property(layout, (items) => {
        const boxes = items.map((it, i) => box(`n${i}`, it.x, it.y, it.w, 34));
        const after = apply(boxes, separateBoxes(boxes, 6, 400));
        expect(overlappingPairs(after, 5.5)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('free spot', () => {
  it('is the wanted point when it is free, and a nearby free one when it is not', () => {
    const taken = [box('a', 0, 0)];
    expect(freeSpot([], { x: 5, y: 5 }, { w: 40, h: 30 })).toEqual({ x: 5, y: 5 });
    const spot = freeSpot(taken, { x: 0, y: 0 }, { w: 40, h: 30 }, 10);
    expect(boxesOverlap(taken[0]!, box('new', spot.x, spot.y), 9.9)).toBe(false);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThan(120);
  });
});
