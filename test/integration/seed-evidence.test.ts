import { createHash, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { NodeRow, RelationshipRow } from '../../seed/build-graph.ts';
import { writeGraph } from '../../seed/write-graph.ts';
import { decodeEvidence, type EvidenceItem } from '../../server/facts/evidence-item.ts';
import { ID_LABEL, NODE_LABELS } from '../../vocabulary/index.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { seedRows } from '../fixtures/seed/seed-rows.ts';

// The seed in the data contract v2: evidence lists, reference Sources, time on facts, the id label, and a
// re-seed that keeps evidence other extractors added.

const driver = testDriver();
const database = testConnection().database;
const rows = seedRows(driver, database);
const ARTICLE = 'source:000-45e4f8d52d4d9bbc';

const evidenceOf = async (id: string): Promise<EvidenceItem[]> => {
  const [row] = await rows('MATCH ()-[r {id: $id}]->() RETURN r.evidence AS evidence', { id });
  return (row?.evidence as string[]).map(decodeEvidence);
};

describe('seed: sources of two kinds', () => {
  it('the article is a document Source; each numbered reference and the reference file are reference Sources', async () => {
    const found = await rows(`
      MATCH (s:Source) WHERE s.kind IS NOT NULL
      RETURN s.id AS id, s.kind AS kind, s.text AS text, s.sha256 AS sha256, s.url AS url,
             s.addedBy AS addedBy, s.addedAt IS NOT NULL AS added`);
    expect(found.filter((s) => s.kind === 'document').map((s) => s.id)).toContain(ARTICLE);
    const references = found.filter((s) => s.kind === 'reference');
    expect(references.filter((s) => String(s.id).startsWith('source:ref-')).length).toBe(44);
    expect(references.map((s) => s.id)).toContain('source:reference-file');
    for (const s of found) {
      expect(s.sha256, String(s.id)).toBe(createHash('sha256').update(String(s.text), 'utf8').digest('hex'));
      expect(s).toMatchObject({ addedBy: 'seed', added: true });
    }
    // A URL only where the citation is itself an address.
    const url = Object.fromEntries(references.map((s) => [s.id, s.url]));
    expect(url['source:ref-15']).toBe('https://24.kg/english/313709');
    expect(url['source:ref-32']).toBeNull();
    expect(url['source:ref-2']).toBeNull();
  });

  it('every fact carries evidence whose sources exist, and every node the id label', async () => {
    const [facts] = await rows(`
      MATCH ()-[r]->() WHERE r.provenance IS NOT NULL AND NOT r:MENTIONED_IN
      RETURN count(r) AS total, count(CASE WHEN size(r.evidence) = 0 OR r.evidence IS NULL THEN 1 END) AS bare,
             count(CASE WHEN r.evidenceCount <> size(r.evidence) THEN 1 END) AS miscounted,
             count(CASE WHEN r.current IS NOT NULL OR r.since IS NOT NULL THEN 1 END) AS storedTime,
             count(CASE WHEN any(s IN r.sourceIds WHERE NOT EXISTS { (:Source {id: s}) }) THEN 1 END) AS dangling`);
    expect(facts).toMatchObject({ bare: 0, miscounted: 0, storedTime: 0, dangling: 0 });
    expect(facts?.total).toBeGreaterThan(200);
    const [nodes] = await rows(
      `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.seedFile IS NOT NULL
       RETURN count(n) AS total, count(CASE WHEN NOT $idLabel IN labels(n) THEN 1 END) AS unlabelled`,
      { labels: NODE_LABELS, idLabel: ID_LABEL },
    );
    expect(nodes).toMatchObject({ unlabelled: 0 });
    expect(nodes?.total).toBeGreaterThan(100);
  });

  it('facts that cite a reference keep it as an item without a quote', async () => {
    const items = await evidenceOf('agency:knb|REPORTS_TO|position:head-of-state');
    expect(items).toEqual([
      { sourceId: 'source:ref-22', inferred: false, extractor: 'seed', reviewedBy: 'seed' },
    ]);
    const [mention] = await rows(
      `MATCH (:Agency {id: 'agency:knb'})-[m:MENTIONED_IN]->(s:Source {id: 'source:ref-22'})
       RETURN m.quote AS quote, m.references AS references`,
    );
    expect(mention).toEqual({ quote: null, references: [expect.stringMatching(/^\[22\] /)] });
  });
});

describe('seed: time on facts', () => {
  it("Alenov's former post ends on 2024-10-07, inferred from references [32] and [33]", async () => {
    const [row] = await rows(`
      MATCH (:Person {id: 'person:alenov'})-[h:HOLDS]->(:Position {id: 'position:dp-almaty-region-head'})
      RETURN h.validFrom AS validFrom, h.validTo AS validTo, h.inferred AS inferred`);
    expect(row).toEqual({ validFrom: null, validTo: '2024-10-07', inferred: true });
    const items = await evidenceOf('person:alenov|HOLDS|position:dp-almaty-region-head');
    expect(items.map((i) => i.sourceId)).toEqual(['source:ref-32', 'source:ref-33']);
    for (const item of items) expect(item.basis).toMatch(/appointed First Deputy Minister on 7 October 2024/);
  });

  it('his present post begins that day: the article quote, then the references', async () => {
    const items = await evidenceOf('person:alenov|HOLDS|position:mvd-first-deputy-minister');
    expect(items.map((i) => [i.sourceId, i.quote ?? null, i.inferred])).toEqual([
      [ARTICLE, 'первого заместителя министра внутренних дел РК Бауыржана Аленова', false],
      ['source:ref-32', null, false],
      ['source:ref-33', null, false],
    ]);
    const [row] = await rows(
      `MATCH ()-[h {id: 'person:alenov|HOLDS|position:mvd-first-deputy-minister'}]->() RETURN h.validFrom AS from`,
    );
    expect(row?.from).toBe('2024-10-07');
  });

  it('the anti-drug headquarters reports to the Government from August 2025 [31]', async () => {
    const [row] = await rows(
      `MATCH ()-[r {id: 'agency:anti-drug-hq|REPORTS_TO|agency:government'}]->() RETURN r.validFrom AS from, r.sourceIds AS cites`,
    );
    expect(row).toEqual({ from: '2025-08', cites: ['source:ref-31'] });
  });
});

describe('seed: what the article implies is marked inferred', () => {
  it.each([
    'directive:fight-drug-business|ASSIGNED_TO|agency:regional-police-services',
    'directive:precursor-imports|ASSIGNED_TO|agency:regional-police-services',
    'directive:block-drug-websites|ASSIGNED_TO|agency:regional-police-services',
    'directive:revise-prevention|ASSIGNED_TO|agency:regional-police-services',
    'directive:veterans-mentor-young-officers|ASSIGNED_TO|agency:internal-affairs-veterans',
  ])('%s', async (id) => {
    const items = await evidenceOf(id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      sourceId: ARTICLE,
      inferred: true,
      basis: expect.any(String),
    });
    expect(items[0]!.basis!.length).toBeGreaterThan(40);
    const [row] = await rows('MATCH ()-[r {id: $id}]->() RETURN r.inferred AS inferred, r.basis AS basis', {
      id,
    });
    expect(row).toEqual({ inferred: true, basis: items[0]!.basis });
  });

  it('the set itself is stated as assigned to the regional police services', async () => {
    const items = await evidenceOf(
      'directive:alenov-instructions-regional-police|ASSIGNED_TO|agency:regional-police-services',
    );
    expect(items[0]?.inferred).toBe(false);
  });

  it('mentions keep their own inferred: the КНБ department of North Kazakhstan is identified, not named', async () => {
    const found = await rows(`
      MATCH (n)-[m:MENTIONED_IN]->(:Source {id: '${ARTICLE}'})
      RETURN n.id AS id, m.inferred AS inferred, m.basis AS basis ORDER BY id`);
    const inferred = found.filter((m) => m.inferred === true);
    expect(inferred.map((m) => m.id)).toEqual(['agency:knb-north-kazakhstan']);
    expect(inferred[0]?.basis).toMatch(/COOPERATES_WITH/);
    expect(found.filter((m) => m.inferred === false).length).toBeGreaterThan(40);
  });
});

