import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import type { SubCount } from './indicator-comparisons.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import type { Metric } from './metric-phrases.ts';

// Where an indicator's quote starts and ends: from the verb of a counted result, to the end of its clause,
// never into the clause of the next metric, without quotation marks and attributions.

/** Where the verb of a counted result starts («выявлено 9 …»), if it is right before the number. */
export function verbStart(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const from = clauseStartBefore(ctx, sc, at);
  const verb =
    /(?:^|\s)(\p{L}+)(?:\s+(?:деятельность|всего|еще|уже|лишь|только|в\s+общей\s+сложности))?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка))?\s*$/u.exec(
      ctx.folded.slice(from, at),
    );
  let start = verb ? meansVerb(ctx, from, from + verb.index + verb[0].indexOf(verb[1]!)) : at;
  // «Возбуждено по фактам сбыта 64 уголовных дела», «Выявлено на территории области 62 притона»: the verb
  // before a short place or topic phrase.
  const phrase =
    /(?:^|\s)(\p{L}+)\s+(?:в|во|на|по|среди|у|за)\s+\p{L}+(?:\s+\p{L}+){0,2}\s+(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?$/u.exec(
      ctx.folded.slice(from, at),
    );
  if (
    phrase &&
    from + phrase.index < start &&
    !verbLike(ctx, ctx.folded.slice(start, at).split(/\s/u)[0]!) &&
    verbLike(ctx, phrase[1]!)
  )
    start = from + phrase.index + phrase[0].indexOf(phrase[1]!);
  // «Проведено сотрудниками УПН совместно с акиматом 1 240 рейдов»: the verb before who did the work.
  const agent =
    /(?:^|\s)(\p{L}+)\s+\p{L}+(?:ами|ями)(?:\s+[\p{L}«»"-]+){0,5}\s+(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?$/u.exec(
      ctx.folded.slice(from, at),
    );
  if (
    agent &&
    from + agent.index < start &&
    verbLike(ctx, agent[1]!) &&
    !verbLike(ctx, ctx.folded.slice(start, at).split(/\s/u)[0]!)
  )
    start = from + agent.index + agent[0].indexOf(agent[1]!);
  // «Поставлено на профилактический учёт 86 лиц», «взято под наблюдение 12»: the verb before its register.
  const register = /(?:^|\s)(\p{L}+)\s+(?:на|под)\s+(?:\p{L}+\s+)?$/u.exec(ctx.folded.slice(from, start));
  if (/^(?:уч[её]т|наблюдени)/iu.test(ctx.folded.slice(start)) && register && verbLike(ctx, register[1]!))
    start = from + register.index + register[0].indexOf(register[1]!);
  // «из них 96 фактов сбыта»: a part is quoted with what it is part of.
  // Found by the match itself: «Из» may be capitalised, and a plain search back could land in an earlier clause.
  // «Прошли лечение 320 человек», «поставлены на учёт в качестве потребителей 112 человек»: the verb a few
  // words before its number, when the word right before it is none.
  // «инициирована блокировка 312 …»: the noun of the act is quoted from itself (counts-round3).
  const before = /^\p{L}*/u.exec(ctx.folded.slice(start))![0];
  if (!verbLike(ctx, before) && !/^(?:блокировк|ликвидаци)/iu.test(before)) {
    const words = [...ctx.folded.slice(from, start).matchAll(/\p{L}+/gu)].slice(-5).reverse();
    // «Задержано 38 закладчиков и 6 операторов»: a count listed after another keeps its own quote.
    const listed = words.findIndex((w) => /^(?:и|а|также|или)$/iu.test(w[0]));
    const verb = words.slice(0, listed < 0 ? undefined : listed).find((w) => pastVerb(ctx, w[0]));
    if (verb && !/\d/u.test(ctx.folded.slice(from + verb.index, start))) start = from + verb.index;
  }
  // «в том числе 22 факта сбыта», «в т. ч. 11 несовершеннолетних»: quoted from «в», not from «числе».
  const including = /(?:^|\s)(в\s+(?:том\s+)?)$/iu.exec(ctx.folded.slice(from, start));
  if (/^числе\s/iu.test(ctx.folded.slice(start)) && including)
    return from + including.index + including[0].indexOf(including[1]!);
  const part = /из\s+$/iu.exec(ctx.folded.slice(from, start));
  return part && (part.index === 0 || /\s/u.test(ctx.folded[from + part.index - 1]!))
    ? from + part.index
    : start;
}

/**
 * «охватила профилактикой более 12 тыс. школьников»: when the word before the number is the means of the work
 * (an instrumental, one or two words), the quote opens at the verb before it.
 */
function meansVerb(ctx: DocumentContext, from: number, start: number): number {
  const ablt = (w: string) => ctx.morph(w.toLowerCase()).some((p) => p.score > 0.2 && p.tag.CAse === 'ablt');
  const verb = (w: string) =>
    ctx
      .morph(w.toLowerCase())
      .some(
        (p) => p.score > 0.2 && (p.tag.POS === 'PRTS' || (p.tag.POS === 'VERB' && p.tag.TEns === 'past')),
      );
  let at = start;
  for (let i = 0; i < 2; i++) {
    const word = /^\p{L}+/u.exec(ctx.folded.slice(at))?.[0];
    if (!word || verb(word) || !ablt(word)) return start;
    const before = /(?:^|\s)(\p{L}+)\s+$/u.exec(ctx.folded.slice(from, at));
    if (!before) return start;
    at = from + before.index + before[0].indexOf(before[1]!);
    if (verb(before[1]!)) return at;
  }
  return start;
}

function verbLike(ctx: DocumentContext, word: string): boolean {
  return ctx
    .morph(word.toLowerCase())
    .some((p) => p.score > 0.2 && (p.tag.POS === 'PRTS' || p.tag.POS === 'VERB'));
}

/** «прошли», «поставлены», «выявлено»: a past verb or a short participle. */
function pastVerb(ctx: DocumentContext, word: string): boolean {
  return ctx
    .morph(word.toLowerCase())
    .some((p) => p.score > 0.2 && (p.tag.POS === 'PRTS' || (p.tag.POS === 'VERB' && p.tag.TEns === 'past')));
}

/** The end of the clause a figure closes («…, что на 8 % больше», up to the next comma or full stop). */
export function clauseEnd(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  // «по ч. 3 ст. 297 УК РК»: the full stop of an abbreviation does not end the clause.
  // «на площади около 3,5 гектара»: nor does the comma inside a number.
  const tail = /^(?:[^,.;:!?»]|(?<=(?:^|\s)(?:ч|ст|п|пп|г|гг|им)(?=\.))\.|(?<=\d),(?=\d))*/u.exec(
    ctx.folded.slice(at, sc.sentence.end),
  )![0];
  // «9 фактов легализации на общую сумму 2,4 млрд тенге», «312 очагов на площади 486 гектаров»: the sum or
  // area of what was counted is an indicator of its own, quoted apart.
  const own = SIZE_LINK.exec(tail);
  const cut = [own?.index, nextPredicate(ctx, tail)].filter((i): i is number => i !== undefined);
  return at + tail.slice(0, cut.length ? Math.min(...cut) : tail.length).replace(/\s+$/u, '').length;
}

/** «выявили 48 наркопреступлений и изъяли свыше 2,3 тонны»: «и» before a verb opens another fact. */
function nextPredicate(ctx: DocumentContext, tail: string): number | undefined {
  for (const m of tail.matchAll(/\s(?:и|а\s+также)\s+(\p{L}+)/gu)) {
    const verb = ctx
      .morph(m[1]!)
      .some((p) => p.score > 0.3 && (p.tag.POS === 'VERB' || p.tag.POS === 'PRTS'));
    if (verb) return m.index;
  }
  return undefined;
}

const SIZE_LINK =
  /\s(?:на\s+(?:общую\s+)?сумму|в\s+(?:общей\s+)?сумме|(?:общей\s+)?стоимостью|на\s+(?:общей\s+)?площади|(?:общей\s+)?площадью)(?!\p{L})/iu;

/** The sentence without its quotation marks and the attribution after them («…», — отметила X.). */
export function trimQuote(ctx: DocumentContext, span: Span): Span {
  const text = ctx.text.slice(span.start, span.end);
  const lead = /^[«"\s]*/.exec(text)![0].length;
  const attribution = /[»"]\s*,?\s*[—–-]/u.exec(text);
  const end = attribution ? span.start + attribution.index : span.end;
  const tail = /[\s,.!»"]*$/u.exec(ctx.text.slice(span.start + lead, end))![0].length;
  return { start: span.start + lead, end: end - tail };
}

/** Where the clause of the next metric or part after this one starts (the comma or dash before it). */
export function nextClause(
  ctx: DocumentContext,
  sc: SentenceContext,
  metrics: readonly Metric[],
  parts: readonly SubCount[],
  metric: Metric,
): number {
  const next = [...metrics.map((m) => m.start), ...parts.map((p) => p.figure.start)]
    .filter((at) => at > metric.end)
    .sort((a, b) => a - b)[0];
  if (next === undefined) return sc.sentence.end;
  const head = ctx.folded.slice(metric.end, next);
  // «312 очагов конопли на площади 486 гектаров»: the next metric right after this one ends it.
  if (/^[\s(]*$/u.test(head)) return metric.end;
  // «64,2 тыс.»: a comma inside a number is no boundary; «пресекли 64 … и закрыли 19 …»: «и» is one.
  const cut = Math.max(
    head.lastIndexOf(', '),
    head.lastIndexOf('; '),
    head.lastIndexOf(' — '),
    head.lastIndexOf(' – '),
    head.lastIndexOf(' и '),
  );
  return cut >= 0 ? metric.end + cut : sc.sentence.end;
}
