import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEvidence } from '../../server/facts/index.ts';
import { ensureAuditSchema } from '../../server/audit/index.ts';
import { ensureDraftSchema } from '../../server/ingest/review/draft-store.ts';
import { ingestService, type IngestService } from '../../server/ingest/review/ingest-service.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { createIngestFixtureGraph, fixtureText, type IngestFixtureGraph } from './ingest-fixture-graph.ts';

// Two editors committing at once: the commit locks the entities it links to (in id order) before it writes,
// so two drafts that add evidence to one fact take turns and neither overwrites the other's item. On its
// own fixture graph, so what other tests committed never changes what these drafts propose.

const database = testConnection().database;
const driver = testDriver();
let fx: IngestFixtureGraph;
let service: IngestService;
const analyst = { sub: '', roles: ['viewer', 'analyst'], address: null };
const editor = { sub: '', roles: ['viewer', 'analyst', 'editor'], address: null };
const FIXTURE = 'appointment-petropavlovsk.txt';

beforeAll(async () => {
  await ensureDraftSchema(driver, database);
  await ensureAuditSchema(driver, database);
  fx = await createIngestFixtureGraph(driver, database);
  service = ingestService(fx.deps);
  analyst.sub = `test-${fx.run}-analyst`;
  editor.sub = `test-${fx.run}-editor`;
});
afterAll(async () => fx?.drop());

const bytes = (text: string) => new TextEncoder().encode(text);

describe('concurrent ingestion commits', () => {
  it('commits two drafts adding evidence to the same facts at the same time: both land', async () => {
    const drafts = await Promise.all(
      ['a', 'b'].map(async (tag) => {
        // Two texts (their own line each), hence two Sources citing the same post and department.
        const text = fixtureText(FIXTURE, `${fx.run}-together-${tag}`);
        return (await service.propose({ bytes: bytes(text), fileName: `${tag}.txt` }, analyst)).draft;
      }),
    );
    // Each links to this run's post and department, so both extend its POSITION_IN (and lock its ends).
    const results = await Promise.all(
      drafts.map((d) => service.commit(d.id, editor, { acceptPending: true })),
    );
    const positionIn = `${fx.ids.position}|POSITION_IN|${fx.ids.agency}`;
    for (const result of results) expect(result.factsExtended).toContain(positionIn);
    const {
      records: [fact],
    } = await driver.executeQuery(
      `MATCH (:Position {id: $position})-[r:POSITION_IN]->(:Agency {id: $agency}) RETURN collect(r.evidence) AS all`,
      { position: fx.ids.position, agency: fx.ids.agency },
      { database },
    );
    const lists = fact!.get('all') as string[][];
    expect(lists).toHaveLength(1);
    expect(lists[0]!.map(decodeEvidence).map((e) => e.sourceId)).toEqual(
      expect.arrayContaining([fx.ids.ref, ...results.map((r) => r.sourceId)]),
    );
  });
});
