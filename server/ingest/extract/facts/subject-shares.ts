import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import type { MetricFigure } from './metric-phrases.ts';

// A percentage that opens what its clause says of a part of something: «до 80 процентов синтетики продаётся
// через мессенджеры», «45 % преступлений совершено с использованием интернета», «около 60 % потребителей
// употребляют синтетику»; or of a group named before it, told after a dash: «Среди осуждённых за сбыт 34 % —
// молодые люди до 25 лет», «из числа задержанных 40 % — несовершеннолетние». The metric is the share with
// what the clause says («доля синтетики (продаётся через мессенджеры)»).

const QUALIFIER = /(?:^|\s)((?:не\s+)?(?:до|около|более|свыше|почти|порядка|примерно|менее))\s+$/iu;
/** «из них 65 % — …», «в том числе 30 % …»: a part of the total before, read by indicator-comparisons.ts. */
const PART_LEAD = /(?:(?:из|среди)\s+(?:них|которых)|в\s+том\s+числе)(?:\s+\p{L}+)?\s*$/iu;
/** «Среди осуждённых за сбыт», «из числа задержанных»: the group a share after a dash is of. */
const GROUP =
  /(?:^|\s)((?:среди|из\s+числа)\s+[^,;:—–]{3,60}?)\s+(?:(?:не\s+)?(?:до|около|более|свыше|почти|порядка|примерно|менее)\s+)?$/iu;
/** Verbs that tell a level or a change of the share itself, not what the part does («составила», «выросла»). */
const LEVEL_VERB =
  /^(?:состав|достиг|превы|снизи|сниже|сократ|уменьш|вырос|возрос|увелич|повыс|приход|пришл)/iu;

/** Shares a clause tells of a part of something, each with what the clause says of it. */
export function subjectShares(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== '%' || figure.isChange) continue;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    const lead = ctx.folded.slice(clauseStart, figure.start);
    if (PART_LEAD.test(lead)) continue;
    const after = ctx.folded.slice(figure.end, sc.sentence.end);
    const qualifier = QUALIFIER.exec(lead);
    const opens = qualifier
      ? clauseStart + qualifier.index + qualifier[0].indexOf(qualifier[1]!)
      : figure.start;
    const group = GROUP.exec(lead);
    const dash = /^\s*[—–]\s*([^,.;:()«»"]+)/u.exec(after);
    if (group && dash) {
      const start = clauseStart + group.index + group[0].indexOf(group[1]!);
      const end = figure.end + dash[0].trimEnd().length;
      const what = ctx.text.slice(end - dash[1]!.trimEnd().length, end).replace(/\s+/gu, ' ');
      const among = ctx.text.slice(start, start + group[1]!.length).replace(/\s+/gu, ' ');
      out.push(share(sc, figure, start, end, `доля (${what}) ${lower(among)}`));
      continue;
    }
    const told = toldOfPart(ctx, sc, figure.end);
    if (told) out.push(share(sc, figure, opens, told.end, `доля ${told.of} (${told.said})`));
  }
  return out;
}

/** «синтетики продаётся через мессенджеры»: the genitive words after the percent, then a verb and its words. */
function toldOfPart(
  ctx: DocumentContext,
  sc: SentenceContext,
  at: number,
): { of: string; said: string; end: number } | undefined {
  const clause = /^\s+[^,.;:()—–«»"]+/u.exec(ctx.folded.slice(at, sc.sentence.end))?.[0];
  if (!clause) return undefined;
  const words = [...clause.matchAll(/[\p{L}-]+/gu)];
  let n = 0;
  while (n < Math.min(3, words.length) && genitive(ctx, words[n]![0])) n++;
  const verb = words[n];
  if (n === 0 || !verb || words.length < n + 2 || LEVEL_VERB.test(verb[0]) || !finite(ctx, verb[0]))
    return undefined;
  const end = at + clause.trimEnd().length;
  const of = ctx.text.slice(at + words[0]!.index, at + words[n - 1]!.index + words[n - 1]![0].length);
  return { of: lower(of), said: ctx.text.slice(at + verb.index, end).replace(/\s+/gu, ' '), end };
}

function share(
  sc: SentenceContext,
  figure: MetricFigure['figure'],
  start: number,
  end: number,
  phrase: string,
) {
  return { figure, metric: { ...tokenRange(sc, start, end), start, end, phrase, evidence: { start, end } } };
}

function genitive(ctx: DocumentContext, word: string): boolean {
  return ctx
    .morph(word.toLowerCase())
    .some((p) => p.score > 0.1 && /^(?:NOUN|ADJF|PRTF)$/u.test(p.tag.POS ?? '') && p.tag.CAse === 'gent');
}

/** «продаётся», «совершено», «употребляют»: a verb of the clause or a short participle. */
function finite(ctx: DocumentContext, word: string): boolean {
  return ctx
    .morph(word.toLowerCase())
    .some((p) => p.score > 0.2 && (p.tag.POS === 'PRTS' || (p.tag.POS === 'VERB' && p.tag.MOod === 'indc')));
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
