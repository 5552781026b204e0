import { describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { seedRows } from '../fixtures/seed/seed-rows.ts';

const rows = seedRows(testDriver(), testConnection().database);

describe('seed: provenance of every edge', () => {
  it('every quoted relationship has its exact quote at its offsets in the source text', async () => {
    const found = await rows(`
      MATCH ()-[r]->() WHERE r.quote IS NOT NULL AND r.provenance IS NOT NULL
      MATCH (s:Source {id: r.sourceId})
      RETURN r.id AS id, r.quote AS quote, substring(s.text, r.start, r.end - r.start) AS atOffsets`);
    expect(found.length).toBeGreaterThan(100);
    for (const row of found) expect(row.atOffsets, String(row.id)).toBe(row.quote);
  });

  it('every relationship from the article has a quote; every inferred one a basis', async () => {
    const [row] = await rows(`
      MATCH ()-[r {provenance: 'source'}]->()
      RETURN count(r) AS total, count(CASE WHEN r.quote IS NULL OR r.sourceId IS NULL THEN 1 END) AS unquoted,
             count(CASE WHEN r.inferred AND r.basis IS NULL THEN 1 END) AS baseless,
             count(CASE WHEN r.inferred IS NULL THEN 1 END) AS unmarked`);
    expect(row).toMatchObject({ unquoted: 0, baseless: 0, unmarked: 0 });
    expect(row?.total).toBeGreaterThan(100);
  });

  it('every node taken from the article is MENTIONED_IN it with a quote', async () => {
    const missing = await rows(`
      MATCH (n {provenance: 'source'}) WHERE NOT (n)-[:MENTIONED_IN]->(:Source)
      RETURN n.id AS id`);
    expect(missing).toEqual([]);
  });

  it('reference relationships record where they come from', async () => {
    const [row] = await rows(`
      MATCH ()-[r {provenance: 'reference'}]->()
      RETURN count(CASE WHEN r.references IS NULL AND NOT r.inferred THEN 1 END) AS unsourced, count(r) AS total`);
    expect(row?.unsourced).toBe(0);
    expect(row?.total).toBeGreaterThan(100);
  });
});
