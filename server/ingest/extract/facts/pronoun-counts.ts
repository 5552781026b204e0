import type { FormToken } from '../../gazetteer/gazetteer-index.ts';
import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { bareCount } from '../recognise/figure.ts';
import type { Figure } from '../recognise/figures.ts';
import { numberWord } from '../text/number-words.ts';
import { countedMetric, type MetricFigure } from './metric-phrases.ts';
import { metricUpTo } from './metric-up-to.ts';

// Counts that do not repeat what they count: a pronoun («на карты подставных лиц, а их было задействовано
// свыше 300», «их число достигло 57») or an elided repeat of the count before with another time («в прошлом
// году привлечено 23 несовершеннолетних, с начала года — уже девять»). The metric is the thing named before.

/** «их было задействовано свыше», «их число достигло», «их насчитывается»: a count of a thing named before. */
const PRONOUN =
  /(?:^|[\s,])(их)\s+(?:(?:было|уже|всего|еще|только)\s+)*(?:(?:число|количество)\s+)?(\p{L}+)(?:\s+(?:уже|всего))?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|до))?\s*$/iu;
/**
 * «а их доля в общем массиве выросла до 47,2 %», «их удельный вес составил 30 %», «доля которых достигла 40 %»:
 * the share of a thing named before.
 */
const SHARE_PRONOUN =
  /(?:^|[\s,])(их|которых)\s+(?:доля|удельный\s+вес)(?:\s+(?:в|среди)(?:\s+\p{L}+){1,3}?)?\s+(\p{L}+)(?:\s+(?:уже|почти))?(?:\s+(?:до|на\s+уровне))?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка))?\s*$/iu;
/** «, с начала года — уже девять», «, в текущем году — 17»: the same count at another time. */
const OTHER_TIME =
  /,\s+(?:а\s+)?(с\s+начала\s+(?:(?:текущего|этого)\s+)?года|в\s+(?:этом|текущем|\d{4})\s+году|за\s+(?:текущий|этот)\s+год)\s*[—–-]\s*(?:(?:уже|еще|лишь|только|всего)\s+)?(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?(\d{1,3}(?:[  ]\d{3})*|\p{L}+)(?=\s*(?:[.;]|$))/giu;

/** Counts told by a pronoun or by an elided repeat, each with the metric it counts. */
export function pronounCounts(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== 'count' || figure.isChange) continue;
    const lead = ctx.folded.slice(sc.sentence.start, figure.start);
    const pronoun = PRONOUN.exec(lead);
    if (pronoun && verbal(ctx, pronoun[2]!)) {
      const at = sc.sentence.start + pronoun.index + pronoun[0].indexOf(pronoun[1]!);
      const named = antecedent(ctx, sc, at);
      if (named) out.push(metricUpTo(sc, figure, at, named));
    }
  }
  for (const figure of sc.figures) {
    if (figure.unit !== '%' || figure.isChange) continue;
    const share = SHARE_PRONOUN.exec(ctx.folded.slice(sc.sentence.start, figure.start));
    if (!share || !verbal(ctx, share[2]!)) continue;
    const at = sc.sentence.start + share.index + share[0].indexOf(share[1]!);
    const named = antecedent(ctx, sc, at, true);
    if (named) out.push(metricUpTo(sc, figure, at, `доля ${named}`));
  }
  for (const again of ctx.folded.slice(sc.sentence.start, sc.sentence.end).matchAll(OTHER_TIME)) {
    const at = sc.sentence.start + again.index + again[0].indexOf(again[1]!);
    const numberAt = sc.sentence.start + again.index + again[0].length - again[2]!.length;
    const figure = sc.figures.find((f) => f.start === numberAt) ?? wordFigure(again[2]!, numberAt);
    if (!figure || figure.unit !== 'count') continue;
    const before = sc.figures
      .filter((f) => f.end <= at && f.unit === 'count' && f.noun && !f.isChange)
      .at(-1);
    const metric = before ? countedMetric(ctx, sc, before) : null;
    const phrase = metric?.phrase ?? (before ? pluralOf(ctx, before) : null);
    if (!phrase) continue;
    const year = /\d{4}/u.exec(again[1]!)?.[0];
    const time = year
      ? { year: Number(year) }
      : { year: ctx.published?.year, period: /начала/u.test(again[1]!) ? 'с начала года' : undefined };
    const told = metricUpTo(sc, figure, at, phrase);
    out.push({ ...told, metric: { ...told.metric, time } });
  }
  return out;
}

