import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../seed/read-seed-files.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { seedRows } from '../fixtures/seed/seed-rows.ts';

const rows = seedRows(testDriver(), testConnection().database);

describe('seed: the source and the reference data', () => {
  it('the article is a Source node holding its full Russian text', async () => {
    const text = await fs.readFile(path.join(DEFAULT_DATA_DIR, 'sources/000_45e4f8d52d4d9bbc.txt'), 'utf8');
    const [row] = await rows(
      `MATCH (s:Source {id: 'source:000-45e4f8d52d4d9bbc'}) RETURN s.text AS text, s.language AS lang`,
    );
    expect(row).toEqual({ text, lang: 'ru' });
  });

  it('all 20 first-level units with ISO codes, centre coordinates and ru/kk/en names', async () => {
    const [row] = await rows(`
      MATCH (r:Region) WHERE r.iso STARTS WITH 'KZ-' AND r.provenance = 'reference'
        AND r.lat IS NOT NULL AND r.lon IS NOT NULL AND r.nameKk IS NOT NULL AND r.nameEn IS NOT NULL
        AND size(r.references) > 0
      RETURN count(DISTINCT r.iso) AS units, count(CASE WHEN r.kind = 'oblast' THEN 1 END) AS oblasts`);
    expect(row).toEqual({ units: 20, oblasts: 17 });
  });

  it('at least 30 cities with coordinates, each located in a region', async () => {
    const [row] = await rows(`
      MATCH (c:City {provenance: 'reference'})-[:LOCATED_IN]->(:Region)
      WHERE c.lat IS NOT NULL AND c.lon IS NOT NULL AND c.nameKk IS NOT NULL
      RETURN count(DISTINCT c) AS cities`);
    expect(row?.cities).toBeGreaterThanOrEqual(30);
    const [kokshetau] = await rows(`
      MATCH (:City {id: 'city:kokshetau'})-[:LOCATED_IN]->(r:Region) RETURN r.iso AS iso`);
    expect(kokshetau?.iso).toBe('KZ-11');
  });

  it('the chains of bodies: ДП СКО → МВД → Government → President; КНБ → President; customs → КГД → MinFin', async () => {
    const [row] = await rows(`
      MATCH p1 = (:Agency {id: 'agency:dp-north-kazakhstan'})-[:PART_OF]->(:Agency {id: 'agency:mvd'})
                 -[:REPORTS_TO]->(:Agency {id: 'agency:government'})-[:REPORTS_TO]->(:Position {id: 'position:head-of-state'})
      MATCH (:Agency {id: 'agency:customs-bodies'})-[:PART_OF]->(:Agency {id: 'agency:kgd'})-[:PART_OF]->(:Agency {id: 'agency:minfin'})
      MATCH (:Agency {id: 'agency:knb'})-[k:REPORTS_TO]->(:Position {id: 'position:head-of-state'})
      RETURN length(p1) AS hops, k.references AS references`);
    expect(row?.hops).toBe(3);
    expect(row?.references).toEqual([expect.stringMatching(/^\[22\] /)]);
  });

  it('every regional police department and КНБ department has a jurisdiction', async () => {
    const [row] = await rows(`
      MATCH (a:Agency)-[:JURISDICTION]->(r:Region)
      RETURN count(CASE WHEN a.id STARTS WITH 'agency:dp-' THEN 1 END) AS police,
             count(CASE WHEN a.id STARTS WITH 'agency:knb-' THEN 1 END) AS knb`);
    expect(row).toEqual({ police: 20, knb: 20 });
  });
});
