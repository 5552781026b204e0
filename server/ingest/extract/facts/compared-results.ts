import { between, type DocumentContext, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import { CHANNEL_NOUN } from './counted-nouns.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import type { Metric, MetricFigure } from './metric-phrases.ts';
import { resultVerbBefore } from './result-verb.ts';

/** From the thing counted to its change: «, что в 2,3 раза», «— вдвое», «, что на 12 %». */
export const TO_CHANGE =
  /^((?:\s+[\p{L}-]+){1,7}?)\s*(?:,\s*(?:что|это|или)|[—–])\s+(?:(?:почти|примерно|более\s+чем|свыше\s+чем)\s+)?(?:(?:на|в)\s+)?$/iu;
/** The change compares with a level before: «больше», «меньше, чем годом ранее», «превышает показатель …». */
export const COMPARED = /^\s*(?:больше|меньше|выше|ниже|превыша\p{L}*|превысил\p{L}*)/iu;
/** «430 кг наркотиков (рост на 17,5 %)», «(в 2 раза больше, чем …)», «(+17,5 %)»: a change in brackets after it. */
const IN_BRACKETS =
  /^((?:\s+[\p{L}-]+){0,5}?)\s*(?:\(\s*(?:(?:рост|прирост|увеличение|снижение|сокращение|уменьшение)\s+)?(?:(?:на|в)\s+)?)?$/iu;

/** The words from a figure to its change when the change opens a bracket after them, with its direction. */
export function changeInBrackets(
  ctx: DocumentContext,
  figure: Figure,
  change: Figure,
): RegExpExecArray | null {
  const gap = between(ctx, figure.end, change.start);
  if (!change.direction || !(gap.includes('(') || ctx.text[change.start] === '(')) return null;
  return IN_BRACKETS.exec(gap);
}

/**
 * «В Карагандинской области изъято 96 кг»: the verb of a seizure or a cut right before the number says what was
 * done, whatever place or time phrase stands before it.
 */
const DONE_BEFORE =
  /(?:^|\s)(?:изъят|изъял|пресечен|перекрыт|ликвидирован)\p{L}*(?:\s+(?:всего|уже|еще|ещё|в\s+общей\s+сложности))?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|примерно))?\s*$/iu;
/** Words that end the thing counted: a preposition opens a place or a time, not more of its name. */
const STOP = /^(?:в|во|на|из|у|по|с|со|при|за|для|от|до|через|среди)$/iu;

/**
 * A result told with its comparison to the year before: «изъято свыше 96 кг наркотических средств, что в 2,3
 * раза больше», «пресечено шесть каналов поставки наркотиков — вдвое больше, чем в прошлом году». A seized mass
 * or a count of channels is otherwise one seizure or the channels themselves; compared with a level before, it
 * is also a figure of the period («изъятые наркотические средства», «пресеченные каналы поставки наркотиков»).
 */
export function comparedResults(
  ctx: DocumentContext,
  sc: SentenceContext,
  named: readonly Metric[],
): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    const channels = figure.unit === 'count' && Boolean(figure.noun && CHANNEL_NOUN.test(figure.noun));
    if (figure.unit !== 'kg' && !channels) continue;
    if (figure.isChange) continue;
    const change = sc.figures.find((f) => f.isChange && f.start > figure.end);
    if (!change) continue;
    const gap = between(ctx, figure.end, change.start);
    const said =
      (COMPARED.test(ctx.folded.slice(change.end, change.end + 20)) ? TO_CHANGE.exec(gap) : null) ??
      changeInBrackets(ctx, figure, change);
    if (!said) continue;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    const lead = between(ctx, clauseStart, figure.start);
    if (!resultVerbBefore(ctx, lead) && !DONE_BEFORE.test(lead)) continue;
    // «Общий вес изъятых наркотиков составил 142,5 кг – в 3,1 раза больше»: a size named before owns it already.
    if (named.some((m) => m.start >= clauseStart && m.end <= figure.start)) continue;
    const metric = thingCounted(ctx, sc, figure, said[1]!, participle(lead));
    if (metric) out.push({ figure, metric });
  }
  return out;
}

/** The metric from the figure to the last word of what it counts, named with what was done to it. */
function thingCounted(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
  words: string,
  done: string | undefined,
): Metric | undefined {
  const tokens = sc.tokens.filter((t) => t.start >= figure.end && t.end <= figure.end + words.length);
  const stop = tokens.findIndex((t) => STOP.test(t.text));
  const own = stop < 0 ? tokens : tokens.slice(0, stop);
  if (own.length === 0) return undefined;
  const noun = nominativePhrase(
    ctx.morph,
    own.map((t) => t.text),
    { capitaliseFirst: false, plural: true },
  );
  const from = sc.tokens.findIndex((t) => t.start >= figure.start);
  const to = sc.tokens.indexOf(own.at(-1)!) + 1;
  return {
    from,
    to,
    start: figure.start,
    end: own.at(-1)!.end,
    phrase: done ? `${done} ${noun}` : noun,
  };
}

/** «изъято» → «изъятые», «пресечено» → «пресеченные»: the short participle (or the words ending with it) as an adjective. */
export function participle(lead: string): string | undefined {
  const word =
    /(\p{L}+[тн])[оаы]?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|всего))*\s*$/iu.exec(
      lead,
    )?.[1];
  if (!word) return undefined;
  const stem = word.toLowerCase();
  return stem.endsWith('н') ? `${stem}ные` : `${stem}ые`;
}
