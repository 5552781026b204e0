import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import { currencyAfter, isCash } from './cash-sums.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import { unclaimedIndicator } from './unclaimed-indicator.ts';

const QUALIFIER = String.raw`(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее|примерно))?`;
/** «на (общую) сумму», «в размере», «стоимостью», «с оборотом»: what ties a thing to its sum. */
const LINK = new RegExp(
  String.raw`(?:на\s+(?:общую\s+)?сумму|в\s+(?:общей\s+)?сумме|в\s+размере|(?:общей\s+)?(стоимостью)|(?:с\s+)?(оборотом)|суммой)${QUALIFIER}\s*$`,
  'iu',
);
/** «превысила бы», «составила», «предусмотрено»: the verb right before the sum. */
const VERB_BEFORE = new RegExp(String.raw`([\p{L}-]+)(?:\s+бы)?${QUALIFIER}\s*$`, 'iu');
/**
 * An offer, a wage, a payment or a price («до 300 тысяч тенге в неделю», «платили по 5 тыс. тенге», «по цене
 * 15 тыс. тенге за грамм»), a fine: no result of anyone's work.
 */
const NO_RESULT =
  /штраф|заработ|зарплат|оклад|вознагражд|обеща|плат[иая]|по\s+цене|одн(?:ого|ой|у)\s+(?:грамм|доз|закладк|штук|таблетк)|за\s+(?:1\s+|один\s+|одну\s+)?(?:грамм|дозу|закладку|штуку|таблетку)(?!\p{L})/iu;
const PER = /^\s+(?:в|за)\s+(?:неделю|месяц|день|сутки|час|год|грамм|дозу|штуку|одну|один|1\s)/iu;
/** Found or seized: money told with a seizure. */
const SEIZED = /изъят|изъял|обнаружен|при\s+обыск/iu;
/** «денежные средства в сумме …», «деньги»: money, the thing a sum is of. */
const MONEY_THING = /денежн|деньг|валют/iu;
const THEFT = /похищ|похит|украд|украл|завладел|выманил/iu;
const NOUNISH = new Set(['NOUN', 'ADJF', 'PRTF']);

/**
 * A sum of money no other rule took, as an Indicator (`value`, unit KZT or the currency, `qualifier`):
 * «наложен арест на имущество на сумму 186 млн тенге», «стоимость наркотика на «чёрном рынке» превысила бы
 * 180 млн тенге», «Вырученные средства, свыше 420 млн тенге, …», «криптокошельки с оборотом свыше 1,2 млрд
 * тенге», «на что предусмотрено 48 млн тенге», in тенге or another currency. Annotators since extract-blind4 mark
 * such sums of a case; money seized with drugs not told as cash, one theft's loot, wages offered, prices,
 * payments and fines are left. Cash and sums told by their participle («обналичено») are cash-sums.ts's.
 */
