// `npx tsx scripts/derive-kazakhstan-units.ts <folder with kaz_admbnda_adm1_2024.{shp,dbf}>`
//
// Derives client/src/geo/data/kazakhstan-units.json, the small offline map of Kazakhstan's 20 first-level
// units the workspace's geo mode draws, from the geokz R package's 2024 ADM1 shapefile (CC BY 4.0, itself
// from the OCHA COD-AB for Kazakhstan, 2024). Get the shapefile from the geokz repository
// (inst/shape/kaz_admbnda_adm1_2024.*). Borders are simplified as one topology, so neighbours keep a
// shared border, and coordinates are rounded to 0.01° (about 1 km). Each unit also gets a label point (its
// pole of inaccessibility, always inside the unit), where the workspace puts the region's marker and its
// caption, and its Russian name from the seed (seed/data/geography.json).
import fs from 'node:fs';
import path from 'node:path';
import polylabel from 'polylabel';
import * as shapefile from 'shapefile';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { repoRoot } from '../server/config.ts';

const OUT = path.join(repoRoot, 'client', 'src', 'geo', 'data', 'kazakhstan-units.json');
/** Share of the points kept, the most important by area weight: plenty for a backdrop at country scale. */
const KEEP = 0.07;
/** Islands and slivers smaller than this (square degrees) are left out: invisible at the map's scale. */
const MIN_AREA = 0.004;

type Ring = [number, number][];
interface Unit {
  iso: string;
  nameRu: string;
  nameEn: string;
  nameKk: string;
  label: [number, number];
  polygons: Ring[][];
}

const round = (v: number) => Math.round(v * 100) / 100;
const ring = (points: Position[]): Ring => {
  const out: Ring = [];
  for (const [lon, lat] of points) {
    const p: [number, number] = [round(lon!), round(lat!)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};
/** Planar area of a ring in square degrees (shoelace); enough to drop slivers. */
const area = (r: Ring): number =>
  Math.abs(
    r.reduce((sum, [x, y], i) => sum + x * r[(i + 1) % r.length]![1] - r[(i + 1) % r.length]![0] * y, 0),
  ) / 2;
const polygonsOf = (geometry: Polygon | MultiPolygon): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

async function readUnits(folder: string): Promise<Feature<Polygon | MultiPolygon>[]> {
  const base = path.join(folder, 'kaz_admbnda_adm1_2024');
  const source = await shapefile.open(`${base}.shp`, `${base}.dbf`, { encoding: 'utf-8' });
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (let next = await source.read(); !next.done; next = await source.read()) {
    features.push(next.value as Feature<Polygon | MultiPolygon>);
  }
  return features;
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder)
    throw new Error('Usage: tsx scripts/derive-kazakhstan-units.ts <folder with kaz_admbnda_adm1_2024.shp>');
  const features = await readUnits(folder);
  // The Russian names the workspace writes on the map: the seed's Region names, matched by ISO code.
  const geography = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'seed', 'data', 'geography.json'), 'utf8'),
  ) as {
    nodes: { label: string; iso?: string; name: string }[];
  };
  const russianNames = new Map(
    geography.nodes.filter((n) => n.label === 'Region' && n.iso).map((n) => [n.iso!, n.name]),
  );
  if (features.length !== 20) throw new Error(`Expected 20 first-level units, found ${features.length}`);
  const collection0: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = presimplify(topology({ units: collection0 }) as never);
  const simple = simplify(topo, quantile(topo, KEEP));
  const objects = simple.objects.units as GeometryCollection;
  const collection = feature(simple, objects) as FeatureCollection<Polygon | MultiPolygon>;
  const units: Unit[] = collection.features.map((f) => {
    const props = f.properties as Record<string, string>;
    const polygons = polygonsOf(f.geometry)
      .map((rings) => rings.map(ring).filter((r) => r.length >= 4))
      .filter((rings) => rings.length > 0 && area(rings[0]!) >= MIN_AREA);
    // The label goes inside the unit's largest part (Astana and Almaty are small; oblasts may have islands).
    const largest = polygonsOf(f.geometry).reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
    const [lon, lat] = polylabel(largest as number[][][], 0.01);
    return {
      iso: props.ADM1_PCODE!.replace(/^KZ/, 'KZ-'),
      nameRu: russianNames.get(props.ADM1_PCODE!.replace(/^KZ/, 'KZ-')) ?? props.ADM1_KK!,
      nameEn: props.ADM1_EN!,
      nameKk: props.ADM1_KK!,
      label: [round(lon!), round(lat!)],
      polygons,
    };
  });
  const country = merge(simple, objects.geometries as never);
  const outline = polygonsOf(country as MultiPolygon)
    .map((rings) => ring(rings[0]!))
    .filter((r) => r.length >= 4 && area(r) >= MIN_AREA);
  const data = {
    source:
      "geokz 1.0.2 (A. Rodionov), inst/shape/kaz_admbnda_adm1_2024, from OCHA's COD-AB for Kazakhstan (2024); simplified by scripts/derive-kazakhstan-units.ts",
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); see LICENSE-kazakhstan-units.md',
    units: units.sort((a, b) => a.iso.localeCompare(b.iso)),
    outline,
  };
  fs.writeFileSync(OUT, `${JSON.stringify(data)}\n`);
  const points = units.reduce((n, u) => n + u.polygons.flat(2).length, 0);
  console.log(
    `Wrote ${path.relative(repoRoot, OUT)}: ${units.length} units, ${points} points, ${fs.statSync(OUT).size} bytes.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
