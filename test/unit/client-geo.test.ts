import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../client/src/geo/extract-outline.ts';
import { project } from '../../client/src/geo/projection.ts';
import { geoPositions } from '../../client/src/graph/geo-positions.ts';
import { outlinePath } from '../../client/src/graph/outline-layer.ts';

const kokshetau = { id: 'city:kokshetau', lat: 53.28, lon: 69.39 };
const astana = { id: 'city:astana', lat: 51.17, lon: 71.45 };
const almaty = { id: 'city:almaty', lat: 43.24, lon: 76.89 };
const region = { id: 'region:north-kazakhstan', lat: 54.0, lon: 69.5 };

describe('geographic positions', () => {
  it('put north up and east right', () => {
    const k = project(kokshetau.lat, kokshetau.lon);
    const a = project(almaty.lat, almaty.lon);
    expect(a.x).toBeGreaterThan(k.x);
    expect(a.y).toBeGreaterThan(k.y);
  });

  it('place located nodes by lat/lon and channels between their ends', () => {
    const channel = { id: 'channel:1', lat: null, lon: null };
    const positions = geoPositions(
      [kokshetau, astana, almaty, region, channel],
      [
        { source: 'channel:1', target: 'city:almaty' },
        { source: 'channel:1', target: 'region:north-kazakhstan' },
      ],
    );
    expect(positions.get('city:almaty')).toEqual(project(almaty.lat, almaty.lon));
    const p = positions.get('channel:1')!;
    const a = project(almaty.lat, almaty.lon);
    const r = project(region.lat, region.lon);
    expect(p.x).toBeCloseTo((a.x + r.x) / 2);
    expect(p.y).toBeCloseTo((a.y + r.y) / 2);
  });

  it('fan out nodes sharing an anchor and line up unconnected ones under the map', () => {
    const nodes = [
      astana,
      { id: 'agency:a', lat: null, lon: null },
      { id: 'agency:b', lat: null, lon: null },
      { id: 'x', lat: null, lon: null },
    ];
    const links = [
      { source: 'agency:a', target: 'city:astana' },
      { source: 'agency:b', target: 'city:astana' },
    ];
    const positions = geoPositions(nodes, links);
    expect(positions.get('agency:a')).not.toEqual(positions.get('agency:b'));
    expect(positions.get('x')!.y).toBeGreaterThan(positions.get('agency:a')!.y);
    expect(positions.size).toBe(4);
  });
});

describe('Kazakhstan outline', () => {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const outline = extractOutline(JSON.parse(readFileSync(file, 'utf8')) as Topology);

  it('comes from world-atlas (ISO 398) and surrounds the seed cities', () => {
    const points = outline.flat();
    const lons = points.map(([lon]) => lon);
    const lats = points.map(([, lat]) => lat);
    expect(Math.min(...lons)).toBeLessThan(50);
    expect(Math.max(...lons)).toBeGreaterThan(85);
    for (const city of [kokshetau, astana, almaty]) {
      expect(city.lat).toBeGreaterThan(Math.min(...lats));
      expect(city.lat).toBeLessThan(Math.max(...lats));
    }
  });

  it('becomes a closed SVG path in the same projection', () => {
    const d = outlinePath(outline);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
  });
});
