import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoxGrid } from '../../client/src/graph/box-grid.ts';
import { boxesOverlap, type Box } from '../../client/src/graph/overlap.ts';
import { placeAround, ringCells, type BoxSize } from '../../client/src/graph/place-around.ts';

const GAP = 8;
const sized = (n: number, w = 120, h = 50): BoxSize[] =>
  Array.from({ length: n }, (_, i) => ({ id: `n${i}`, w, h }));
const placedBoxes = (sizes: readonly BoxSize[], centres: Map<string, { x: number; y: number }>): Box[] =>
  sizes.map((s) => ({ ...s, ...centres.get(s.id)! }));

/** Every pair among `boxes`, and every box against every obstacle, that comes closer than `gap`. */
function collisions(boxes: readonly Box[], obstacles: readonly Box[], gap: number): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (boxesOverlap(a, b, gap)) found.push(`${a.id}/${b.id}`);
    for (const o of obstacles) if (boxesOverlap(a, o, gap)) found.push(`${a.id}/${o.id}`);
  });
  return found;
}

const boxArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    x: fc.integer({ min: -600, max: 600 }),
    y: fc.integer({ min: -400, max: 400 }),
    w: fc.integer({ min: 20, max: 220 }),
    h: fc.integer({ min: 20, max: 80 }),
  });

describe('placing an expansion around its anchor', () => {
  it('places nothing when nothing is new', () => {
    expect(placeAround({ x: 0, y: 0 }, [], [], GAP).size).toBe(0);
  });

  it('gives a hundred new neighbours places apart from each other and from the anchor', () => {
    const anchor: Box = { id: 'hub', x: 10, y: -5, w: 120, h: 50 };
    const sizes = sized(100);
    const centres = placeAround(anchor, sizes, [anchor], GAP);
    expect([...centres.keys()].sort()).toEqual(sizes.map((s) => s.id).sort());
    expect(collisions(placedBoxes(sizes, centres), [anchor], GAP)).toEqual([]);
  });

  it('packs them closely around the anchor, nearest rings first', () => {
    const sizes = sized(100);
    const centres = placeAround({ x: 0, y: 0 }, sizes, [], GAP);
    // Which ring of box-sized cells each centre is on.
    const rings = sizes.map((s) => {
      const c = centres.get(s.id)!;
      return Math.max(Math.abs(c.x / (120 + GAP)), Math.abs(c.y / (50 + GAP)));
    });
    // Rings 1–4 hold 80 boxes, ring 5 another 40: a hundred fill five rings, without holes.
    expect(Math.max(...rings)).toBe(5);
    expect(rings.filter((r) => r <= 4)).toHaveLength(80);
    // Nearest first: the ring number never goes down, and the first box sits straight above the anchor.
    expect(rings).toEqual([...rings].sort((a, b) => a - b));
    expect(centres.get('n0')).toEqual({ x: 0, y: -(50 + GAP) });
  });

  it('leaves few holes when the names differ a little in length', () => {
    // "Орган 1" … "Орган 100": widths a few pixels apart, as labels of one kind are.
    const sizes = Array.from({ length: 100 }, (_, i) => ({ id: `n${i}`, w: 100 + (i % 20), h: 50 }));
    const centres = placeAround({ x: 0, y: 0 }, sizes, [], GAP);
    const stepX = 118 + GAP;
    const rings = sizes.map((s) => {
      const c = centres.get(s.id)!;
      return Math.max(Math.abs(c.x / stepX), Math.abs(c.y / (50 + GAP)));
    });
    expect(collisions(placedBoxes(sizes, centres), [], GAP)).toEqual([]);
    // Five rings, as for equal boxes; cells as wide as the median box would leave holes and need six.
    expect(Math.max(...rings)).toBeLessThanOrEqual(5);
  });

  it('lists the cells of a ring once each, clockwise from the top', () => {
    const cells = ringCells(2);
    expect(cells).toHaveLength(16);
    expect(new Set(cells.map(String)).size).toBe(16);
    expect(cells[0]).toEqual([0, -2]);
    expect(cells[4]).toEqual([2, 0]);
  });

  it('goes round nodes already drawn beside the anchor instead of onto them', () => {
    const wall: Box[] = Array.from({ length: 12 }, (_, i) => ({
      id: `old${i}`,
      x: 140 + 130 * (i % 4),
      y: -90 + 60 * Math.floor(i / 4),
      w: 120,
      h: 50,
    }));
    const sizes = sized(30);
    const centres = placeAround({ x: 0, y: 0 }, sizes, wall, GAP);
    expect(collisions(placedBoxes(sizes, centres), wall, GAP)).toEqual([]);
  });

  it('never lets a new box touch an old one or another new one, whatever the sizes and obstacles', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { maxLength: 25 })
          .chain((ids) =>
            fc.tuple(
              fc.tuple(...ids.map((_, i) => boxArb(`old${i}`))),
              fc.array(
                fc.record({ w: fc.integer({ min: 20, max: 220 }), h: fc.integer({ min: 20, max: 80 }) }),
                { minLength: 1, maxLength: 40 },
              ),
            ),
          ),
        ([obstacles, dims]) => {
          const sizes = dims.map((d, i) => ({ id: `new${i}`, ...d }));
          const centres = placeAround({ x: 0, y: 0 }, sizes, obstacles, GAP);
          expect(collisions(placedBoxes(sizes, centres), obstacles, GAP)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same canvas and answer give the same places', () => {
    const obstacles: Box[] = [{ id: 'a', x: 100, y: 0, w: 90, h: 40 }];
    const sizes = [...sized(10), { id: 'wide', w: 300, h: 50 }];
    expect(placeAround({ x: 0, y: 0 }, sizes, obstacles, GAP)).toEqual(
      placeAround({ x: 0, y: 0 }, sizes, obstacles, GAP),
    );
  });
});

describe('the box grid', () => {
  it('finds a collision exactly when comparing with every box would', () => {
    fc.assert(
      fc.property(
        fc.tuple(...Array.from({ length: 30 }, (_, i) => boxArb(`b${i}`))),
        boxArb('probe'),
        fc.integer({ min: 0, max: 20 }),
        (boxes, probe, gap) => {
          const grid = new BoxGrid(64, boxes);
          expect(grid.hits(probe, gap)).toBe(boxes.some((b) => boxesOverlap(probe, b, gap)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
