import { between, type DocumentContext, type SentenceContext, tokenRange } from '../context.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import type { MetricFigure } from './metric-phrases.ts';
import { resultVerbBefore } from './result-verb.ts';

// «уничтожено более 12 тыс. кв. метров очагов дикорастущей конопли», «обследовано свыше 250 га земель»,
// «выкошено 3,5 тыс. кв. м посевов»: an area the work covered, told right after the verb of the result, its
// unit abbreviated. A full word («38 гектаров очагов») is a counted noun already (countedMetrics); an area
// after a count («на площади …», «площадью …») is counted-areas.ts's.

/** Abbreviated units of area right after the number: «га», «кв. м», «кв. метров», «м²». */
const SHORT_UNIT = /^\s*(?:га(?!\p{L})|кв\.\s*(?:м(?!\p{L})\.?|метр\p{L}*)|м²|м2(?!\d))/iu;
/** Where the words of what the area covers stop: a preposition, a conjunction or a verb's clause. */
const STOP_WORD =
  /^(?:в|во|на|по|с|со|у|за|из|и|а|или|что|при|для|от|до|около|вблизи|возле|которые|которых)$/iu;

/** Areas of land covered by a result verb, each named «площадь …» with the genitive words after the unit. */
export function workedAreas(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== 'count' || figure.isChange) continue;
    const unit = SHORT_UNIT.exec(ctx.text.slice(figure.end, sc.sentence.end));
    if (!unit) continue;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    const lead = between(ctx, clauseStart, figure.start);
    if (!resultVerbBefore(ctx, lead)) continue;
    const unitEnd = figure.end + unit[0].length;
    const words = /^((?:\s+[а-яё-]+){0,4})/iu.exec(ctx.text.slice(unitEnd, sc.sentence.end))![1]!;
    const kept: string[] = [];
    for (const w of words.trim().split(/\s+/u).filter(Boolean)) {
      if (STOP_WORD.test(w)) break;
      kept.push(w);
    }
    const of = kept.join(' ');
    const end = of ? unitEnd + ctx.text.slice(unitEnd).indexOf(of) + of.length : unitEnd;
    const verb = verbStart(lead);
    const start = clauseStart + (lead.length - lead.trimStart().length) + verb;
    const { from, to } = tokenRange(sc, figure.start, end);
    out.push({
      figure,
      metric: {
        from,
        to,
        start: figure.start,
        end,
        phrase: of ? `площадь ${of.toLowerCase()}` : 'площадь',
        evidence: { start, end },
      },
    });
  }
  return out;
}

/** Where the verb of the result starts in the lead: its last word before the qualifier and number. */
function verbStart(lead: string): number {
  const trimmed = lead.trimStart();
  const bare = trimmed.replace(
    /(?:\s+(?:всего|еще|ещё|уже|(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|примерно)))*\s*$/iu,
    '',
  );
  const last = /[\p{L}-]+$/u.exec(bare);
  return last ? last.index : 0;
}
