import type { DocumentContext, SentenceContext } from '../context.ts';

/**
 * An offer, a wage, a payment or a price («до 300 тысяч тенге в неделю», «платили по 5 тыс. тенге», «по цене
 * 15 тыс. тенге за грамм», «стоимость одного грамма — около 20 тыс. тенге»), a fine: no result of anyone's work.
 * Word starts only: «докладчик» holds no «оклад».
 */
const NO_RESULT =
  /(?<!\p{L})(?:штраф|заработ|зарплат|оклад|вознагражд|обеща|плат[иая])|по\s+цене|одн(?:ого|ой|у)\s+(?:грамм|доз|закладк|штук|таблетк)|за\s+(?:1\s+|один\s+|одну\s+)?(?:грамм|дозу|закладку|штуку|таблетку)(?!\p{L})/iu;
/** «сумма штрафов составила …», «штрафы на общую сумму …»: the period's total of fines is a result all the same. */
const TOTAL_FINES = /сумм\p{L}*\s+(?:наложенных\s+)?штраф\p{L}*|штраф\p{L}*\s+на\s+общую\s+сумму/giu;
const PER = /^\s+(?:в|за)\s+(?:неделю|месяц|день|сутки|час|год|грамм|дозу|штуку|одну|один|1\s)/iu;
const THEFT = /похищ|похит|украд|украл|завладел|выманил/iu;

/**
 * Whether a sum is no figure of the work a release reports: a price, wage, payment or fine, «до …» or «по …»
 * each, or what one theft on a named day took («Вечером 30 июля у жительницы Шымкента похищено 1,5 млн
 * тенге» is an event).
 */
export function notAResult(
  ctx: DocumentContext,
  sc: SentenceContext,
  lead: string,
  currencyEnd: number,
): boolean {
  return (
    /(?:^|\s)(?:до|по)\s+$/iu.test(lead) ||
    PER.test(ctx.folded.slice(currencyEnd)) ||
    NO_RESULT.test(sc.sentence.text.replace(TOTAL_FINES, '')) ||
    (THEFT.test(lead) && incident(sc))
  );
}

/** One case on one day («Вечером 30 июля …»), not a period's result. */
function incident(sc: SentenceContext): boolean {
  return (
    sc.times.some((t) => /^\d{4}-\d{2}-\d{2}$/u.test(t.date ?? '')) ||
    /(?:^|\s)(?:вечером|ночью|утром|днем)\s/iu.test(sc.sentence.text)
  );
}