describe('seed: re-seeding', () => {
  const run = randomUUID().slice(0, 8);
  const a = `agency:test-${run}-a`;
  const b = `agency:test-${run}-b`;
  afterAll(async () => {
    await driver.executeQuery('MATCH (n) WHERE n.id IN [$a, $b] DETACH DELETE n', { a, b }, { database });
  });

  it("replaces the seed's own items and keeps the ones other extractors added", async () => {
    const nodes: NodeRow[] = [a, b].map((id) => ({ id, label: 'Agency', props: { name: id } }));
    const fact = (evidence: EvidenceItem[]): RelationshipRow => ({
      id: `${a}|PART_OF|${b}`,
      type: 'PART_OF',
      from: a,
      fromLabel: 'Agency',
      to: b,
      toLabel: 'Agency',
      props: { id: `${a}|PART_OF|${b}`, provenance: 'reference' },
      evidence,
    });
    const seedItem = (sourceId: string) => ({
      sourceId,
      inferred: false,
      extractor: 'seed',
      reviewedBy: 'seed',
    });
    await writeGraph(driver, { nodes, relationships: [fact([seedItem('source:ref-1')])] }, database);
    const ingested = {
      sourceId: ARTICLE,
      quote: 'В департаменте полиции',
      start: 0,
      end: 22,
      inferred: false,
      extractor: 'rules-ru/test',
      reviewedBy: 'test',
    };
    await driver.executeQuery(
      `MATCH ()-[r {id: $id}]->() SET r.evidence = r.evidence + [$item]`,
      { id: `${a}|PART_OF|${b}`, item: JSON.stringify(ingested) },
      { database },
    );
    // The seed file now cites [2] instead of [1]; written twice, as a re-seed would.
    for (let i = 0; i < 2; i++) {
      const counters = await writeGraph(
        driver,
        { nodes, relationships: [fact([seedItem('source:ref-2')])] },
        database,
      );
      expect(counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    }
    const items = await evidenceOf(`${a}|PART_OF|${b}`);
    expect(items).toEqual([ingested, seedItem('source:ref-2')]);
    const [row] = await rows('MATCH ()-[r {id: $id}]->() RETURN r.sourceIds AS cites, r.quote AS quote', {
      id: `${a}|PART_OF|${b}`,
    });
    // The ingested item is the first stated one now, so it is the v1 mirror.
    expect(row).toEqual({ cites: [ARTICLE, 'source:ref-2'], quote: 'В департаменте полиции' });
  });
});
