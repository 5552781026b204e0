import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { VIEW_LIST_SIZES, VIEW_SLICE_SIZES } from '../../server/graphql/bounds/cost-hints.ts';

// The cost model restates the clamps written in the views' Cypher; these read the clamps from the .cypher
// files, so raising a clamp there without the hint (or the other way round) fails here.
const cypher = (name: string) => fs.readFileSync(path.join(repoRoot, 'cypher/queries', name), 'utf8');

function caseClamp(file: string, param: string): { min: number; max: number } {
  const re = new RegExp(
    `CASE WHEN \\$${param} < (\\d+) THEN (\\d+) WHEN \\$${param} > (\\d+) THEN (\\d+) ELSE toInteger\\(\\$${param}\\) END`,
  );
  const m = re.exec(cypher(file));
  if (!m) throw new Error(`${file}: no CASE clamp of $${param}`);
  expect(m[1]).toBe(m[2]);
  expect(m[3]).toBe(m[4]);
  return { min: Number(m[1]), max: Number(m[3]) };
}

describe('cost hints keep in step with the clamps in cypher/queries', () => {
  it('search: the LIMIT clamp of search-entities.cypher', () => {
    const { min, max } = caseClamp('search-entities.cypher', 'limit');
    expect(VIEW_LIST_SIZES['Query.search']!({ limit: max * 10 })).toBe(max);
    expect(VIEW_LIST_SIZES['Query.search']!({ limit: -3 })).toBe(min);
  });

  it('neighborhood: the node clamp of expand-neighborhood.cypher', () => {
    const { min, max } = caseClamp('expand-neighborhood.cypher', 'limit');
    expect(VIEW_SLICE_SIZES['Query.neighborhood']!({ limit: max * 10 }).nodes).toBe(max);
    expect(VIEW_SLICE_SIZES['Query.neighborhood']!({ limit: 0 }).nodes).toBe(min);
  });

  it('shortestPath: the hop clamp of find-shortest-path.cypher', () => {
    const { min, max } = caseClamp('find-shortest-path.cypher', 'maxHops');
    expect(VIEW_SLICE_SIZES['Query.shortestPath']!({ maxHops: max + 5 })).toEqual({
      nodes: max + 1,
      edges: max,
    });
    expect(VIEW_SLICE_SIZES['Query.shortestPath']!({ maxHops: 0 })).toEqual({ nodes: min + 1, edges: min });
  });

  it('edgesAmong: the id cap of find-edges-among.cypher', () => {
    const m = /WITH (\d+) AS maxIds/.exec(cypher('find-edges-among.cypher'));
    expect(m, 'find-edges-among.cypher names its id cap').not.toBeNull();
    const max = Number(m![1]);
    const ids = Array.from({ length: max + 500 }, (_, i) => `id${i}`);
    expect(VIEW_LIST_SIZES['Query.edgesAmong']!({ ids })).toBe(max);
  });
});
