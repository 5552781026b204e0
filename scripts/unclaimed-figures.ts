// `npx tsx scripts/unclaimed-figures.ts [--gold DIR|seed]… [--list]`
// The numbers in each gold document's text (recognise/figures.ts) that no entity of the rules-ru draft
// covers, split by what the gold has there: an entity whose figure is that number, an entity with no such
// figure, or nothing. Counted by the noun after the number and the word before it (usually the clause's
// verb), so a rule for unclaimed numbers is written only where the gold has a figure far more often than not.
import { parseArgs } from 'node:util';
import type { Draft } from '../server/ingest/draft.ts';
import { readGoldSets } from '../server/ingest/eval/run-eval.ts';
import { readSeedGazetteer } from '../server/ingest/eval/seed-gazetteer.ts';
import { createRulesRuExtractor } from '../server/ingest/extract/rules-ru-extractor.ts';
import { findFigures, type Figure } from '../server/ingest/extract/recognise/figures.ts';
import { splitSentences } from '../server/ingest/extract/text/segment.ts';
import { figureKind } from '../server/ingest/extract/facts/figure-kind.ts';
import type { GoldEntity } from '../server/ingest/eval/gold-schema.ts';

const FIGURE_KEYS = ['amountKg', 'value', 'change', 'count'];
const same = (v: unknown, f: Figure) =>
  typeof v === 'number' && Math.abs(Math.abs(v) - f.value) <= 1e-6 * Math.max(1, f.value);
type Verdict = 'gold figure' | 'gold entity, other figure' | 'nothing in gold';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', multiple: true },
    list: { type: 'boolean', default: false },
    // Also numbers a draft entity's mention covers but none of the covering entities has as a figure.
    unused: { type: 'boolean', default: false },
  },
});
const sets = await readGoldSets(values.gold ?? []);
const extractor = createRulesRuExtractor();
const tally = new Map<string, Record<Verdict, number>>();
const kinds = new Map<string, Record<Verdict, number>>();
const totals: Record<Verdict, number> = {
  'gold figure': 0,
  'gold entity, other figure': 0,
  'nothing in gold': 0,
};
let claimed = 0;

for (const goldCase of sets.flatMap((s) => s.cases)) {
  const { text, title, publishedAt, publisher, url } = goldCase.document;
  const gazetteer = await readSeedGazetteer(goldCase.gold.gazetteer);
  const draft = await extractor.extract({ text, title, publishedAt, publisher, url, gazetteer });
  const folded = text.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
  const ignored = (f: Figure) => goldCase.gold.ignore.some((s) => f.start >= s.start && f.end <= s.end);
  for (const sentence of splitSentences(folded)) {
    for (const figure of findFigures(folded, sentence)) {
      if (ignored(figure)) continue;
      const covered = coveredByDraft(draft, figure);
      if (covered && (!values.unused || usedByDraft(draft, figure))) {
        claimed++;
        continue;
      }
      const [verdict, label] = judge(goldCase.gold.entities, figure);
      totals[verdict]++;
      const key = `${figure.unit === 'count' ? (figure.noun ?? '–').slice(0, 6) : figure.unit} | ${wordBefore(folded, figure.start)}`;
      if (!tally.has(key))
        tally.set(key, { 'gold figure': 0, 'gold entity, other figure': 0, 'nothing in gold': 0 });
      const row = tally.get(key)!;
      row[verdict]++;
      const k = figureKind(folded, figure);
      if (!kinds.has(k))
        kinds.set(k, { 'gold figure': 0, 'gold entity, other figure': 0, 'nothing in gold': 0 });
      kinds.get(k)![verdict]++;
      if (values.list) {
        const mark = covered ? 'unused ' : '';
        const around = text.slice(
          Math.max(sentence.start, figure.start - 60),
          Math.min(sentence.end, figure.end + 50),
        );
        console.log(
          `${mark}${verdict.padEnd(26)} ${label.padEnd(10)} ${goldCase.name.split('/').slice(-2).join('/')}: ${around.replace(/\s+/g, ' ')}  [${text.slice(figure.start, figure.end)}]`,
        );
      }
    }
  }
}

console.log(`\nnumbers claimed by a draft entity: ${claimed}`);
console.log(`unclaimed: ${JSON.stringify(totals)}`);
console.log('\nkind                           gold-fig  gold-other  nothing');
for (const [key, row] of [...kinds].sort(([, a], [, b]) => total(b) - total(a)))
  console.log(
    `${key.padEnd(30)} ${String(row['gold figure']).padStart(6)} ${String(row['gold entity, other figure']).padStart(10)} ${String(row['nothing in gold']).padStart(8)}`,
  );
console.log('\nnoun | word before          gold-fig  gold-other  nothing');
for (const [key, row] of [...tally].sort(([, a], [, b]) => total(b) - total(a)))
  console.log(
    `${key.padEnd(30)} ${String(row['gold figure']).padStart(6)} ${String(row['gold entity, other figure']).padStart(10)} ${String(row['nothing in gold']).padStart(8)}`,
  );

function total(row: Record<Verdict, number>): number {
  return row['gold figure'] + row['gold entity, other figure'] + row['nothing in gold'];
}

function coveredByDraft(draft: Draft, f: Figure): boolean {
  return draft.entities.some((e) => e.mentions?.some((m) => m.start <= f.start && m.end >= f.end));
}

function usedByDraft(draft: Draft, f: Figure): boolean {
  return draft.entities.some(
    (e) =>
      e.mentions?.some((m) => m.start <= f.start && m.end >= f.end) &&
      FIGURE_KEYS.some((k) => same((e.properties as Record<string, unknown>)[k], f)),
  );
}

function judge(entities: GoldEntity[], f: Figure): [Verdict, string] {
  const there = entities.filter((e) => e.mentions.some((m) => m.start < f.end && m.end > f.start));
  const withFigure = there.find((e) => FIGURE_KEYS.some((k) => same(e.properties[k], f)));
  if (withFigure) return ['gold figure', withFigure.label];
  if (there.length) return ['gold entity, other figure', there.map((e) => e.label).join(',')];
  return ['nothing in gold', ''];
}

function wordBefore(text: string, start: number): string {
  const words = text
    .slice(Math.max(0, start - 40), start)
    .toLowerCase()
    .match(/[\p{L}]+/gu);
  return (words?.at(-1) ?? '–').slice(0, 14);
}

/** A rough kind of number, for the summary: what it counts, or why it is no count. */
