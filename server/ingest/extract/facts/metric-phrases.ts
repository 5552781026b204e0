import type { FormToken } from '../../gazetteer/gazetteer-index.ts';
import { covered, type DocumentContext, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import type { Span } from '../text/segment.ts';
import { CHANNEL_NOUN, eradicatedPlants, ITEM_NOUN, MONEY_CHANNEL, PEOPLE_NOUN } from './counted-nouns.ts';
import { adjectival, instrumental, participle, pluralNominative } from './metric-words.ts';

// prettier-ignore
const METRIC_HEADS = new Set([
  'регистрация', 'количество', 'число', 'раскрываемость', 'уровень', 'доля', 'преступление', 'преступность', 'кража',
  'мошенничество', 'интернет-мошенничество', 'убийство', 'разбой', 'грабеж', 'наркопреступление', 'правонарушение',
  'дтп', 'причинение', 'угон', 'хулиганство', 'наркопритон', 'раскрытие', 'рецидив', 'смертность',
  // Staffing, which reports of a body's year give beside its crime figures.
  'некомплект', 'укомплектованность',
  // «Охват учащихся профилактикой составил 92 %»: how many people prevention reached.
  'охват',
]);
/**
 * «Общий вес изъятых наркотиков составил 142,5 кг», «Объём изъятой синтетики …», «Площадь уничтоженных очагов
 * …»: a total the release measures, named at the head of its clause; «общим весом 2 кг» describes a seizure.
 */
export const SIZE_HEAD = /^(?:вес|объ[её]м|площадь)$/iu;

/** A measured thing in a sentence: its words and its name in the nominative ("число убийств"). */
export interface Metric {
  from: number;
  to: number;
  start: number;
  end: number;
  phrase: string;
  /** The words to quote for it, when not its clause («Вырученные средства на общую сумму 480 млн тенге»). */
  evidence?: Span;
  /** «с начала года — уже девять»: a time of its own, not its sentence's. */
  time?: { year?: number; period?: string };
  /** A figure of one case (a group detained, what a lab could have made): not the region's crime. */
  ofCase?: boolean;
  /** The unit its figure is in when the figure's noun does not say it (USD for a sum in dollars, doses). */
  unit?: string;
}

/** A figure with the metric it measures: a count of people, a sum of money, a part of a total. */
export interface MetricFigure {
  figure: Figure;
  metric: Metric;
}

/** Metric phrases: a head ("регистрация", "число", "кражи") with the genitive words after it; lists expanded. */
export function metricsIn(ctx: DocumentContext, sc: SentenceContext): Metric[] {
  const t = sc.tokens;
  const out: Metric[] = [];
  for (let i = 0; i < t.length; i++) {
    if (
      !(isHead(t[i]!) || SIZE_HEAD.test(t[i]!.text)) ||
      out.some((m) => i >= m.from && i < m.to) ||
      covered(sc, i)
    )
      continue;
    // "по раскрытию …", "в отношении преступлений": a purpose or topic, not a measured figure; "в том числе"
    // is no number; "данные преступления" and «…, их число сократилось» speak of a metric already named.
    if (i > 0 && /^(?:по|в|на|о|об|к|том|данные|эти|такие|указанные|этих|данных|их)$/i.test(t[i - 1]!.text))
      continue;
    // «лекции с охватом 90 тыс. учащихся»: the reach of a measure told beside it describes that measure.
    if (i > 0 && /^(?:с|со)$/iu.test(t[i - 1]!.text) && /^охват/iu.test(t[i]!.text)) continue;
    // «до 5 числа»: a day of the month, not a count.
    if (i > 0 && /^\d+$/.test(t[i - 1]!.text) && /^числ/iu.test(t[i]!.text)) continue;
    // «общая регистрация», «уголовных правонарушений», «тяжких и особо тяжких преступлений»: the adjectives
    // before the head are part of the metric.
    let from = i;
    while (
      from > 0 &&
      i - from < 3 &&
      /^[а-яё-]+$/.test(t[from - 1]!.text) &&
      !covered(sc, from - 1) &&
      /^\s+$/.test(ctx.text.slice(t[from - 1]!.end, t[from]!.start)) &&
      ctx
        .morph(t[from - 1]!.text)
        .some((p) => (p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF') && p.score > 0.1) &&
      // «Вместе с тем число …»: a pronoun of an adverbial phrase is no adjective of the metric.
      !/^(?:данн|эт|так|указанн|все|других|иных|т(?:о|от|а|е|ем|ех)$)/iu.test(t[from - 1]!.text)
    )
      from--;
    let to = i + 1;
    while (
      to < t.length &&
      to - i < 5 &&
      // «число впервые выявленных больных»: an adverb of how often stands inside the genitive words.
      (isGenitive(ctx, t[to]!) ||
        (/^(?:впервые|повторно)$/iu.test(t[to]!.text) && t[to + 1] && isGenitive(ctx, t[to + 1]!)) ||
        // «количество охваченных профилактикой подростков»: the agent or means of a participle stands inside.
        (participle(ctx, t[to - 1]!.text) &&
          instrumental(ctx, t[to]!.text) &&
          t[to + 1] !== undefined &&
          isGenitive(ctx, t[to + 1]!))) &&
      /^\s+$/.test(ctx.text.slice(t[to - 1]!.end, t[to]!.start))
    )
      to++;
    // «число тяжких и особо тяжких преступлений»: an adjective left without its noun goes on after «и».
    const adjectiveOnly = (token: FormToken) =>
      ctx.morph(token.text).every((p) => p.tag.POS === 'ADJF' || p.tag.POS === 'ADVB' || p.score < 0.1);
    if (to < t.length - 2 && to > i + 1 && adjectiveOnly(t[to - 1]!) && t[to]!.text === 'и') {
      let k = to + 1;
      while (k < t.length && k - to < 4 && (t[k]!.text === 'особо' || isGenitive(ctx, t[k]!))) k++;
      if (k > to + 1 && !adjectiveOnly(t[k - 1]!)) to = k;
    }
    const words = t.slice(from, to).map((x) => x.text);
    // "7 812 преступлений", "73 наркопреступления": a counted noun is named in the plural.
    const plural = from > 0 && /^\d+$/.test(t[from - 1]!.text);
    const phrase = nominativePhrase(ctx.morph, words, { capitaliseFirst: false, plural });
    out.push({
      from,
      to,
      start: t[from]!.start,
      end: t[to - 1]!.end,
      phrase: `${/^\p{Lu}\p{Ll}/u.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase}${participialAfter(ctx, sc, to)}`,
    });
    // "число убийств, разбоев и грабежей": one metric per listed noun.
    if (to - from >= 2 && /^(?:число|количество)$/i.test(words[words.length - 2] ?? '')) {
      let k = to;
      for (;;) {
        if (t[k]?.text === 'и' || (t[k]?.text === 'а' && t[k + 1]?.text === 'также'))
          k += t[k]!.text === 'и' ? 1 : 2;
        if (!(
          k < t.length &&
          /^\s*,?\s*$/.test(ctx.text.slice(t[k - 1]!.end, t[k]!.start)) &&
          isGenitive(ctx, t[k]!) &&
          // «число лиц, состоящих на учёте, …»: a participle after the comma opens a phrase, not a list item.
          !participle(ctx, t[k]!.text)
        ))
          break;
        out.push({
          from: k,
          to: k + 1,
          start: t[k]!.start,
          end: t[k]!.end,
          phrase: `${words[words.length - 2]!.toLowerCase()} ${t[k]!.text}`,
        });
        k++;
      }
      i = k - 1;
    } else i = to - 1;
  }
  return out;
}

/**
 * The thing a number counts, as a metric: «9 фактов незаконного оборота наркотиков» → "факты незаконного
 * оборота наркотиков", «214 наркосайтов» → "наркосайты". Null when the number counts seized items, channels or
 * people, or nothing nominal follows it.
 */
export function countedMetric(ctx: DocumentContext, sc: SentenceContext, figure: Figure): Metric | null {
  const t = sc.tokens;
  const start = t.findIndex((x) => x.start >= figure.end);
  if (!t[start] || !/^\s+«?$/u.test(ctx.text.slice(figure.end, t[start].start))) return null;
  // «47 так называемых дроп-карт», «14 санкционированных обысков», «4 уголовных дела»: the words before the
  // noun that agree with it belong to the metric; «так называемых» only to the text.
  const named = /^так\s+называем\p{L}*$/iu.test(`${t[start]!.text} ${t[start + 1]?.text ?? ''}`) ? 2 : 0;
  let i = start + named;
  while (
    i < start + named + 2 &&
    t[i + 1] &&
    adjectival(ctx, t[i]!.text) &&
    // «19 так называемых «серых» игровых клубов»: an adjective may stand in quotes.
    /^[\s«»"]*\s[\s«»"]*$/.test(between(t[i]!, t[i + 1]!, ctx))
  )
    i++;
  const first = t[i];
  // «46 Telegram-каналов»: a platform may be named in Latin letters.
  if (!first || !/^(?:[a-z]+-)?[а-яё-]{3,}$/i.test(first.text)) return null;
  const moneyChannel =
    CHANNEL_NOUN.test(first.text) && MONEY_CHANNEL.test(ctx.text.slice(first.end, first.end + 30));
  const plants = eradicatedPlants(first.text, ctx.folded.slice(Math.max(0, figure.start - 40), figure.start));
  if (!moneyChannel && !plants && [ITEM_NOUN, CHANNEL_NOUN, PEOPLE_NOUN].some((re) => re.test(first.text)))
    return null;
  // «из них 37 несовершеннолетних»: an adjective that closes its clause stands for its noun.
  const standsAlone =
    adjectival(ctx, first.text) && !/^\s+[а-яё]/u.test(ctx.text.slice(first.end, first.end + 2));
  if (!standsAlone && !ctx.morph(first.text).some((p) => p.tag.POS === 'NOUN')) return null;
  let to = i + 1;
  while (
    to < t.length &&
    to - i < 4 &&
    isGenitive(ctx, t[to]!) &&
    // «45 очагов конопли общей площадью 120 га»: «общей» opens the size of what was counted.
    !(/^общ(?:ей|им)$/iu.test(t[to]!.text) && SIZE_AFTER.test(t[to + 1]?.text ?? '')) &&
    // «6 «операторов» интернет-магазинов»: the counted noun in quotes, its genitive words after them.
    /^»?\s+«?$/u.test(ctx.text.slice(t[to - 1]!.end, t[to]!.start))
  )
    to++;
  const phrase = standsAlone
    ? pluralNominative(ctx, first.text)
    : nominativePhrase(
        ctx.morph,
        t.slice(start + named, to).map((x) => x.text),
        { capitaliseFirst: false, plural: true },
      );
  // «4 уголовных дела по ч. 3 ст. 297 УК РК»: the article of the law the counted cases fall under.
  const law = LAW_AFTER.exec(ctx.text.slice(t[to - 1]!.end, sc.sentence.end));
  if (law && !standsAlone) {
    const end = t[to - 1]!.end + law[0].length;
    const after = t.findIndex((x) => x.start >= end);
    return {
      from: start,
      to: after < 0 ? t.length : after,
      start: t[start]!.start,
      end,
      phrase: `${phrase} ${law[0].trim().replace(/\s+/gu, ' ')}`,
    };
  }
  // A quote opened inside the metric closes with it.
  const quoted = ctx.text.slice(figure.end, t[to - 1]!.end);
  const closed =
    /^»/u.test(ctx.text.slice(t[to - 1]!.end)) && quoted.split('«').length > quoted.split('»').length;
  return { from: start, to, start: t[start]!.start, end: t[to - 1]!.end + (closed ? 1 : 0), phrase };
}

/** «число лиц, состоящих на наркологическом учёте, сократилось»: the participial phrase says who is counted. */
function participialAfter(ctx: DocumentContext, sc: SentenceContext, to: number): string {
  const t = sc.tokens;
  if (!t[to] || !/^,\s*$/u.test(ctx.text.slice(t[to - 1]!.end, t[to]!.start))) return '';
  if (!participle(ctx, t[to].text)) return '';
  const phrase = /^[^,.;:—–]{1,60},/u.exec(ctx.text.slice(t[to].start, sc.sentence.end));
  return phrase ? `, ${phrase[0].slice(0, -1).trim()}` : '';
}

const SIZE_AFTER = /^(?:площадью|весом|объ[её]мом|стоимостью|суммой)$/iu;

const LAW_AFTER = /^\s+по\s+(?:ч\.\s*\d+\s+)?ст\.\s*\d+(?:\s+УК(?:\s+РК)?)?/u;

function between(a: FormToken, b: FormToken, ctx: DocumentContext): string {
  return ctx.text.slice(a.end, b.start);
}

function isHead(token: FormToken): boolean {
  return [...token.forms].some((f) => METRIC_HEADS.has(f));
}

function isGenitive(ctx: DocumentContext, token: FormToken): boolean {
  if (!/^[а-яё-]{3,}$/.test(token.text)) return false;
  return ctx
    .morph(token.text)
    .some(
      (p) => (p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF') && p.tag.CAse === 'gent',
    );
}
