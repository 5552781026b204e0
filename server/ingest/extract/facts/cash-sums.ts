import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import type { MetricFigure } from './metric-phrases.ts';

// Sums told by what happened to the money rather than by a thing «на сумму»: cash taken in searches («свыше 9
// млн тенге наличными», «наличные средства на сумму 86 млн тенге», «12 тыс. долларов США наличными») and
// money moved («свыше 640 млн тенге обналичено через 57 банковских карт»). Cash is a figure of the case even
// in a sentence that seizes drugs: two of the three gold sets that have cash seized with drugs annotate it.

/** The currency after a number: тенге mostly, dollars, euros or roubles in cash and turnovers, crypto coins. */
const CURRENCY =
  /^\s*(?:(тенге|тг\.?)|(доллар\p{L}*(?:\s+США)?)|(евро)|((?:российских\s+)?рубл\p{L}*)|(USDT|USDC|(?:долларов\s+)?в\s+(?:стейблкоине\s+)?USDT)|(BTC|биткоин\p{L}*))(?!\p{L})/iu;
const CURRENCIES = [
  { unit: 'KZT', said: 'в тенге' },
  { unit: 'USD', said: 'в долларах США' },
  { unit: 'EUR', said: 'в евро' },
  { unit: 'RUB', said: 'в рублях' },
  // «1,9 млн USDT», «криптоактивы на 86 тыс. USDT», «0,8 BTC»: drug money kept in crypto is counted in coins.
  { unit: 'USDT', said: 'в USDT' },
  { unit: 'BTC', said: 'в биткоинах' },
];

/** The currency right after a figure, the words it takes and how a name says it («в долларах США»). */
export function currencyAfter(ctx: DocumentContext, at: number) {
  const m = CURRENCY.exec(ctx.folded.slice(at, at + 40));
  return m ? { length: m[0].length, ...CURRENCIES[[1, 2, 3, 4, 5, 6].findIndex((i) => m[i])]! } : null;
}

/** «наличными», «в наличной форме». */
const CASH_AFTER = /^\s+(?:наличными|в\s+наличной\s+форме|наличных)/iu;
/** «наличные (денежные) средства на сумму», «наличных денег в сумме». */
const CASH_BEFORE =
  /наличн\p{L}*\s+(?:денежн\p{L}*\s+)?(?:средств\p{L}*|деньг\p{L}*|денег)\s+(?:на\s+(?:общую\s+)?сумму|в\s+(?:общей\s+)?сумме|в\s+размере)(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s*$/iu;
/** «обналичено», «выведено в криптовалюту», «было легализовано»: a short participle right after the sum. */
const MOVED_AFTER = /^\s+((?:было\s+)?([\p{L}-]+))/iu;
const QUALIFIER = /(?:^|\s)((?:не\s+)?(?:более|свыше|около|почти|порядка|менее)\s+)$/iu;
/** «на имущество на сумму 180 млн тенге наложен арест»: a sum tied to its thing is that thing's, whatever follows. */
const TIED =
  /(?:сумм[уеы]|размере|стоимостью|оборотом)(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s*$/iu;

/** Whether a sum is cash (so a seizure sentence does not make it the seizure's). */
export function isCash(ctx: DocumentContext, figure: Figure): boolean {
  const currency = currencyAfter(ctx, figure.end);
  return (
    (currency !== null && CASH_AFTER.test(ctx.folded.slice(figure.end + currency.length))) ||
    CASH_BEFORE.test(ctx.folded.slice(Math.max(0, figure.start - 80), figure.start))
  );
}

/**
 * «свыше 9 млн тенге наличными», «свыше 640 млн тенге обналичено»: the sum quoted with its own words, up to
 * the participle and no further («… через 57 банковских карт» is a count of its own).
 */
export function cashOrMovedSum(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
): MetricFigure | null {
  const currency = currencyAfter(ctx, figure.end);
  if (!currency) return null;
  const after = ctx.folded.slice(figure.end + currency.length, sc.sentence.end);
  const cash = CASH_AFTER.exec(after);
  const moved = cash ? null : MOVED_AFTER.exec(after);
  const tied = TIED.test(ctx.folded.slice(Math.max(sc.sentence.start, figure.start - 40), figure.start));
  const participle =
    moved && !tied && ctx.morph(moved[2]!).some((p) => p.tag.POS === 'PRTS' && p.score > 0.05) ? moved : null;
  if (!cash && !participle) return null;
  const q = QUALIFIER.exec(ctx.folded.slice(Math.max(sc.sentence.start, figure.start - 20), figure.start));
  const start = figure.start - (q ? q[1]!.length : 0);
  const end = figure.end + currency.length + (cash ?? participle)![0].length;
  const { from, to } = tokenRange(sc, start, end);
  return {
    figure,
    metric: {
      from,
      to,
      start,
      end,
      phrase: cash ? `наличные (сумма ${currency.said})` : `средства (${participle![2]!.toLowerCase()})`,
      evidence: { start, end },
      ofCase: true,
      unit: currency.unit,
    },
  };
}
