import { project, type Point } from '../geo/projection.ts';
import { LABEL_STYLES } from './label-styles.ts';

interface GeoNode {
  id: string;
  label: string;
  name: string;
  lat: number | null;
  lon: number | null;
}

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Vertical distance between nodes of the side lane, and between its columns. */
const LANE_ROW = 110;
const LANE_COLUMN = 320;
const LANE_MARGIN = 140;

/**
 * Positions for the geographic layout. Cities sit at their coordinates; a region sits at its anchor (the
 * label point inside its unit, given by `regionAnchor`), so it never covers its centre city; everything
 * without a place (channels, bodies, seizures, people) lines up in a side lane right of the map, grouped
 * by label and sorted by name, instead of being scattered over it.
 */
export function geoPositions(
  nodes: readonly GeoNode[],
  regionAnchor: (id: string) => Point | null,
  map: Bounds,
): Map<string, Point> {
  const positions = new Map<string, Point>();
  const lane: GeoNode[] = [];
  for (const node of nodes) {
    const anchor = node.label === 'Region' ? regionAnchor(node.id) : null;
    if (anchor) positions.set(node.id, anchor);
    else if (node.lat !== null && node.lon !== null) positions.set(node.id, project(node.lat, node.lon));
    else lane.push(node);
  }
  const order = new Map(LABEL_STYLES.map((style, i) => [style.label, i]));
  lane.sort(
    (a, b) => (order.get(a.label) ?? 99) - (order.get(b.label) ?? 99) || a.name.localeCompare(b.name, 'ru'),
  );
  const rows = Math.max(4, Math.floor((map.y2 - map.y1) / LANE_ROW) + 1);
  lane.forEach((node, i) => {
    positions.set(node.id, {
      x: map.x2 + LANE_MARGIN + Math.floor(i / rows) * LANE_COLUMN,
      y: map.y1 + (i % rows) * LANE_ROW,
    });
  });
  return positions;
}

/** The bounds of projected [lon, lat] rings, e.g. the country's outline. */
export function projectedBounds(rings: readonly (readonly (readonly [number, number])[])[]): Bounds {
  const bounds = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      const p = project(lat, lon);
      bounds.x1 = Math.min(bounds.x1, p.x);
      bounds.y1 = Math.min(bounds.y1, p.y);
      bounds.x2 = Math.max(bounds.x2, p.x);
      bounds.y2 = Math.max(bounds.y2, p.y);
    }
  return bounds;
}
