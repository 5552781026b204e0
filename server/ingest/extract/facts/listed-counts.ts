import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figure.ts';
import { participle } from './compared-results.ts';
import { CHANNEL_NOUN, ITEM_NOUN, MONEY_NOUN } from './counted-nouns.ts';
import { genitivePlural } from './inverted-counts.ts';
import type { Metric, MetricFigure } from './metric-phrases.ts';
import { closingNoun, complementedLabel, resultWord } from './participle-labels.ts';

// A results list written as labels and numbers: «— выявлено фактов сбыта: 96 (71), рост в 1,35 раза»,
// «задержано закладчиков: 41 (АППГ – 38)», «Сбыт — 96 (71)», «фактов сбыта: 96; притонов: 3», «в том числе
// синтетических наркотиков: 6,3 кг (2,1 кг)». The label is what the number counts (a participle of the result,
// then the genitive words, or a noun in the nominative), the colon or dash stands right before the number.

/** Where such a label may open: a list line, a clause after a semicolon or comma, a part («из них»). */
const OPENS =
  /(?:^[\s«"]*(?:[-–—•*]|\d{1,2}[.)])?\s*|[;,:•]\s*|\s[—–]\s+|(?:^|[\s(])(?:из\s+них|из\s+которых|в\s+том\s+числе)\s+)$/isu;
/** A few words of time or place opening the sentence, no clause of their own. */
const LEAD = /^(?:за|с|в|по)\s+[^\d,;:.()]{0,40}\s$|^(?:за|с|в)\s+\d{1,2}\s+[^\d,;:.()]{0,30}\s$/iu;
/** A list label runs at most this many words. */
const MAX_WORDS = 5;

/** Figures told as «<label>: N» or «<label> — N» in a list, each with its label as the metric. */
export function listedCounts(
  ctx: DocumentContext,
  sc: SentenceContext,
  named: readonly Metric[],
): MetricFigure[] {
  const out: MetricFigure[] = [];
  const t = sc.tokens;
  for (const figure of sc.figures) {
    if (figure.isChange || figure.inWords || figure.unit === 'times') continue;
    // «Результаты: 5 человек задержаны»: a number with a noun of its own is told by a clause, not a list label.
    // «Группа риска: 312 человек, или 1,7 %»: unless the counted noun ends the item, the label's figure told whole.
    const counted = figure.unit === 'count' && figure.noun ? closingNoun(ctx, figure) : undefined;
    if (figure.unit === 'count' && figure.noun && counted === undefined) continue;
    const sign =
      /(?<=[\p{L}»"])\s*(:|\s[—–]|[—–])\s*(?:(?:более|свыше|около|почти|порядка|менее)\s+)?$/u.exec(
        ctx.text.slice(Math.max(sc.sentence.start, figure.start - 16), figure.start),
      );
    if (!sign) continue;
    const labelEnd = figure.start - sign[0].length;
    const last = t.findLastIndex((x) => x.end <= labelEnd);
    if (last < 0 || t[last]!.end !== labelEnd) continue;
    // The label's words back to where its clause opens: «— из них фактов сбыта» may open at «из» or «фактов».
    let from = last;
    while (
      from > 0 &&
      last - from < MAX_WORDS - 1 &&
      /^\s+$/u.test(ctx.text.slice(t[from - 1]!.end, t[from]!.start))
    )
      from--;
    // A seized mass is a seizure of its own; only compared with the level before is it a figure of the period.
    if (figure.unit === 'kg' && figure.previous === undefined && !changeAfter(sc, figure)) continue;
    const colon = sign[1] === ':';
    for (; from <= last; from++) {
      const lead = ctx.folded.slice(sc.sentence.start, t[from]!.start);
      // «За год рассмотрено обращений: 318»: a participle before a colon may follow the time or place it opens with.
      if (!OPENS.test(lead) && !(colon && LEAD.test(lead) && resultWord(ctx, t[from]!.text, colon))) continue;
      const start = t[from]!.start;
      // «Павлодар — 45 (38); Экибастуз: 12 (9)»: a split by place or body is no metric of its own; a capital
      // inside a line, after «;» or «:», starts a name too.
      if (sc.mentions.some((m) => m.start < labelEnd && m.end > start)) break;
      const lineStart = ctx.text.lastIndexOf('\n', start - 1) + 1;
      if (/^\p{Lu}/u.test(t[from]!.text) && /[;:,]\s*$/u.test(ctx.text.slice(lineStart, start))) break;
      if (named.some((m) => m.start <= labelEnd && m.end > start)) break;
      const words = t.slice(from, last + 1).map((x) => x.text);
      const done = resultWord(ctx, words[0]!, colon) ? words.shift()!.toLowerCase() : undefined;
      if (words.length === 0) continue;
      // «фактов сбыта – 14» after a dash is read by dashed-counts.ts; a dash here takes a nominative label, or a
      // genitive one after its participle («задержано закладчиков – 41 (38)»).
      // «из них сбыт — 142 (в 1,3 раза больше …)»: a change in brackets after it says it is a figure too.
      const labelled =
        figure.previous !== undefined || (colon && counted !== undefined) || changeAfter(sc, figure, true);
      // «несовершеннолетних на учете: 12 человек»: a genitive label before a counted noun is the people's own.
      const genitive = (colon && counted === undefined) || done !== undefined;
      const phrase = labelPhrase(ctx, words, genitive, labelled);
      const said = phrase
        ? done
          ? `${participle(done)} ${phrase}`
          : phrase
        : done && colon && complementedLabel(ctx, done, counted ? [...words, figure.noun!] : words);
      if (!said) continue;
      out.push({ figure, metric: metric(from, last + 1, start, counted ?? figure.end, said) });
      break;
    }
  }
  return out;
}

/**
 * The label in the nominative plural: genitive words («фактов сбыта» → «факты сбыта»), or a noun already in
 * the nominative («Сбыт», «Наркопреступления») when the year before's level after it says it is a figure
 * («Телефон доверия: 102» is none).
 * Items, channels and money keep their own rules.
 */
function labelPhrase(
  ctx: DocumentContext,
  words: string[],
  genitive: boolean,
  labelled: boolean,
): string | undefined {
  const head = words[0]!.toLowerCase();
  if ([ITEM_NOUN, CHANNEL_NOUN, MONEY_NOUN].some((re) => re.test(words.join(' ').toLowerCase())))
    return undefined;
  if (!/^[\p{L}-]+$/u.test(words.join(''))) return undefined;
  const lower = (s: string) => s.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const parses = ctx.morph(head.replaceAll('ё', 'е')).filter((p) => p.score > 0.1);
  // A place or a person's name read as a noun («Аксу», «Экибастуз») labels a split, not a metric.
  if (parses.some((p) => p.tag.Geox || p.tag.Name || p.tag.Surn)) return undefined;
  const plural = genitivePlural(ctx, head, true) || (genitivePlural(ctx, head) && words.length === 1);
  if (plural && !genitive) return undefined;
  if (plural) return lower(nominativePhrase(ctx.morph, words, { capitaliseFirst: false, plural: true }));
  if (!labelled) return undefined;
  const nominative = parses.some(
    (p) => (p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF') && p.tag.CAse === 'nomn',
  );
  return nominative ? lower(words.join(' ')) : undefined;
}

/** «…: 1,8 тонны (2,4 тонны), снижение на 25 %»: a change told in the same item. */
function changeAfter(sc: SentenceContext, figure: Figure, bracketed = false): boolean {
  const next = sc.figures.find((f) => f.start > figure.end);
  if (!next?.isChange) return false;
  if (!bracketed) return true;
  // «96 (+12,4 %)», «142 (в 1,3 раза больше …)»: the bracket opens right after the figure.
  const gap = sc.sentence.text.slice(figure.end - sc.sentence.start, next.start - sc.sentence.start + 1);
  return /^\s*\(\s*(?:(?:в|на)\s+)?\S?$/u.test(gap);
}

function metric(from: number, to: number, start: number, end: number, phrase: string): Metric {
  return { from, to, start, end, phrase, evidence: { start, end } };
}
