import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../server/ingest/eval/format-eval-report.ts';
import { goldToDraft } from '../../server/ingest/eval/gold-to-draft.ts';
import { readGoldSets, runEvaluation } from '../../server/ingest/eval/run-eval.ts';
import { SEED_GOLD } from '../../server/ingest/eval/seed-gold.ts';
import { summarise } from '../../server/ingest/eval/summarise-eval.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'ingest');
const GOLD = [FIXTURES, SEED_GOLD];
// Whole gold set, PDF and DOCX included, and a child process: generous on a shared machine.
const SLOW = 120_000;

let drafts: string;
beforeAll(async () => {
  drafts = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-drafts-'));
  const cases = (await readGoldSets(GOLD)).flatMap((set) => set.cases);
  // Perfect drafts for all but the first document, under names unrelated to the gold files.
  for (const [i, goldCase] of cases.slice(1).entries()) {
    await fs.writeFile(path.join(drafts, `draft-${i}.json`), JSON.stringify(goldToDraft(goldCase)));
  }
  const stray = goldToDraft(cases[0]!);
  stray.source.text += ' (другая версия)';
  await fs.writeFile(path.join(drafts, 'stray.json'), JSON.stringify(stray));
}, SLOW);
afterAll(() => fs.rm(drafts, { recursive: true, force: true }));

describe('the evaluation end to end', () => {
  it(
    'runs the empty extractor over the fixtures and the seed: nothing found, every document timed',
    { timeout: SLOW },
    async () => {
      const result = await runEvaluation({ gold: GOLD, extractor: 'empty' });
      const summary = summarise(result);
      expect(result.scoredWith).toBe('extractor empty 0');
      expect(result.gold).toEqual([
        { source: FIXTURES, documents: expect.any(Number) },
        { source: SEED_GOLD, documents: 1 },
      ]);
      expect(summary.documents).toBeGreaterThanOrEqual(9);
      expect(summary.entities.all.recall).toBe(0);
      expect(summary.entities.all.tp + summary.entities.all.fn).toBeGreaterThan(150);
      expect(summary.relations.stated.recall).toBe(0);
      expect(summary.figures.accuracy).toBe(0);
      expect(summary.quotes.total).toBe(0);
      expect(result.documents.every((d) => d.ms !== null && d.ms >= 0)).toBe(true);
      const table = formatReport(result, summary);
      for (const row of [
        'Entities',
        'Person',
        'stated',
        'inferred',
        'linking',
        'figures',
        'current vs former',
        'quote validity',
        'time per document',
        'seed article',
      ]) {
        expect(table).toContain(row);
      }
    },
  );

  it(
    'scores stored drafts by their text, flags a missing draft and a draft of another text',
    { timeout: SLOW },
    async () => {
      const result = await runEvaluation({ gold: GOLD, drafts });
      const summary = summarise(result);
      const [missing, ...rest] = result.documents;
      expect(missing!.missingDraft).toBe(true);
      expect(rest.every((d) => !d.missingDraft && d.ms === null)).toBe(true);
      expect(summary.missingDrafts).toBe(1);
      expect(result.unmatchedDrafts).toEqual([path.relative(process.cwd(), path.join(drafts, 'stray.json'))]);
      expect(summary.entities.all.precision).toBe(1);
      expect(summary.entities.all.recall).toBeGreaterThan(0.7);
      expect(summary.entities.all.recall).toBeLessThan(1);
      expect(summary.quotes.validity).toBe(1);
      expect(formatReport(result, summary)).toContain('no draft');
    },
  );

  it(
    'the CLI prints JSON, and refuses a broken gold set with every problem named',
    { timeout: SLOW },
    async () => {
      const run = promisify(execFile);
      const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
      const { stdout } = await run(
        tsx,
        ['scripts/eval-extract.ts', '--gold', SEED_GOLD, '--drafts', drafts, '--json'],
        { cwd: ROOT },
      );
      const json = JSON.parse(stdout);
      expect(json.summary.documents).toBe(1);
      expect(json.summary.entities.all.f1).toBe(1);

      const broken = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-gold-'));
      try {
        await fs.copyFile(
          path.join(FIXTURES, 'arrest-karaganda.txt'),
          path.join(broken, 'arrest-karaganda.txt'),
        );
        const gold = JSON.parse(await fs.readFile(path.join(FIXTURES, 'arrest-karaganda.gold.json'), 'utf8'));
        gold.entities[0].mentions[0].start += 1;
        gold.relationships[0].type = 'HOLDS';
        await fs.writeFile(path.join(broken, 'arrest-karaganda.gold.json'), JSON.stringify(gold));
        const failure = await run(tsx, ['scripts/eval-extract.ts', '--gold', broken], { cwd: ROOT }).then(
          () => undefined,
          (e: { code: number; stderr: string }) => e,
        );
        expect(failure?.code).toBe(1);
        expect(failure?.stderr).toMatch(/2 problem\(s\)/);
        expect(failure?.stderr).toMatch(/entities\[0\] \(dp\)\.mentions\[0\]/);
        expect(failure?.stderr).toMatch(/HOLDS cannot start at Agency/);
      } finally {
        await fs.rm(broken, { recursive: true, force: true });
      }
    },
  );
});
