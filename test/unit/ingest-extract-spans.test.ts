// An invariant of every draft, checked over every release text under test/fixtures (development, gold and
// blind sets alike, each a test fixture with invented people): each mention and each relationship's quote is a
// non-empty span inside the stored text, and a relationship's quote is exactly that span. A broken offset would
// reach the review page and the commit; the evaluation's "quote validity" counts the same thing.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../server/ingest/draft.ts';
import { createRulesRuExtractor } from '../../server/ingest/extract/rules-ru-extractor.ts';
import { loadSeedGazetteer } from '../../server/ingest/gazetteer/seed-gazetteer.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const SETS = fs
  .readdirSync(FIXTURES)
  .filter((d) => d.startsWith('extract-') || d.startsWith('ingest'))
  .sort();
const TEXTS = SETS.flatMap((set) =>
  fs
    .readdirSync(path.join(FIXTURES, set))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(set, f)),
);

// Broken spans are left out of the draft (server/ingest/extract/spans-in-text.ts); the extractor tells of
// each one, so a rule that computes a wrong offset fails here instead of silently losing a proposal.
const broken: string[] = [];
const extractor = createRulesRuExtractor({ onBrokenSpan: (what) => broken.push(what) });
let gazetteer: GazetteerEntry[];
beforeAll(async () => {
  gazetteer = await loadSeedGazetteer();
}, 60_000);

describe('every span of every draft lies inside its text', () => {
  it('finds the release texts of several sets', () => {
    expect(SETS.length).toBeGreaterThan(5);
    expect(TEXTS.length).toBeGreaterThan(50);
  });

  it.each(TEXTS)(
    '%s',
    async (file) => {
      const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
      broken.length = 0;
      const draft = await extractor.extract({ text, publishedAt: '2025-10-20', gazetteer });
      expect(broken).toEqual([]);
      const bad: string[] = [];
      const within = (s: { start: number; end: number }) =>
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        0 <= s.start &&
        s.start < s.end &&
        s.end <= text.length;
      for (const e of draft.entities) {
        for (const m of e.mentions)
          if (!within(m)) bad.push(`${e.label} «${e.name}» mention [${m.start}, ${m.end})`);
      }
      for (const r of draft.relationships) {
        if (!within(r) || text.slice(r.start, r.end) !== r.quote)
          bad.push(`${r.type} quote [${r.start}, ${r.end})`);
      }
      expect(bad).toEqual([]);
    },
    60_000,
  );
});
