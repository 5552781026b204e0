import { between, type DocumentContext, type SentenceContext, tokenRange } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import { countedMetric, type MetricFigure } from './metric-phrases.ts';

// «уничтожено 312 очагов конопли на общей площади 486 гектаров»: a count and the area it covers are two
// indicators of one clause. Each is quoted on its own words, so the count's quote stops before the area and
// a comparison told right after the area («, что в 1,2 раза превышает …») is the area's.

/** The words that put an area after a count: «на (общей) площади», «(общей) площадью», «площадь — …». */
const AREA_LEAD =
  /(?:^|\s|\()((?:на\s+)?(?:общей\s+)?площад(?:и|ью)|площадь\s*(?:[—–-]|составила|составляет)?)(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|примерно))?\s*$/iu;
/** Units of area after the number: гектары, «га», «кв. м» / «кв. метров». */
const AREA_NOUN = /^(?:гектар|га$|кв$|квадратн)/iu;
/** Work on land the area measures: eradication and survey of plots, not a plot where one thing was found. */
const LAND_WORK =
  /(?:уничтож|выявл|ликвидир|обследов|обработа|очищ|скош|выкош|сожж|перепахан|вспахан)\p{L}*/iu;
/**
 * «обнаружен незаконный посев конопли площадью 0,3 гектара», «выявлена плантация мака на площади 1,2 га»: the
 * size of an illicit crop is measured whoever found it; a house or a car of the same size is not.
 */
const CROP = /(?:посев|плантаци|очаг|делянк|поле|посадк)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** «, что в 1,2 раза превышает …», «, или на 12 % больше …»: a comparison clause right after the figure. */
const COMPARED_AFTER = /^\s*,\s*(?:что|или|это)\s/iu;

/** Areas of work on land told after what was counted (or alone), each with its own quoted words. */
export function countedAreas(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== 'count' || !figure.noun || !AREA_NOUN.test(figure.noun)) continue;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    const lead = AREA_LEAD.exec(
      ctx.folded.slice(Math.max(sentenceClauseStart(ctx, sc, clauseStart), figure.start - 60), figure.start),
    );
    if (!lead) continue;
    const leadStart = figure.start - (lead[0].length - lead[0].indexOf(lead[1]!));
    // The verb of the work may stand before the count the area follows («уничтожено 12 очагов … на площади»).
    const work = between(ctx, sentenceClauseStart(ctx, sc, clauseStart), leadStart);
    if (!LAND_WORK.test(work) && !CROP.test(work)) continue;
    // «уничтожено 38 очагов конопли (площадь — 12,5 гектара)»: the count may stand a clause before.
    const counted = countBefore(sc, figure, sentenceClauseStart(ctx, sc, clauseStart));
    const what = counted ? countedMetric(ctx, sc, counted) : null;
    const end = unitEnd(ctx, figure);
    const { from, to } = tokenRange(sc, leadStart, end);
    out.push({
      figure,
      metric: {
        from,
        to,
        start: leadStart,
        end,
        phrase: what ? `${what.phrase}: площадь` : 'площадь',
        evidence: { start: leadStart, end: comparedEnd(ctx, sc, sc.figures, end) },
      },
    });
  }
  return out;
}

/** The count of the same clause right before the area («312 очагов»), if any. */
function countBefore(sc: SentenceContext, area: Figure, clauseStart: number): Figure | undefined {
  return sc.figures
    .filter((f) => f.end <= area.start && f.start >= clauseStart && f.unit === 'count' && f.noun)
    .filter((f) => !AREA_NOUN.test(f.noun!))
    .at(-1);
}

/** «на площади 12,5 тыс. кв. м»: the figure's end, past the words of its unit. */
function unitEnd(ctx: DocumentContext, figure: Figure): number {
  const unit =
    /^\s*(?:гектар\p{L}*|га(?!\p{L})|кв\.\s*(?:м|метр\p{L}*)\.?|квадратн\p{L}*\s+метр\p{L}*)/iu.exec(
      ctx.text.slice(figure.end),
    );
  return figure.end + (unit ? unit[0].length : 0);
}

/** The quote's end: the figure, or the comparison clause after it when that clause holds a change. */
function comparedEnd(
  ctx: DocumentContext,
  sc: SentenceContext,
  figures: readonly Figure[],
  end: number,
): number {
  if (!COMPARED_AFTER.test(ctx.text.slice(end, sc.sentence.end))) return end;
  const stop = /[,;.](?=\s|$)/u.exec(ctx.folded.slice(end + 1, sc.sentence.end));
  const clauseEnd = stop ? end + 1 + stop.index : sc.sentence.end;
  const change = figures.some((f) => f.isChange && f.start > end && f.end <= clauseEnd);
  if (!change) return end;
  return end + ctx.text.slice(end, clauseEnd).replace(/[\s.]+$/u, '').length;
}

/** Where the clause before a clause starts, when the clause is «на площади …» after a comma. */
function sentenceClauseStart(ctx: DocumentContext, sc: SentenceContext, clauseStart: number): number {
  return clauseStart > sc.sentence.start ? clauseStartBefore(ctx, sc, clauseStart - 2) : clauseStart;
}
