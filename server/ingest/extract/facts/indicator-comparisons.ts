import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import { currencyAfter } from './cash-sums.ts';
import { countedMetric, type Metric } from './metric-phrases.ts';

/** A part counted out of a total: «Выявлено 73 наркопреступления, из них 41 — сбыт». */
export interface SubCount {
  metric: Metric;
  figure: Figure;
}

// «из них 17 — по фактам сбыта через интернет (годом ранее — 12)»: a bracket after the part ends it too.
// «из них 31 — по фактам сбыта и перевозки в крупном размере»: a part told by a prepositional phrase runs longer.
const SUB_COUNT =
  /^\s*[—–]\s*([а-я-]+(?:\s+[а-я-]+){0,4}?|(?:по|за|в|на|с|от|из|через)(?:\s+[а-я-]+){1,7}?)(?=\s*(?:[,.;(]|$|\s+и\s+\d))/u;
/** «из них 6 – по ч. 3 ст. 297 УК РК»: a part told by the article of the law it falls under. */
const LAW_PART = /^\s*[—–]\s*(по\s+(?:ч\.\s*\d+\s+)?ст\.\s*\d+(?:\s+УК(?:\s+РК)?)?)/u;

/** «из них 41 — сбыт, 12 — хранение», «из них 96 фактов сбыта»: each part is a metric of its own with its figure. */
export function subCounts(ctx: DocumentContext, sc: SentenceContext, figures: readonly Figure[]): SubCount[] {
  const out: SubCount[] = [];
  for (const figure of figures) {
    // «Из них 187 фактов сбыта — на 23 факта больше прошлогоднего», «на площади 486 гектаров, что в 1,2 раза
    // превышает …»: a change right after a part is that part's (joined to it, restated-indicators.ts), never a
    // part of its own nor a change of the total.
    if (figure.isChange) {
      const part = out.find((s) => s.figure === previousOf(figures, figure));
      const gap = ctx.folded.slice(part?.figure.end ?? figure.start, figure.start);
      // «в том числе 1 905 фактов сбыта (+7,4%)»: a signed change in brackets starts at its bracket.
      const bracketed = ctx.text[figure.start] === '(' && /^(?:\s+[\p{L}«»-]+){0,6}\s*$/u.test(gap);
      if (part && (PART_CHANGE.test(gap) || bracketed)) out.push({ figure, metric: part.metric });
      continue;
    }
    // «58 фактов сбыта, 23 из которых совершены …»: the part's number before «из которых».
    const ofWhich = PART_AFTER.exec(ctx.folded.slice(figure.end, sc.sentence.end));
    // «12,3 % из них совершены через интернет»: a share of the total is a part too.
    // «из них 65 % — с использованием интернета»: or told after «из них» with what it is after a dash.
    const share =
      figure.unit === '%' &&
      !figure.isChange &&
      ((ofWhich && /^\s+из/u.test(ofWhich[0])) ||
        (PART_LEAD.test(ctx.folded.slice(Math.max(sc.sentence.start, figure.start - 30), figure.start)) &&
          /^\s*[—–]\s/u.test(ctx.folded.slice(figure.end, figure.end + 3))));
    // «14 уголовных дел, или 60,9 % от числа зарегистрированных»: the share of a larger whole.
    const whole =
      figure.unit === '%' && !figure.isChange
        ? SHARE_OF.exec(ctx.text.slice(figure.end, sc.sentence.end))
        : null;
    if (whole) {
      const end = figure.end + whole[0].length;
      const { from, to } = tokenRange(sc, figure.start, end);
      const phrase = `доля ${whole[0].trim().replace(/\s+/gu, ' ')}`;
      // «— это 65 % от общего числа против 52 % годом ранее»: quoted from «это» to its clause's end, apart
      // from the part counted before it.
      const lead = /(?:^|\s)(?:это|что\s+составляет|или)\s+$/iu.exec(
        ctx.folded.slice(sc.sentence.start, figure.start),
      );
      const stop = /[,.;]\s|[.;]?$/u.exec(ctx.folded.slice(end, sc.sentence.end))!;
      const evidence = {
        start: lead
          ? sc.sentence.start + lead.index + (lead[0].length - lead[0].trimStart().length)
          : figure.start,
        end: end + stop.index,
      };
      out.push({
        figure,
        metric: { from, to, start: figure.start, end, phrase, evidence },
      });
      continue;
    }
    if (figure.unit !== 'count' && !share) continue;
    const lead = ctx.folded.slice(Math.max(sc.sentence.start, figure.start - 30), figure.start);
    // «уничтожено 38 очагов конопли на площади свыше 12 гектаров»: the area of what was counted.
    const area = AREA.exec(lead);
    if (area && /^(?:гектар|га$)/u.test(figure.noun ?? '')) {
      const from = sc.tokens.findIndex((t) => t.start >= figure.start);
      // Quoted from «на площади» on, so the count before it and the area are quoted apart.
      const evidence = { start: figure.start - lead.length + area.index, end: areaEnd(ctx, sc, figure) };
      out.push({
        figure,
        metric: { from, to: from + 1, start: figure.start, end: figure.end, phrase: 'площадь', evidence },
      });
      continue;
    }
    if (!PART_LEAD.test(lead) && !ofWhich && !out.some((s) => s.figure === previousOf(figures, figure)))
      continue;
    const law = LAW_PART.exec(ctx.text.slice(figure.end, sc.sentence.end));
    if (law) {
      const start = figure.end + law.index + law[0].indexOf(law[1]!);
      const from = sc.tokens.findIndex((t) => t.start >= start);
      const end = start + law[1]!.length;
      out.push({ figure, metric: { from, to: from + 1, start, end, phrase: law[1]!.replace(/\s+/gu, ' ') } });
      continue;
    }
    const part = ofWhich ? null : SUB_COUNT.exec(ctx.folded.slice(figure.end, sc.sentence.end));
    if (!part) {
      // «из них 96 фактов сбыта»: the part names what it counts after its number; «из них около 1,1 тыс.
      // совершены с использованием интернета»: or says what they are with a verb.
      // «из них 300 млн тенге …»: a currency is no thing counted, so a sum's part is named by its words after.
      const currency = currencyAfter(ctx, figure.end);
      const metric = ofWhich || currency ? null : countedMetric(ctx, sc, figure);
      const at = figure.end + (ofWhich?.[0].length ?? currency?.length ?? 0);
      // «и 8 случаев несвоевременной регистрации заявлений»: cases named by what they are of, not told by a verb.
      const told =
        metric ??
        toldPart(ctx, sc, at, figures) ??
        (ofWhich && /случаев/u.test(ofWhich[0]) ? countedMetric(ctx, sc, figure) : null);
      if (told) out.push({ figure, metric: told });
      continue;
    }
    const start = figure.end + part.index + part[0].indexOf(part[1]!);
    const words = ctx.text.slice(start, start + part[1]!.length).split(/\s+/);
    const from = sc.tokens.findIndex((t) => t.start >= start);
    out.push({
      figure,
      metric: {
        from,
        to: from + words.length,
        start,
        end: start + part[1]!.length,
        // «из них 9 — по фактам легализации денег»: a phrase opened by a preposition keeps its case; «из них
        // 65 % — через интернет» is the share of that part.
        phrase: `${figure.unit === '%' ? 'доля ' : ''}${
          /^(?:по|за|в|на|с|от|из|через)$/iu.test(words[0] ?? '')
            ? words.join(' ')
            : nominativePhrase(ctx.morph, words, { capitaliseFirst: false })
        }`,
      },
    });
  }
  return out;
}

/** Words that open a part of the total counted before: «из них», «из которых», «среди них», «в том числе». */
const PART_LEAD =
  /(?:(?:из|среди)\s+(?:них|которых)|в\s+том\s+числе)(?:\s+(?:около|более|свыше|почти|порядка|менее))?\s*$/iu;

/** From a part to its change: its words, then «— на», «, что в», «, это на», «, или на», «(рост на». */
const PART_CHANGE =
  /^(?:\s+[\p{L}«»—–-]+){0,6}?\s*(?:,\s*(?:что|это|или)\s+|[—–]\s+|\(\s*(?:(?:рост|прирост|снижение|увеличение|уменьшение|сокращение)\s+)?)(?:(?:почти|примерно|более\s+чем)\s+)?(?:(?:на|в)\s+)?$/iu;

/** Where an area's quote ends: after its unit, or after the change told right after it («, что в 1,2 раза …»). */
function areaEnd(ctx: DocumentContext, sc: SentenceContext, figure: Figure): number {
  const unit = /^\s+\p{L}+/u.exec(ctx.folded.slice(figure.end, sc.sentence.end));
  const end = figure.end + (unit?.[0].length ?? 0);
  const change = sc.figures.find((f) => f.start > figure.end);
  if (!change?.isChange || !PART_CHANGE.test(ctx.folded.slice(figure.end, change.start))) return end;
  const stop = /[.;]|,\s+(?!чем)/u.exec(ctx.folded.slice(change.end, sc.sentence.end));
  return (
    (stop ? change.end + stop.index : sc.sentence.end) -
    (ctx.text[sc.sentence.end - 1] === '.' && !stop ? 1 : 0)
  );
}

// «от общего числа против 52 %»: the baseline after it is no word of the whole.
const SHARE_OF =
  /^\s+от\s+(?:общего\s+)?(?:числа|количества)(?:\s+(?!(?:против|в|за|по|с|чем)(?![а-яё-]))[а-яё-]+){0,3}/u;
const AREA = /на\s+(?:общей\s+)?площади(?:\s+(?:свыше|более|около|почти|порядка|менее))?\s*$/u;
/** «23 из которых совершены …», «В 11 случаях акты составлены …»: what the number counts is told after it. */
const PART_AFTER = /^\s+(?:из\s+(?:них|которых)|случа(?:ях|ев))\s+/u;

/**
 * A part told after its number: «совершены дистанционно», «акты уничтожения составлены без участия понятых»
 * (a verb among its first words). Its words to the clause end, at most ten.
 */
function toldPart(
  ctx: DocumentContext,
  sc: SentenceContext,
  at: number,
  figures: readonly Figure[],
): Metric | null {
  const clause = /^\s*[^,.;:—–]*/u.exec(ctx.folded.slice(at, sc.sentence.end))![0];
  const words = [...clause.matchAll(/[а-я«»"-]+/gu)].slice(0, 10);
  const verb = words
    .slice(0, 4)
    .find((w) =>
      ctx.morph(w[0]).some((p) => p.score > 0.2 && (p.tag.POS === 'PRTS' || p.tag.POS === 'VERB')),
    );
  if (!words.length || !verb || !/^[а-я]/u.test(words[0]![0])) return null;
  const start = at + words[0]!.index;
  const end = at + words.at(-1)!.index + words.at(-1)![0].length;
  const { from, to } = tokenRange(sc, start, end);
  // «из которых 121 совершено с использованием интернета — это 65 % …»: quoted from its number (and the «из них»
  // before it) to its words.
  const number = figures.filter((f) => f.end <= start).at(-1);
  const opener = number
    ? /(?:(?:из|среди)\s+(?:них|которых)|в\s+том\s+числе|(?<!\p{L})в)(?:\s+(?:около|более|свыше|почти|порядка|менее))?\s+$/iu.exec(
        ctx.folded.slice(Math.max(sc.sentence.start, number.start - 30), number.start),
      )
    : null;
  const evidence = number ? { start: number.start - (opener?.[0].length ?? 0), end } : undefined;
  return {
    from,
    to,
    start,
    end,
    phrase: ctx.text.slice(start, end),
    evidence,
  };
}

function previousOf(figures: readonly Figure[], figure: Figure): Figure | undefined {
  return figures[figures.indexOf(figure) - 1];
}

/** What «Это в 2 раза больше, чем …» compares: the sentence before it and its leading figure, if one is. */
export interface Comparison {
  change: Figure;
  /** The figure compared: the first of the sentence before, when every figure there is of one kind. */
  base: Figure | null;
  previous: SentenceContext;
}

/**
 * «Это в 3 раза больше …», «По сравнению с прошлым годом этот показатель вырос на 8,4 %», «Рост составил
 * 8,4 %», «Снижение — 11 %»: a sentence that only tells how the figure before it moved.
 */
const THIS_IS =
  /^[«"]?\s*(?:(?:(?:по\s+сравнению|в\s+сравнении)\s+с\s+[^,.]{3,60}?,?\s+)?(?:это|этот показатель|данный показатель|что)\s|(?:(?:при)?рост|снижение|увеличение|сокращение|уменьшение)\s+(?:(?:по\s+сравнению|в\s+сравнении)\s+с\s+[^,.]{3,60}?\s+)?(?:составил\p{L}*|[—–])\s)/iu;

/** A sentence that only compares the figures of the one before it: «Это в 3 раза больше, чем в прошлом году». */
export function comparisonOf(ctx: DocumentContext, sc: SentenceContext): Comparison | null {
  const previous = ctx.sentences[sc.index - 1];
  const change = sc.figures.find((f) => f.isChange && f.direction);
  if (!previous || !change || !THIS_IS.test(sc.sentence.text)) return null;
  if (previous.sentence.paragraph !== sc.sentence.paragraph) return null;
  const figures = previous.figures.filter((f) => !f.isChange);
  const base = figures[0] && figures.every((f) => f.unit === figures[0]!.unit) ? figures[0] : null;
  return { change, base, previous };
}