/** «задействовано», «выявлено», «достигло», «насчитывается»: a verb or short participle before the number. */
function verbal(ctx: DocumentContext, word: string): boolean {
  return ctx.morph(word).some((p) => p.score > 0.1 && (p.tag.POS === 'PRTS' || p.tag.POS === 'VERB'));
}

/**
 * The plural noun the pronoun stands for, in its clause or the one before: «на карты подставных лиц, а их …»
 * → "карты подставных лиц". Its genitive words after it come too.
 */
function antecedent(ctx: DocumentContext, sc: SentenceContext, at: number, asWritten = false): string | null {
  const t = sc.tokens.filter((x) => x.end <= at);
  for (let i = t.length - 1; i >= 0 && t.length - i <= 12; i--) {
    const head = headNoun(ctx, t[i]!);
    if (!head) continue;
    // «карты подставных лиц»: «лиц» is a genitive dependant; the head stands before it.
    if (i > 0 && genitivePlural(ctx, t[i]!) && t.slice(Math.max(0, i - 3), i).some((x) => headNoun(ctx, x)))
      continue;
    const words = [t[i]!];
    for (let k = i + 1; k < t.length && words.length < 4; k++) {
      if (!/^\s+$/u.test(ctx.text.slice(t[k - 1]!.end, t[k]!.start)) || !genitive(ctx, t[k]!)) break;
      words.push(t[k]!);
    }
    // «доля фактов сбыта»: a share keeps its thing in the genitive it is written in.
    if (asWritten) return words.map((x) => x.text.toLowerCase()).join(' ');
    return nominativePhrase(
      ctx.morph,
      words.map((x) => x.text),
      { capitaliseFirst: false, plural: true },
    );
  }
  return null;
}

function headNoun(ctx: DocumentContext, token: FormToken): boolean {
  return (
    /^[а-яё-]{3,}$/iu.test(token.text) &&
    ctx
      .morph(token.text)
      .some((p) => p.score > 0.2 && p.tag.POS === 'NOUN' && p.tag.NMbr === 'plur' && !p.tag.anim)
  );
}

function genitivePlural(ctx: DocumentContext, token: FormToken): boolean {
  return ctx.morph(token.text).some((p) => p.score > 0.2 && p.tag.CAse === 'gent' && p.tag.NMbr === 'plur');
}

function genitive(ctx: DocumentContext, token: FormToken): boolean {
  return (
    /^[а-яё-]{3,}$/iu.test(token.text) &&
    ctx.morph(token.text).some((p) => p.score > 0.1 && p.tag.CAse === 'gent')
  );
}

/** «девять» as a count at the end of a clause, where the figures read no number word without its noun. */
function wordFigure(word: string, start: number): Figure | undefined {
  const value = /^\d/u.test(word) ? Number(word.replace(/\s/gu, '')) : numberWord(word);
  if (value === undefined) return undefined;
  return bareCount(start, start + word.length, value, false);
}

/** «23 несовершеннолетних» → "несовершеннолетние": what the count before counted, when no metric names it. */
function pluralOf(ctx: DocumentContext, figure: Figure): string | null {
  const word = figure.noun;
  if (!word || !/^[а-яё-]{3,}$/iu.test(word)) return null;
  return nominativePhrase(ctx.morph, [word], { capitaliseFirst: false, plural: true });
}
