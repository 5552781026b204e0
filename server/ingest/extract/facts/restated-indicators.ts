import { placeOfSentence } from './indicator-place.ts';
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import type { Span } from '../text/segment.ts';
import { indicatorTime } from './indicator-links.ts';

/** An indicator told with its level, which a later sentence may tell the change of. */
interface Told {
  mention: Mention;
  key: string;
  /** The metric's words, the part's own after a colon («наркопреступления: факты сбыта» → «факты сбыта»). */
  phrase: string;
  value: number | undefined;
  sentence: number;
  paragraph: number;
}

// Indicators told so far, per document read (a WeakMap, so a document's list goes with it).
const toldIn = new WeakMap<DocumentContext, Told[]>();

/** Remembers an indicator just proposed, so a change told about it later joins it. */
export function rememberIndicator(
  ctx: DocumentContext,
  sc: SentenceContext,
  key: string,
  mention: Mention,
  phrase: string,
  value: number | undefined,
): void {
  const told = toldIn.get(ctx) ?? [];
  toldIn.set(ctx, told);
  const own = phrase.split(': ').at(-1)!;
  told.push({ mention, key, phrase: own, value, sentence: sc.index, paragraph: sc.sentence.paragraph });
}

/**
 * «Выявлено 37 наркопреступлений, из них 19 фактов сбыта. По сравнению с … число выявленных фактов сбыта
 * выросло на 26,7 %»: a change with no level of its own, of a metric whose words an indicator of one of the two
 * sentences before (same paragraph) has, is that indicator's change, not a new indicator.
 */
export function restatedIndicator(
  ctx: DocumentContext,
  sc: SentenceContext,
  phrase: string,
  period?: string,
): Told | undefined {
  const told = restatedOf(ctx, sc, phrase);
  // «Всего за неделю выявлено 11 наркопреступлений. … «С начала года число … выросло на 9,2 %»: a change told
  // for a period of its own is another indicator than a level told for another or for none.
  if (!told || (period && ctx.builder.entityOf(told.key)?.properties.period !== period)) return undefined;
  // «Всего зарегистрировано 3 118 наркопреступлений. … в Карагандинской области … число наркопреступлений
  // снизилось на 9,1 %»: a change told for a place of its own is that place's indicator.
  const place = placeOfSentence(ctx, sc);
  const toldAt = ctx.sentences[told.sentence];
  return !place || (toldAt && placeOfSentence(ctx, toldAt) === place) ? told : undefined;
}

function restatedOf(ctx: DocumentContext, sc: SentenceContext, phrase: string): Told | undefined {
  // «Из них 187 фактов сбыта — на 23 факта больше»: a part's change told right after it, in its sentence.
  const part = phrase.split(': ').at(-1)!;
  const here = (toldIn.get(ctx) ?? [])
    .filter((t) => t.sentence === sc.index && t.phrase === part && t.value !== undefined)
    .filter((t) => ctx.builder.entityOf(t.key)?.properties.change === undefined)
    .at(-1);
  if (here) return here;
  const words = stems(phrase, 3);
  const has = (w: string) => words.some((x) => sameWord(w, x));
  const same = (t: Told) => {
    // «лица (на учёте состояли)»: the people counted, and one word of what was done to them.
    const [base, done] = t.phrase.split(' (');
    const own = stems(base!, 3);
    const told = done ? stems(done, 4) : [];
    return t.value !== undefined && own.length > 0 && own.every(has) && (told.length === 0 || told.some(has));
  };
  // «Из них 97 фактов сбыта … Число выявленных фактов сбыта синтетических наркотиков возросло в 1,5 раза»: a
  // narrower metric (a word of its own beyond how it is counted and what of) is another indicator, even near.
  const narrower = (t: Told) =>
    words
      .filter((w) => !COUNTING.test(w) && !OF_DRUGS.test(w))
      .some((w) => !stems(t.phrase, 3).some((x) => sameWord(w, x)));
  const near = recent(ctx, sc, 2, true)
    .filter((t) => same(t) && !narrower(t))
    .at(-1);
  if (near) return near;
  // «Выявлено 312 очагов дикорастущей конопли … По сравнению с прошлым годом количество очагов выросло на
  // 8,7 %»: a change that names the metric by its head noun alone is the one indicator near with that head.
  const headed = recent(ctx, sc, 2, true).filter((t) => t.value !== undefined && byHead(words, t));
  if (headed.length === 1) return headed[0];
  // «… из них 11 фактов сбыта. [two paragraphs of cases] По сравнению с октябрём прошлого года количество
  // выявленных фактов сбыта возросло вдвое»: a change told later of the one indicator the release has of it.
  // So far back, only the same metric: no word of the change's own beyond how it is counted («число
  // выявленных фактов сбыта через интернет» is not the «факты сбыта» told before).
  const asTold = (t: Told) =>
    words.filter((w) => !COUNTING.test(w)).every((w) => stems(t.phrase, 3).some((x) => sameWord(w, x)));
  const all = (toldIn.get(ctx) ?? []).filter((t) => t.sentence < sc.index && same(t) && asTold(t));
  return all.length === 1 && recent(ctx, sc, sc.index, false).includes(all[0]!) ? all[0] : undefined;
}

