import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../seed/read-seed-files.ts';
import { validateSeed } from '../../seed/validate-seed.ts';
import { readGoldDir } from '../../server/ingest/eval/read-gold.ts';
import { readSeedGazetteer } from '../../server/ingest/eval/seed-gazetteer.ts';
import { readSeedGold } from '../../server/ingest/eval/seed-gold.ts';
import { expectFixtureNotices, expectSound } from './gold-set-checks.ts';
import { ENTITY_LABELS } from '../../vocabulary/index.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'ingest');
// Reads eight documents, three of them through PDF.js and mammoth, on a shared machine.
const SLOW = 90_000;

describe('the gold set', () => {
  it(
    'has at least 8 fixtures in txt, html, pdf and docx, every one sound against its stored text',
    { timeout: SLOW },
    async () => {
      const cases = await readGoldDir(FIXTURES);
      expect(cases.length).toBeGreaterThanOrEqual(8);
      expect(new Set(cases.map((c) => c.document.format))).toEqual(new Set(['txt', 'html', 'pdf', 'docx']));
      expectSound(cases);
    },
  );

  it(
    'says in every fixture file that it is a test fixture, and annotates nothing in that notice',
    { timeout: SLOW },
    async () => {
      await expectFixtureNotices(await readGoldDir(FIXTURES), FIXTURES);
    },
  );

  it(
    'covers the genre: every contract label, operations, former posts, deadlines, partner bodies, figures of every kind',
    { timeout: SLOW },
    async () => {
      const cases = await readGoldDir(FIXTURES);
      const entities = cases.flatMap((c) => c.gold.entities);
      const relationships = cases.flatMap((c) => c.gold.relationships);
      // The gold set is the seed article and the fixtures together; the seed brings the measures.
      const seed = await readSeedGold();
      const labels = new Set([...entities, ...seed.gold.entities].map((e) => e.label));
      for (const label of ENTITY_LABELS) {
        expect(labels, label).toContain(label);
      }
      expect(relationships.some((r) => r.type === 'HOLDS' && r.properties.current === false)).toBe(true);
      expect(relationships.some((r) => r.properties.validFrom && r.properties.validTo)).toBe(true);
      expect(relationships.filter((r) => r.type === 'COOPERATES_WITH').length).toBeGreaterThanOrEqual(3);
      expect(relationships.some((r) => r.type === 'CONDUCTED_BY')).toBe(true);
      expect(entities.filter((e) => typeof e.properties.deadline === 'string').length).toBeGreaterThanOrEqual(
        3,
      );
      expect(entities.some((e) => e.properties.changeUnit === 'times')).toBe(true);
      expect(entities.some((e) => e.properties.amountKg === 1200)).toBe(true); // «1,2 тонны»
      const people = entities.filter((e) => e.label === 'Person').map((e) => e.name);
      expect(people.some((name) => /(улы|кызы)$/.test(name))).toBe(true);
      // Invented people only: none of them is a person of the seed graph.
      const seedPeople = (await readSeedGazetteer('seed'))
        .filter((e) => e.label === 'Person')
        .map((e) => e.name);
      for (const name of people) expect(seedPeople).not.toContain(name);
      expect(entities.filter((e) => e.label === 'Person').every((e) => e.existingId === null)).toBe(true);
    },
  );

  it('links only to nodes that exist in the graph its gold names', { timeout: SLOW }, async () => {
    const graphs = { seed: await readSeedGazetteer('seed'), reference: await readSeedGazetteer('reference') };
    for (const { gold } of [...(await readGoldDir(FIXTURES)), await readSeedGold()]) {
      const graph = new Map(graphs[gold.gazetteer].map((e) => [e.id, e.label]));
      for (const e of gold.entities.filter((x) => x.existingId)) {
        expect(graph.get(e.existingId!), `${gold.document} ${e.ref}`).toBe(e.label);
      }
    }
  });
});

describe('the seed article as gold, converted from seed/data', () => {
  it('keeps every article fact and mention with its quote, and links only the reference nodes', async () => {
    const seed = await validateSeed(DEFAULT_DATA_DIR);
    const article = seed.graphs.find((g) => g.data.sourceId)!.data;
    const { gold, document } = await readSeedGold();
    expect(document.sha256).toBe(seed.sources[0]!.sha256);
    expect(gold.gazetteer).toBe('reference');
    expect(gold.relationships).toHaveLength(article.relationships.length);
    expect(gold.entities.flatMap((e) => e.mentions)).toHaveLength(article.mentions.length);
    expect(gold.relationships.filter((r) => r.inferred)).toHaveLength(
      article.relationships.filter((r) => r.inferred).length,
    );
    const own = new Set(article.nodes.map((n) => n.id));
    for (const e of gold.entities) expect(e.existingId).toBe(own.has(e.ref) ? null : e.ref);
    const alenov = gold.entities.find((e) => e.ref === 'person:alenov')!;
    expect(alenov.mentions.map((m) => m.text)).toContain('Бауыржана Аленова');
    const holds = gold.relationships.find((r) => r.type === 'HOLDS' && r.from === 'person:alenov')!;
    // The appointment date is the reference file's, not the article's: not in the gold.
    expect(holds.properties).toEqual({ current: true });
    const seizure = gold.entities.find((e) => e.ref === 'seizure:sko-2024-drugs')!;
    expect(seizure.properties).toMatchObject({ amountKg: 770, year: 2024 });
  });
});
