import type { FormToken } from '../../gazetteer/gazetteer-index.ts';
import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import { repaidSum } from './repaid-sums.ts';
import { cashOrMovedSum, currencyAfter, isCash } from './cash-sums.ts';
import { notAResult } from './unpaid-results.ts';
import type { MetricFigure } from './metric-phrases.ts';
import type { Figure } from '../recognise/figures.ts';
/**
 * «на общую сумму свыше», «стоимостью», «в размере»: what links a thing to its sum; after blocking or freezing
 * a bare «на» does («заблокированы криптоактивы на 86 тыс. USDT», «заморожены счета на 40 млн тенге»).
 */
const SUM_OF =
  /(?:на\s+(?:общую\s+)?сумму|(?<=(?:заблокирован|заморожен|арестован|легализаци)\p{L}*\s+(?:[\p{L}-]+\s+){1,3})на|в\s+(?:общей\s+)?сумме|в\s+размере|общей\s+стоимостью|стоимостью|суммой|с\s+(?:общим\s+)?оборотом)(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s*$/iu;
const QUALIFIED = /(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s*$/iu;
/** «превысил», «составил», «прошло порядка»: a sum reached. */
const SUM_VERB =
  /(?:(?<=\p{L}\s*)[—–:]|превыша|превысил|превысило|превысила|превысили|составил|составило|составила|составили|достиг|прошло|прошел|поступило)\p{L}*(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s*$/iu;
/** «на что предусмотрено 48 млн тенге», «предусмотреть в бюджете 2027 года 120 млн тенге»: money allotted. */
const BUDGETED =
  /(?:предусмотр|выделен|выделил|выделить|заложен|заложить|запланирован|запланировать)\p{L}*(?:\s+(?:в|из)\s+(?:\p{L}+\s+){0,2}?бюджет\p{L}*(?:\s+\d{4}\s+год\p{L}*)?)?(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s*$/iu;
/** Things seized with drugs («изъяты …, оборудование на сумму …») are part of a seizure; cash is not (cash-sums.ts). */
const SEIZED = /изъят|изъял|обнаружен/iu;
const BLACK_MARKET = /\s+на\s+(?:так\p{L}*\s+)?«?(?:ч[её]рном|нелегальном|теневом)\s+рынке»?\s*$/iu;
/** «стоимость изъятого», «стоимость изъятых наркотиков»: what was seized named as what a sum is of. */
const VALUE_OF_SEIZED = /стоимост\p{L}*\s+(?:всего\s+)?(?:изъят|обнаружен)\p{L}*/giu;

/** «наложен арест», «арестовано», «под арест»: property arrested, not seized with the drugs. */
const ARRESTED = /(?:наложен\p{L}*\s+арест|арест\s+наложен|арестован|под\s+арест)/iu;

/** Where the clause of an offset ends: the next comma, semicolon or full stop (not a decimal comma). */
function clauseEndAfter(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const cut = /(?<!\d)[,;.]|[,;.](?!\d)/u.exec(ctx.folded.slice(at, sc.sentence.end));
  return cut ? at + cut.index : sc.sentence.end;
}

/**
 * Sums of money a release reports: «Вырученные средства на общую сумму свыше 480 млн тенге», «на имущество
 * стоимостью 412 млн тенге … наложен арест», «ущерб от них превысил 2,4 млрд тенге», «через схему прошло
 * порядка 1,7 млрд тенге». The metric is what the sum is of: the noun phrase before «на сумму» or the
 * subject of the verb, in the nominative.
 */
export function moneySums(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== 'count' || !figure.noun) continue;
    const told = cashOrMovedSum(ctx, sc, figure);
    if (told) {
      out.push(told);
      continue;
    }
    const currency = currencyAfter(ctx, figure.end);
    if (!currency) continue;
    const end = figure.end + currency.length;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    const lead = ctx.folded.slice(clauseStart, figure.start);
    if (notAResult(ctx, sc, lead, end)) continue;
    // «изъято 4,7 кг мефедрона, а также наложен арест на имущество на сумму 186 млн тенге»: property put
    // under arrest is a sum of its own, whatever the sentence seized before it.
    const arrested = ARRESTED.test(ctx.folded.slice(clauseStart, clauseEndAfter(ctx, sc, figure.end)));
    // «стоимость изъятого на «чёрном рынке» превышает 190 млн тенге»: the value of what was seized is a sum.
    const seized = SEIZED.test(
      ctx.folded.slice(sc.sentence.start, figure.start).replace(VALUE_OF_SEIZED, ''),
    );
    if (!arrested && seized && !isCash(ctx, figure)) continue;
    const link = SUM_OF.exec(lead) ?? SUM_VERB.exec(lead) ?? BUDGETED.exec(lead);
    if (!link) {
      const told = besideSum(ctx, sc, figure, clauseStart, lead) ?? repaidSum(ctx, sc, figure, clauseStart);
      if (told) out.push({ ...told, metric: { ...told.metric, unit: currency.unit } });
      continue;
    }
    // «стоимость изъятого на «чёрном рынке» превышает …»: the market the value is told for is no part of its name.
    const market = BLACK_MARKET.exec(lead.slice(0, link.index));
    const upTo = clauseStart + (market ? market.index : link.index);
    const before = sc.tokens.filter((t) => t.start >= clauseStart && t.end <= upTo);
    // «предусмотрено 48 млн тенге»: money allotted is named by what it is for, told after it if at all.
    const budgeted = !SUM_OF.test(lead) && !SUM_VERB.test(lead);
    const named = budgeted ? [] : thingOf(ctx, before);
    const first = named[0] ?? sc.tokens.find((t) => t.start >= figure.start)!;
    const purpose = /^\s+(на\s+[^,.;:]{3,60}?)(?=\s*(?:[,.;:]|$))/u.exec(
      ctx.text.slice(end, sc.sentence.end),
    );
    // «криптокошельки с оборотом свыше 1,2 млрд тенге»: the sum is the thing's turnover.
    const turnover = /оборотом$/iu.test(link[0].replace(QUALIFIED, ''));
    const phrase = budgeted
      ? `средства ${purpose ? purpose[1]!.trim() : '(предусмотрено)'}`
      : named.length
        ? nominativePhrase(
            ctx.morph,
            named.map((t) => t.text),
            { capitaliseFirst: false },
          )
        : 'сумма';
    out.push({
      // «криптоактивы на 86 тыс. USDT»: the «на» is the sum's, not a change's.
      figure: { ...figure, end, isChange: false },
      metric: {
        from: sc.tokens.indexOf(first),
        to: sc.tokens.findIndex((t) => t.start >= end),
        start: Math.min(first.start, figure.start),
        end,
        phrase: `${phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase())} (${turnover ? 'оборот' : 'сумма'} ${currency.said})`,
        evidence: { start: Math.min(first.start, figure.start), end },
        unit: currency.unit,
      },
    });
  }
  return out;
}

/**
 * The noun phrase right before «на сумму» or the verb: its genitive words, its head and the adjectives before
 * it («Общий оборот денежных средств», «имущество участников группы», «платежи»). Empty when none is there.
 */
function thingOf(ctx: DocumentContext, words: readonly FormToken[]): FormToken[] {
  const parses = (t: FormToken) => ctx.morph(t.text).filter((p) => p.score > 0.05);
  let i = words.length - 1;
  // «оборот денежных средств», «ущерб от них»: genitive and prepositional dependants follow the head.
  while (
    i >= 0 &&
    parses(words[i]!).some(
      (p) => (p.tag.CAse === 'gent' && p.tag.POS !== 'VERB') || p.tag.POS === 'PREP' || p.tag.POS === 'NPRO',
    )
  )
    i--;
  // The head: a noun not in the genitive («имущество», «оборот»), or the first genitive word if none is.
  const head = i >= 0 && parses(words[i]!).some((p) => p.tag.POS === 'NOUN') ? i : i + 1;
  if (head >= words.length) return [];
  let from = head;
  while (from > 0 && parses(words[from - 1]!).some((p) => p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF'))
    from--;
  return words.slice(from, Math.min(words.length, head + 6));
}

/**
 * «Вырученные средства, более 300 млн тенге, участники группы переводили …»: a sum standing in commas (or after
 * a dash) right after the thing it is of. Named by that thing, quoted from it to the sum.
 */
function besideSum(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
  clauseStart: number,
  lead: string,
): MetricFigure | undefined {
  if (!/^[\s\p{P}]*$/u.test(lead.replace(/(?:не\s+)?(?:более|свыше|около|почти|порядка|менее)/iu, '')))
    return;
  const before = sc.tokens.filter(
    (t) => t.start >= clauseStartBefore(ctx, sc, clauseStart - 2) && t.end <= clauseStart - 1,
  );
  const named = thingOf(ctx, before.slice(-5));
  if (named.length === 0 || named.at(-1)!.end < before.at(-1)!.end) return;
  const end = figure.end + currencyAfter(ctx, figure.end)!.length;
  const phrase = nominativePhrase(
    ctx.morph,
    named.map((t) => t.text),
    { capitaliseFirst: false },
  );
  const start = named[0]!.start;
  return {
    figure: { ...figure, end },
    metric: {
      from: sc.tokens.indexOf(named[0]!),
      to: sc.tokens.findIndex((t) => t.start >= end),
      start,
      end,
      phrase: `${phrase} (сумма ${currencyAfter(ctx, figure.end)!.said})`,
      evidence: { start, end },
    },
  };
}