export function unclaimedSum(ctx: DocumentContext, sc: SentenceContext, figure: Figure): void {
  if (figure.unit !== 'count') return;
  const currency = currencyAfter(ctx, figure.end);
  if (!currency) return;
  const clauseStart = clauseStartBefore(ctx, sc, figure.start);
  const lead = ctx.folded.slice(clauseStart, figure.start);
  if (/(?:^|\s)(?:до|по)\s+$/iu.test(lead) || PER.test(ctx.folded.slice(figure.end + currency.length)))
    return;
  if (NO_RESULT.test(sc.sentence.text)) return;
  const end = figure.end + currency.length;
  const link = LINK.exec(lead);
  // What the sum is of, and which sum it is (a total, a value, a turnover).
  let thing: string | undefined;
  let noun = 'сумма';
  let start = figure.start;
  // «Вечером 30 июля у жительницы Шымкента похищено 1,5 млн тенге»: what one theft took is an event.
  if (THEFT.test(lead) && incident(sc)) return;
  if (link) {
    noun = link[1] ? 'стоимость' : link[2] ? 'оборот' : 'сумма';
    const run = nounRun(ctx, sc, clauseStart, clauseStart + link.index);
    start = run?.start ?? start;
    thing = run?.phrase;
  } else if (
    /^[\s\p{P}]*$/u.test(lead.replace(/(?:не\s+)?(?:более|свыше|около|почти|порядка|менее)/iu, ''))
  ) {
    // «Вырученные средства, свыше 420 млн тенге, конвертировались …»: the sum stands beside its thing.
    const run = nounRun(ctx, sc, clauseStartBefore(ctx, sc, clauseStart - 2), clauseStart - 2);
    start = run?.start ?? start;
    thing = run?.phrase;
  } else {
    // «стоимость наркотика … превысила бы 180 млн тенге»: the verb's subject; «на что предусмотрено …»: the verb.
    const verb = VERB_BEFORE.exec(lead);
    const isVerb = verb && ctx.morph(verb[1]!).some((p) => ['VERB', 'PRTS'].includes(p.tag.POS ?? ''));
    const subject = isVerb ? nounRun(ctx, sc, clauseStart, clauseStart + verb.index, true) : undefined;
    start = subject?.start ?? start;
    thing = subject?.phrase ?? (isVerb ? `средства (${verb[1]!.toLowerCase()})` : undefined);
    if (thing) noun = '';
  }
  // Money seized with drugs that is not told as cash («…, а также денежные средства в сумме свыше 18 млн
  // тенге, полученные от сбыта») is part of the seizure; the gold that has it leaves it out. Cash, in any
  // currency, is a sum of its own (cash-sums.ts, read before this rule).
  if (
    SEIZED.test(ctx.folded.slice(sc.sentence.start, figure.start)) &&
    MONEY_THING.test(thing ?? 'деньги') &&
    !isCash(ctx, figure)
  )
    return;
  const arrested = /арест/iu.test(ctx.folded.slice(clauseStart, clauseEnd(ctx, sc, end)));
  const what = thing && arrested && !/арест/iu.test(thing) ? `${thing} под арестом` : thing;
  const sum = `${noun} ${currency.said}`;
  const phrase = !what ? sum : noun ? `${what} (${sum})` : what;
  unclaimedIndicator(
    ctx,
    sc,
    phrase,
    { start, end },
    {
      value: figure.value,
      unit: currency.unit,
      qualifier: figure.qualifier === 'exactly' ? undefined : figure.qualifier,
    },
  );
}

/**
 * The noun phrase that ends right before `end` inside the clause: its adjectives, head and genitive words
 * («наличные средства», «криптокошельки наркогруппировок», «имущество»), in the nominative. With `whole`, the
 * whole stretch from the clause start when it opens with a noun («стоимость наркотика на «чёрном рынке»»).
 */
function nounRun(ctx: DocumentContext, sc: SentenceContext, from: number, end: number, whole = false) {
  const tokens = sc.tokens.filter((t) => t.start >= from && t.end <= end && /\p{L}/u.test(t.text));
  const nounish = (text: string) =>
    ctx.morph(text.replace(/[«»"]/gu, '')).some((p) => NOUNISH.has(p.tag.POS ?? '') && p.score > 0.05);
  let i = tokens.length;
  if (whole) {
    // After «а», «и» or a comma the subject starts its own clause.
    const opener = tokens.findLastIndex((t) => /^(?:а|и|но|что|которых|которые)$/iu.test(t.text));
    i = opener + 1;
    if (i >= tokens.length || !nounish(tokens[i]!.text) || tokens.length - i > 7) return undefined;
  } else {
    while (i > 0 && tokens.length - i < 5 && nounish(tokens[i - 1]!.text)) i--;
    if (i === tokens.length) return undefined;
  }
  // «их стоимость превысила бы …»: a possessive pronoun names nothing.
  if (/^(?:их|его|е[её])$/iu.test(tokens[i]!.text) && i + 1 < tokens.length) i++;
  const words = tokens.slice(i).map((t) => ctx.text.slice(t.start, t.end));
  return {
    start: tokens[i]!.start,
    phrase: nominativePhrase(ctx.morph, words, { capitaliseFirst: false }),
  };
}

function clauseEnd(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const cut = /[,;.]\s/u.exec(ctx.folded.slice(at, sc.sentence.end));
  return cut ? at + cut.index : sc.sentence.end;
}

/** One case on one day («Вечером 30 июля …»), not a period's result. */
function incident(sc: SentenceContext): boolean {
  return (
    sc.times.some((t) => /^\d{4}-\d{2}-\d{2}$/u.test(t.date ?? '')) ||
    /(?:^|\s)(?:вечером|ночью|утром|днем)\s/iu.test(sc.sentence.text)
  );
}
