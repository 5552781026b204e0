import { between, type DocumentContext, type SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { changeInBrackets, COMPARED, TO_CHANGE } from './compared-results.ts';
import { comparisonOf } from './indicator-comparisons.ts';
import { changeOf } from './indicator-change.ts';
import { indicatorTime } from './indicator-links.ts';

/**
 * «изъято свыше 430 кг наркотических средств, что на 17,5 % больше, чем …», «в том числе 27,6 кг синтетических
 * наркотиков — вдвое больше, чем годом ранее»: a seized amount compared with a level before carries its change
 * (signed for %, the factor for «в N раз»), its direction and the year compared with. Some annotators put the
 * change on the Seizure, others on an Indicator of the period (compared-results.ts): both get it. Only a change
 * right after the amount's own words counts, so another figure's change never lands on it.
 */
export function seizureChange(
  ctx: DocumentContext,
  sc: SentenceContext,
  amount: Figure,
): Record<string, unknown> {
  const change = changeAfter(ctx, sc, amount) ?? changeBefore(ctx, sc, amount);
  if (change) return withYear(ctx, sc, changeOf(change, change.direction));
  // «изъято 96 кг (в прошлом году — 48 кг)»: the year before's amount, told in brackets (baselines.ts).
  if (amount.previous !== undefined) return withYear(ctx, sc, changeOf(undefined, null, amount));
  return comparedAfter(ctx, sc, amount);
}

/** «…, что на 17,5 % больше», «— вдвое больше», «(рост на 17,5 %)»: the change right after the amount's words. */
function changeAfter(ctx: DocumentContext, sc: SentenceContext, amount: Figure): Figure | undefined {
  const next = sc.figures.find((f) => f.start > amount.end);
  if (!next?.isChange || !next.direction) return undefined;
  const gap = between(ctx, amount.end, next.start);
  const said = TO_CHANGE.test(gap) || APPOSED.test(gap);
  const compared = said && COMPARED.test(ctx.folded.slice(next.end, next.end + 20));
  return compared || changeInBrackets(ctx, amount, next) || LISTED_CHANGE.test(gap) ? next : undefined;
}

/**
 * «изъято 1,2 тонны наркотических средств, в основном гашиша и марихуаны, – это на 17 % больше», «более 320 кг,
 * главным образом марихуаны, – в 1,5 раза больше», «(в основном гашиша) – это на 17 % больше»: what the amount is
 * mostly of, set off by commas or brackets, then the change;
 * «1,2 тонны наркотиков, – это на 17 % больше»: a comma and a dash together.
 */
const MOSTLY = String.raw`(?:в\s+основном|главным\s+образом|преимущественно|(?:по\s+)?большей\s+частью|в\s+частности)(?:\s+[\p{L}«»-]+){1,5}?`;
const APPOSED = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,4}?(?:\s*,\s*${MOSTLY}|\s*\(\s*${MOSTLY}\s*\))?\s*(?:,\s*[—–]|,|[—–])\s*(?:(?:что|это)\s+)?(?:(?:почти|примерно)\s+)?(?:(?:на|в)\s+)?$`,
  'iu',
);

/** «изъято наркотических средств: 1,8 тонны (2,4 тонны), снижение на 25 %»: a list item's change after its baseline. */
const LISTED_CHANGE =
  /^\s*\([^()]*\)\s*[,;—–]\s*(?:(?:рост|прирост|увеличение|снижение|сокращение|уменьшение)\s+)?(?:(?:на|в)\s+)?$/iu;

/** «вырос на 15 % и составил 312 кг», «увеличилось в 2,4 раза — с 12 до 29 кг»: the change told just before it. */
function changeBefore(ctx: DocumentContext, sc: SentenceContext, amount: Figure): Figure | undefined {
  const last = sc.figures.filter((f) => f.end <= amount.start).at(-1);
  if (!last?.isChange || !last.direction) return undefined;
  return AMOUNTS_TO.test(between(ctx, last.end, amount.start)) ? last : undefined;
}

const AMOUNTS_TO =
  /^\s*(?:и\s+)?(?:(?:составил\p{L}*|достиг\p{L}*)\s+|[—–]\s+(?:со?\s+[\d\s,]+\s+(?:кг|тонн\p{L}*|г)?\s*до\s+)?)(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?$/iu;

/** The change with the year compared: «…, чем за 10 месяцев прошлого года» beside «с начала года» is the year before. */
function withYear(
  ctx: DocumentContext,
  sc: SentenceContext,
  told: Record<string, unknown>,
): Record<string, unknown> {
  const { year, comparedToYear } = indicatorTime(ctx, sc);
  const before = year && (comparedToYear === undefined || comparedToYear >= year) ? year - 1 : comparedToYear;
  return defined({ ...told, comparedToYear: before });
}

/** «изъято 96 кг синтетических наркотиков. Это вдвое больше, чем годом ранее»: the next sentence compares it. */
function comparedAfter(ctx: DocumentContext, sc: SentenceContext, amount: Figure): Record<string, unknown> {
  const next = ctx.sentences[sc.index + 1];
  const comparison = next ? comparisonOf(ctx, next) : null;
  if (!next || comparison?.base !== amount || comparison.previous !== sc) return {};
  const { comparedToYear } = indicatorTime(ctx, next);
  return defined({ ...changeOf(comparison.change, comparison.change.direction), comparedToYear });
}

/** Only the properties that have a value: the graph stores no nulls. */
function defined(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
}
