import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { extractOutline } from './src/geo/extract-outline.ts';

const ID = 'virtual:kazakhstan-outline';
const RESOLVED = `\0${ID}`;

/**
 * Serves Kazakhstan's outline (world-atlas 50m, offline) as a small module, so the browser never loads the
 * whole world's topology. Coordinates are rounded to 0.01° (about 1 km), plenty for a backdrop.
 */
export function kazakhstanOutline(): Plugin {
  return {
    name: 'opsgraph-kazakhstan-outline',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
      const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
      const rings = extractOutline(topology).map((ring) =>
        ring.map(([lon, lat]) => [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100]),
      );
      return `export default ${JSON.stringify(rings)};`;
    },
  };
}
