import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** A country's outline as rings of [lon, lat] pairs. */
export type Outline = [number, number][][];

/** ISO 3166-1 numeric code of Kazakhstan, as world-atlas stores it in `id`. */
export const KAZAKHSTAN_ISO = '398';

/**
 * Pulls one country's outer rings out of a world-atlas topology. Runs at build time (vite plugin) so only
 * Kazakhstan's few kilobytes reach the browser, not the whole world.
 */
export function extractOutline(topology: Topology, iso: string = KAZAKHSTAN_ISO): Outline {
  const countries = topology.objects.countries as GeometryCollection;
  const collection = feature(topology, countries);
  const country = collection.features.find((f) => String(f.id) === iso);
  if (!country) throw new Error(`Country ${iso} not found in the topology`);
  const { geometry } = country;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  // Outer rings only: holes do not matter for a backdrop.
  return polygons.map((rings) => (rings[0] ?? []).map(([lon, lat]) => [lon, lat] as [number, number]));
}