/** «…, из них 41 факт сбыта. Это на 17 фактов меньше, чем …»: the indicator of the figure compared, if any. */
export function comparedIndicator(
  ctx: DocumentContext,
  sc: SentenceContext,
  base: Figure | null,
): Told | undefined {
  if (!base) return undefined;
  return recent(ctx, sc, 1, true).find((t) => t.value === base.value);
}

/** Puts a change on the earlier indicator (what it already says stays) and quotes the sentence telling it. */
export function joinChange(
  ctx: DocumentContext,
  sc: SentenceContext,
  told: Told,
  change: Record<string, unknown>,
  evidence: Span,
): Mention {
  const entity = ctx.builder.entityOf(told.key)!;
  // «По сравнению с аналогичным периодом прошлого года»: the year compared with is the later sentence's.
  const compared = { ...change, comparedToYear: indicatorTime(ctx, sc).comparedToYear };
  const added = Object.fromEntries(Object.entries(compared).filter(([, v]) => v !== undefined));
  entity.properties = { ...added, ...entity.properties };
  ctx.builder.addMention(told.mention.ref, evidence);
  return told.mention;
}

/** The change's words, beyond how it is counted, are one or two of the indicator's, its head noun first. */
function byHead(words: string[], t: Told): boolean {
  const own = words.filter((w) => !COUNTING.test(w));
  const told = stems(t.phrase.split(' (')[0]!, 3);
  return (
    own.length > 0 &&
    own.length <= 2 &&
    told.length > 0 &&
    sameWord(own[0]!, told[0]!) &&
    own.every((w) => told.some((x) => sameWord(w, x)))
  );
}

/** Indicators with no change yet told in the `reach` sentences before (in the paragraph, when `inParagraph`). */
function recent(ctx: DocumentContext, sc: SentenceContext, reach: number, inParagraph: boolean): Told[] {
  return (toldIn.get(ctx) ?? []).filter(
    (t) =>
      (!inParagraph || t.paragraph === sc.sentence.paragraph) &&
      t.sentence < sc.index &&
      t.sentence >= sc.index - reach &&
      ctx.builder.entityOf(t.key)?.properties.change === undefined,
  );
}

/** Words that say how a metric is counted, not what: «число выявленных», «количество зарегистрированных». */
const COUNTING = /^(?:числ|количеств|выявлен|зарегистрирован|пресечен|задокументирован|совершен|установлен)/u;

/** What a drug metric is of, said or left out: «фактов сбыта наркотиков» is «факты сбыта». */
const OF_DRUGS = /^(?:наркот|наркотическ|средств|психотроп|вещест|незаконн|оборот)/u;

/** The words of a metric, lower case, shorter ones (prepositions) left out. */
function stems(phrase: string, least: number): string[] {
  return [
    ...phrase
      .toLowerCase()
      .replaceAll('ё', 'е')
      .matchAll(/[а-я]+/gu),
  ]
    .map((m) => m[0])
    .filter((w) => w.length >= least);
}

/**
 * Two case forms of one word («фактов», «факты»; «лиц», «лица»): the same letters but for an ending of up to
 * two, so «наркопритонов» is not «наркопреступления».
 */
function sameWord(a: string, b: string): boolean {
  const n = Math.max(3, Math.min(a.length, b.length) - 2);
  return a.slice(0, n) === b.slice(0, n);
}
