import type { Point } from './projection.ts';
import { project } from './projection.ts';
import { pointInPolygon, type Ring } from './polygon.ts';

/** One first-level unit of Kazakhstan (17 oblasts and 3 cities), as derived in data/kazakhstan-units.json. */
export interface GeoUnit {
  /** ISO 3166-2 code, e.g. KZ-59 (North Kazakhstan); the seed's Region nodes carry the same `iso`. */
  iso: string;
  /** The official Russian name, as the seed's Region node has it ("Акмолинская область", "город Астана"). */
  nameRu: string;
  nameEn: string;
  nameKk: string;
  /** [lon, lat] of the unit's label point: inside the unit, away from its borders. */
  label: [number, number];
  /** Polygons, each an outer ring and its holes, of [lon, lat]. */
  polygons: Ring[][];
}

export interface GeoData {
  source: string;
  licence: string;
  units: GeoUnit[];
  /** The country's outline, merged from the units. */
  outline: Ring[];
}

let pending: Promise<GeoData> | null = null;

/**
 * The boundary data, fetched the first time the map is shown: only the geo view needs it, so it stays out
 * of the main bundle (a separate chunk of about 11 KB gzipped).
 */
export function loadGeoData(): Promise<GeoData> {
  pending ??= import('./data/kazakhstan-units.json').then((module) => module.default as unknown as GeoData);
  return pending;
}

/** The unit that contains a point (a region's centre, a city), or null outside Kazakhstan. */
export function unitAt(units: readonly GeoUnit[], lat: number, lon: number): GeoUnit | null {
  return units.find((unit) => unit.polygons.some((rings) => pointInPolygon(lon, lat, rings))) ?? null;
}

/** Where a region's marker goes: its unit's label point (by `iso`, else by its centre), projected. */
export function regionAnchor(
  units: readonly GeoUnit[],
  region: { iso?: string | null; lat: number | null; lon: number | null },
): Point | null {
  const unit =
    (region.iso ? units.find((u) => u.iso === region.iso) : undefined) ??
    (region.lat !== null && region.lon !== null ? unitAt(units, region.lat, region.lon) : null);
  return unit ? project(unit.label[1], unit.label[0]) : null;
}
