import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkGold } from '../../server/ingest/eval/check-gold.ts';
import type { GoldCase } from '../../server/ingest/eval/gold-case.ts';
import { goldToDraft } from '../../server/ingest/eval/gold-to-draft.ts';
import { prf, share } from '../../server/ingest/eval/metrics.ts';
import { readGoldDir } from '../../server/ingest/eval/read-gold.ts';
import { scoreDocument } from '../../server/ingest/eval/score-document.ts';
import { readSeedGazetteer } from '../../server/ingest/eval/seed-gazetteer.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const NOTICE = 'Тестовый документ (fixture)';
// Reads a dozen documents (one through Readability) and the seed files, on a shared machine.
export const SLOW = 90_000;

/** Every gold file is sound against its stored text: checkGold finds nothing, every span is its quote. */
export function expectSound(cases: readonly GoldCase[]): void {
  for (const { gold, document } of cases) {
    expect(checkGold(gold, document.text, document.sha256), gold.document).toEqual([]);
    for (const e of gold.entities) {
      for (const m of e.mentions) expect(document.text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const r of gold.relationships) expect(document.text.slice(r.start, r.end)).toBe(r.quote);
  }
}

/** Every file says it is a test fixture (in its raw HTML too), and nothing is annotated in ignored spans. */
export async function expectFixtureNotices(cases: readonly GoldCase[], dir: string): Promise<void> {
  for (const { gold, document } of cases) {
    const raw =
      document.format === 'html' ? await fs.readFile(path.join(dir, gold.document), 'utf8') : document.text;
    expect(raw, gold.document).toContain(NOTICE);
    const notice = document.text.indexOf(NOTICE);
    if (notice >= 0) {
      expect(
        gold.ignore.some((s) => s.start <= notice && s.end > notice),
        gold.document,
      ).toBe(true);
    }
    const spans = [...gold.entities.flatMap((e) => e.mentions), ...gold.relationships];
    for (const span of spans) {
      const inIgnored = gold.ignore.some((s) => span.start < s.end && span.end > s.start);
      expect(inIgnored, `${gold.document} [${span.start}, ${span.end})`).toBe(false);
    }
  }
}

/**
 * The checks every gold set written apart from the extractor must pass: sound against its stored text,
 * metadata as readDocument reports it, a fixture notice, invented people only (none shared with the other
 * sets), and every annotation matchable. They say nothing about how any extractor does on the set.
 */
export function describeGoldSet(
  title: string,
  folder: string,
  /** `others`: the sets to share nobody with; every other gold set under test/fixtures when left out. */
  options: { formats: string[]; others?: string[] },
  extra?: (cases: () => GoldCase[]) => void,
): void {
  const dir = path.join(FIXTURES, folder);
  let cases: GoldCase[];
  beforeAll(async () => {
    cases = await readGoldDir(dir);
  }, SLOW);

  describe(title, () => {
    it('has at least 6 fixtures, every one sound against its stored text', () => {
      expect(cases.length).toBeGreaterThanOrEqual(6);
      expect(new Set(cases.map((c) => c.document.format))).toEqual(new Set(options.formats));
      expectSound(cases);
    });

    it('states the metadata readDocument reports, with a publication date for relative dates', () => {
      for (const { gold, document } of cases) {
        const { title, publisher, url, publishedAt, language, format } = document;
        expect({ title, publisher, url, publishedAt, language, format }, gold.document).toEqual(
          gold.metadata,
        );
        expect(gold.metadata.publishedAt, gold.document).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it('says in every file that it is a test fixture, and annotates nothing in ignored spans', async () => {
      await expectFixtureNotices(cases, dir);
    });

    it(
      'names invented people only, and links only to seed nodes of the same label',
      { timeout: SLOW },
      async () => {
        const seed = await readSeedGazetteer('seed');
        const graph = new Map(seed.map((e) => [e.id, e.label]));
        const seedPeople = new Set(seed.filter((e) => e.label === 'Person').map((e) => e.name));
        const entities = cases.flatMap((c) =>
          c.gold.entities.map((e) => ({ ...e, document: c.gold.document })),
        );
        const people = entities.filter((e) => e.label === 'Person');
        expect(people.length).toBeGreaterThanOrEqual(5);
        for (const person of people) {
          expect(person.existingId, person.name).toBeNull();
          expect(seedPeople.has(person.name), person.name).toBe(false);
        }
        for (const e of entities.filter((x) => x.existingId)) {
          expect(graph.get(e.existingId!), `${e.document} ${e.ref}`).toBe(e.label);
        }
      },
    );

    it('shares no document and no person with the other gold sets', { timeout: SLOW }, async () => {
      const others = options.others ?? (await goldSetsBesides(folder));
      expect(others.length).toBeGreaterThan(0);
      const first = (await Promise.all(others.map((o) => readGoldDir(path.join(FIXTURES, o))))).flat();
      const firstTexts = new Set(first.map((c) => c.document.sha256));
      const firstPeople = new Set(
        first.flatMap((c) => c.gold.entities.filter((e) => e.label === 'Person').map((e) => e.name)),
      );
      for (const { gold, document } of cases) {
        expect(firstTexts.has(document.sha256), gold.document).toBe(false);
        for (const e of gold.entities.filter((x) => x.label === 'Person')) {
          expect(firstPeople.has(e.name), e.name).toBe(false);
        }
      }
    });

    it('scores a perfect draft 1.0 on every measure, so every annotation can be matched', () => {
      for (const goldCase of cases) {
        const score = scoreDocument(goldCase, goldToDraft(goldCase));
        const name = goldCase.gold.document;
        for (const [label, counts] of Object.entries(score.entities)) {
          expect(prf(counts).f1, `${name} ${label}`).toBe(1);
        }
        for (const bucket of ['all', 'stated', 'inferred'] as const) {
          const counts = score.relations[bucket];
          if (counts.tp + counts.fn) expect(prf(counts).f1, `${name} ${bucket}`).toBe(1);
        }
        for (const ratio of [
          score.linking,
          score.names,
          score.figures,
          score.quotes,
          ...Object.values(score.time),
        ]) {
          if (ratio.total) expect(share(ratio), name).toBe(1);
        }
      }
    });
    extra?.(() => cases);
  });
}

/** Every folder under test/fixtures that holds gold files, but `folder`: a new set is checked without a list. */
async function goldSetsBesides(folder: string): Promise<string[]> {
  const entries = await fs.readdir(FIXTURES, { withFileTypes: true });
  const sets: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name === folder) continue;
    const files = await fs.readdir(path.join(FIXTURES, entry.name));
    if (files.some((f) => f.endsWith('.gold.json'))) sets.push(entry.name);
  }
  return sets.sort();
}
