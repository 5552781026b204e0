import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import units from '../../client/src/geo/data/kazakhstan-units.json' with { type: 'json' };
import { pointInPolygon, pointInRing } from '../../client/src/geo/polygon.ts';
import { project } from '../../client/src/geo/projection.ts';
import { regionAnchor, unitAt, type GeoData } from '../../client/src/geo/units.ts';
import { geoPositions, projectedBounds } from '../../client/src/graph/geo-positions.ts';
import { ringsPath } from '../../client/src/graph/map-layer.ts';

const data = units as unknown as GeoData;
interface SeedNode {
  id: string;
  label: string;
  name: string;
  iso?: string;
  lat?: number;
  lon?: number;
}
const seed = JSON.parse(readFileSync('seed/data/geography.json', 'utf8')) as { nodes: SeedNode[] };
const regions = seed.nodes.filter((n) => n.label === 'Region');
const cities = seed.nodes.filter((n) => n.label === 'City' && n.lat !== undefined);

describe('boundary data: Kazakhstan after 2022', () => {
  it('has the 20 current first-level units, Abai, Jetisu and Ulytau among them, with a source and licence', () => {
    expect(data.units).toHaveLength(20);
    expect(new Set(data.units.map((u) => u.iso)).size).toBe(20);
    expect(data.units.map((u) => u.nameEn)).toEqual(expect.arrayContaining(['Abay', 'Zhetysu', 'Ulytau']));
    expect(data.licence).toMatch(/CC BY 4\.0/);
    expect(data.source).toMatch(/geokz/);
  });

  it('has a unit for each of the seed’s 20 regions, and each region’s centre lies in its own unit', () => {
    expect(regions).toHaveLength(20);
    expect(new Set(data.units.map((u) => u.iso))).toEqual(new Set(regions.map((r) => r.iso)));
    for (const region of regions) {
      expect(unitAt(data.units, region.lat!, region.lon!)?.iso, region.id).toBe(region.iso);
    }
  });

  it('puts every unit’s label point inside the unit, and every seed city inside the country', () => {
    for (const unit of data.units) {
      const [lon, lat] = unit.label;
      expect(unitAt(data.units, lat, lon)?.iso, unit.iso).toBe(unit.iso);
    }
    for (const city of cities) {
      expect(
        data.outline.some((ring) => pointInRing(city.lon!, city.lat!, ring)),
        city.id,
      ).toBe(true);
    }
  });
});

describe('point in polygon', () => {
  const square: [number, number][] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ];
  const hole: [number, number][] = [
    [4, 4],
    [6, 4],
    [6, 6],
    [4, 6],
  ];
  it('tells inside from outside, and a hole from its polygon', () => {
    expect(pointInRing(5, 5, square)).toBe(true);
    expect(pointInRing(11, 5, square)).toBe(false);
    expect(pointInPolygon(5, 5, [square, hole])).toBe(false);
    expect(pointInPolygon(2, 2, [square, hole])).toBe(true);
  });
});

describe('geographic positions', () => {
  const bounds = projectedBounds(data.outline);
  const kokshetau = { id: 'city:kokshetau', label: 'City', name: 'Кокшетау', lat: 53.28, lon: 69.39 };
  const almaty = { id: 'city:almaty', label: 'City', name: 'Алматы', lat: 43.24, lon: 76.89 };
  const nko = { id: 'region:north-kazakhstan', label: 'Region', name: 'СКО', lat: 54.87, lon: 69.15 };
  const astanaRegion = { id: 'region:astana', label: 'Region', name: 'г. Астана', lat: 51.1801, lon: 71.446 };
  const astana = { id: 'city:astana', label: 'City', name: 'Астана', lat: 51.1801, lon: 71.446 };
  const lane = [
    { id: 'channel:1', label: 'SupplyChannel', name: 'Каналы', lat: null, lon: null },
    { id: 'agency:b', label: 'Agency', name: 'Б', lat: null, lon: null },
    { id: 'agency:a', label: 'Agency', name: 'А', lat: null, lon: null },
  ];
  const anchor = (id: string) => {
    const node = [nko, astanaRegion].find((n) => n.id === id);
    return node ? regionAnchor(data.units, node) : null;
  };
  const positions = geoPositions([kokshetau, almaty, nko, astanaRegion, astana, ...lane], anchor, bounds);

  it('puts cities at their coordinates, north up and east right', () => {
    expect(positions.get('city:almaty')).toEqual(project(almaty.lat, almaty.lon));
    expect(positions.get('city:almaty')!.x).toBeGreaterThan(positions.get('city:kokshetau')!.x);
    expect(positions.get('city:almaty')!.y).toBeGreaterThan(positions.get('city:kokshetau')!.y);
  });

  it('puts a region at its unit’s label point, never on its centre city', () => {
    const [lon, lat] = data.units.find((u) => u.iso === 'KZ-59')!.label;
    expect(positions.get('region:north-kazakhstan')).toEqual(project(lat, lon));
    expect(positions.get('region:astana')).not.toEqual(positions.get('city:astana'));
  });

  it('lines non-geographic nodes up in a lane right of the map, by label then name', () => {
    const [a, b, channel] = ['agency:a', 'agency:b', 'channel:1'].map((id) => positions.get(id)!);
    for (const p of [a!, b!, channel!]) expect(p.x).toBeGreaterThan(bounds.x2);
    expect(a!.y).toBeLessThan(b!.y);
    expect(b!.y).toBeLessThan(channel!.y);
  });

  it('draws units as closed SVG paths in the same projection', () => {
    const d = ringsPath(data.units[0]!.polygons.flat());
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
  });
});
