/** A ring of [x, y] (or [lon, lat]) pairs; closed or not, it is treated as closed. */
export type Ring = readonly (readonly [number, number])[];

/** Even-odd test: whether a point lies inside a ring (points on the border may go either way). */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a polygon given as an outer ring followed by its holes. */
export function pointInPolygon(x: number, y: number, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(x, y, outer)) return false;
  return !holes.some((hole) => pointInRing(x, y, hole));
}
