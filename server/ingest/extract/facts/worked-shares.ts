import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import type { MetricFigure } from './metric-phrases.ts';

// «уничтожено 96 % очагов», «проверено 100 % аптек», «охвачено профилактикой 92 % учащихся», «раскрыто свыше
// 78 % наркопреступлений», «уничтожили 90 % посевов», «96 % очагов уничтожено»: the share of things the work
// reached, told by the verb of the work and a percent of what it reached in the genitive. The metric is
// «доля уничтоженных очагов»; the percent is its figure, quoted from the verb. A head word after the percent
// («наркопреступлений») is what the share is of, not a metric of its own.

const QUALIFIER = String.raw`(?:\s+(?:уже|лишь|только|всего|ещ[её]|почти|около|примерно|более|свыше|порядка|до|не\s+(?:менее|более)))*`;
const PERCENT = String.raw`(\d+(?:[.,]\d+)?\s*(?:%|процент\p{L}*))`;
/** «уничтожено 96 % очагов»: the verb, maybe an instrumental of means, then the percent. */
const VERB_FIRST = new RegExp(
  String.raw`(?:^|[\s,(—–])(\p{L}{4,})(?:\s+\p{L}+(?:ами|ями|ой|ей|ем|ом)){0,2}${QUALIFIER}\s+${PERCENT}(?:\s+от)?\s+((?:[а-яё-]+\s+){0,3}[а-яё-]+)`,
  'giu',
);
/** «96 % очагов уничтожено»: the percent and what it is of, then the verb. */
const VERB_AFTER = new RegExp(
  String.raw`(?:^|[\s,(—–])${PERCENT}(?:\s+от)?\s+((?:[а-яё-]+\s+){0,3}?[а-яё-]+)\s+(?:уже\s+|было\s+)?(\p{L}{4,})(?=\s*(?:[,.;]|$))`,
  'giu',
);

const AMOUNT_VERB =
  /^(?:состав|достиг|достигл|превы|снизи|сниже|сократ|уменьш|вырос|возрос|увелич|повыс|приход|пришл)/iu;

/** Shares of things reached by work, each with the percent as its figure. */
export function workedShares(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const text = ctx.folded.slice(sc.sentence.start, sc.sentence.end);
  const found: { verb: string; verbAt: number; percentAt: number; ofAt: number; of: string }[] = [];
  for (const m of text.matchAll(VERB_FIRST)) {
    const verbAt = m.index + m[0].indexOf(m[1]!);
    const percentAt = m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    found.push({ verb: m[1]!, verbAt, percentAt, ofAt: m.index + m[0].lastIndexOf(m[3]!), of: m[3]! });
  }
  for (const m of text.matchAll(VERB_AFTER)) {
    const percentAt = m.index + m[0].indexOf(m[1]!);
    found.push({
      verb: m[3]!,
      verbAt: m.index + m[0].lastIndexOf(m[3]!),
      percentAt,
      ofAt: percentAt + m[0].slice(m[0].indexOf(m[1]!)).indexOf(m[2]!),
      of: m[2]!,
    });
  }
  const out: MetricFigure[] = [];
  for (const f of found) {
    const participle = workParticiple(ctx, f.verb);
    if (!participle) continue;
    const figure = sc.figures.find(
      (x) => x.unit === '%' && !x.isChange && x.start === sc.sentence.start + f.percentAt,
    );
    if (!figure || out.some((o) => o.figure === figure)) continue;
    const words = genitiveWords(ctx, f.of.split(/\s+/u));
    if (words.length === 0) continue;
    const ofStart = sc.sentence.start + f.ofAt;
    const ofEnd = ofStart + words.join(' ').length;
    const start = Math.min(figure.start, ofStart);
    const end = Math.max(figure.end, ofEnd);
    const { from, to } = tokenRange(sc, start, end);
    const what = ctx.text.slice(ofStart, ofEnd).replace(/\s+/gu, ' ');
    // Quoted from the verb to what the share is of, like a counted result («уничтожено 96 % очагов»).
    const verbAt = sc.sentence.start + f.verbAt;
    const evidence = { start: Math.min(verbAt, start), end: Math.max(verbAt + f.verb.length, end) };
    out.push({
      figure,
      metric: { from, to, start, end, phrase: `доля ${participle} ${what}`, evidence },
    });
  }
  return out;
}

/** «уничтожено», «уничтожили» → «уничтоженных»: the passive participle of a verb of work, if it is one. */
function workParticiple(ctx: DocumentContext, verb: string): string | undefined {
  // «составил 92 % учащихся», «снизилось на 12 %»: verbs of amount or change tell a level, not work done.
  if (AMOUNT_VERB.test(verb)) return undefined;
  for (const p of ctx.morph(verb.toLowerCase())) {
    // «уничтожили 96 % очагов»: a verb of work takes what it reached as its object; «упала до 5 %» does not.
    const worked =
      p.tag.POS === 'PRTS' || (p.tag.POS === 'VERB' && p.tag.TEns === 'past' && p.tag.TRns === 'tran');
    if (p.score < 0.1 || !worked) continue;
    const form = p.inflect(['PRTF', 'pssv', 'gent', 'plur']);
    if (form) return form.word;
  }
  return undefined;
}

/** The genitive words a share is of, from the first: «очагов», «выявленных очагов дикорастущей конопли». */
function genitiveWords(ctx: DocumentContext, words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const gent = ctx
      .morph(w.toLowerCase())
      .some((p) => p.score > 0.1 && /^(?:NOUN|ADJF|PRTF)$/u.test(p.tag.POS ?? '') && p.tag.CAse === 'gent');
    if (!gent) break;
    out.push(w);
  }
  // An adjective left without its noun is no thing counted.
  const noun = out.some((w) => ctx.morph(w.toLowerCase()).some((p) => p.score > 0.2 && p.tag.POS === 'NOUN'));
  // «92 % учащихся»: a participle standing alone names people.
  return noun || out.length === 1 ? out : [];
}
