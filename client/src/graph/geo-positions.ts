import { project, type Point } from '../geo/projection.ts';

interface GeoNode {
  id: string;
  lat: number | null;
  lon: number | null;
}

interface Link {
  source: string;
  target: string;
}

/** Distance in model pixels between nodes that share an anchor point. */
const SPREAD = 36;

/**
 * Positions for the geographic layout. Nodes with lat/lon sit on the map; the others (channels, bodies,
 * seizures) sit at the centroid of their placed neighbours — so a channel lands between its origin city
 * and its destination region — fanned out on a small circle when several share a point. Nodes linked to
 * nothing placed line up in a row under the map, so nothing is stacked out of sight.
 */
export function geoPositions(nodes: readonly GeoNode[], links: readonly Link[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const node of nodes) {
    if (node.lat !== null && node.lon !== null) positions.set(node.id, project(node.lat, node.lon));
  }
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of links) {
    (neighbours.get(source) ?? neighbours.set(source, []).get(source)!).push(target);
    (neighbours.get(target) ?? neighbours.set(target, []).get(target)!).push(source);
  }
  // Ring by ring outwards from the map: a body that seized a seizure next to its region lands near both.
  let pending = nodes.filter((node) => !positions.has(node.id)).map((node) => node.id);
  while (pending.length) {
    const placed = new Map(positions);
    const byAnchor = new Map<string, { anchor: Point; ids: string[] }>();
    const next: string[] = [];
    for (const id of pending) {
      const points = (neighbours.get(id) ?? []).flatMap((n) => placed.get(n) ?? []);
      if (points.length === 0) {
        next.push(id);
        continue;
      }
      const anchor = centroid(points);
      const key = `${Math.round(anchor.x)},${Math.round(anchor.y)}`;
      (byAnchor.get(key) ?? byAnchor.set(key, { anchor, ids: [] }).get(key)!).ids.push(id);
    }
    if (next.length === pending.length) break;
    for (const { anchor, ids } of byAnchor.values()) {
      // Several nodes on one anchor, or one on top of a placed node, are fanned out on a small circle.
      const radius = ids.length > 1 || isOccupied(anchor, placed) ? SPREAD : 0;
      ids.sort().forEach((id, i) => {
        const angle = (2 * Math.PI * i) / ids.length - Math.PI / 2;
        positions.set(id, { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
      });
    }
    pending = next;
  }
  const orphans = pending;
  const bottom = Math.max(0, ...[...positions.values()].map((p) => p.y)) + 3 * SPREAD;
  const left = Math.min(0, ...[...positions.values()].map((p) => p.x));
  orphans
    .sort()
    .forEach((id, i) =>
      positions.set(id, { x: left + (i % 12) * 2 * SPREAD, y: bottom + Math.floor(i / 12) * 2 * SPREAD }),
    );
  return positions;
}

function centroid(points: readonly Point[]): Point {
  return {
    x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
    y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
  };
}

function isOccupied(point: Point, located: ReadonlyMap<string, Point>): boolean {
  for (const p of located.values())
    if (Math.abs(p.x - point.x) < 1 && Math.abs(p.y - point.y) < 1) return true;
  return false;
}
