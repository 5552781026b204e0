import type { DocumentContext } from '../context.ts';
import { RESULT_VERB } from './counted-nouns.ts';

/** Words a writer puts between a verb and its number: «выявлено всего 214», «заблокировано лишь 1 318». */
const FILLER =
  /(?:\s+(?:деятельность|всего|еще|уже|лишь|только|дополнительно|в\s+общей\s+сложности|(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|примерно)))*\s*$/iu;
/** Verbs that state, plan or report rather than count a result: «составило 3 343», «планируется 5». */
const NOT_RESULT =
  /^(?:составил|состав|достиг|насчитыва|планир|предусмотр|намечен|ожида|будет|будут|может|могут)/u;

/**
 * Whether the words before a number end with a verb that reports what was done: the known result verbs
 * («выявлено», «заблокировано»), or any past or passive verb form the morphology reads there («учтено 3 212
 * краж», «проверили 140 лиц», «проверкой охвачены 42 аптеки», «установлено 47 дроп-карт»), whatever the
 * verb: the genre's verbs of results are open-ended.
 */
export function resultVerbBefore(ctx: DocumentContext, lead: string): boolean {
  if (RESULT_VERB.test(lead)) return true;
  // «В рамках операции на учёт поставлено 46 …»: the verb right before the number, before any phrase is cut.
  if (verbAtEnd(ctx, lead.replace(FILLER, ''))) return true;
  // «провели в колледжах Конаева 12 встреч»: a short place or time phrase may stand between verb and number.
  const bare = lead.replace(FILLER, '').replace(/\s+(?:в|во|на|по|среди|у)\s+\p{L}+(?:\s+\p{L}+){0,2}$/u, '');
  if (verbAtEnd(ctx, bare)) return true;
  // «проведено сотрудниками УПН совместно с акиматом 1 240 рейдов», «выявлено полицейскими 62 притона»: who
  // did the work (a plural instrumental and a few words of its own) may stand between verb and number.
  const agent = /\s(\p{L}+(?:ами|ями))(?:\s+[\p{L}«»"-]+){0,5}$/u.exec(bare);
  if (
    agent &&
    ctx.morph(agent[1]!.toLowerCase()).some((p) => p.score > 0.2 && p.tag.CAse === 'ablt') &&
    verbAtEnd(ctx, bare.slice(0, agent.index)) &&
    // «Задержаны сотрудниками полиции 3 человека»: who detained whom tells of one case.
    !/(?:^|\s)задержа\p{L}*$/u.test(bare.slice(0, agent.index))
  )
    return true;
  // «охватила профилактикой более 12 тыс. школьников», «охвачено профилактическими беседами 2 тыс.»: the
  // means of the work (one or two words in the instrumental) may stand between verb and number.
  let means = bare;
  for (let i = 0; i < 2; i++) {
    const last = /\s(\p{L}+)$/u.exec(means);
    if (!last || !ctx.morph(last[1]!.toLowerCase()).some((p) => p.score > 0.2 && p.tag.CAse === 'ablt'))
      return false;
    means = means.slice(0, last.index);
    if (verbAtEnd(ctx, means)) return true;
  }
  return false;
}

/** Whether the text ends with a past verb or a short participle («выявлено», «проверили»), or «охватив». */
function verbAtEnd(ctx: DocumentContext, text: string): boolean {
  const word = /(?:^|[\s,(])(\p{L}+)$/u.exec(text)?.[1]?.toLowerCase();
  if (!word || word.length < 4 || NOT_RESULT.test(word)) return false;
  // «провели 86 лекций, охватив более 11 тыс. учащихся»: the reach told by a gerund after the work is a result
  // too; other gerunds («задержав двоих») tell of one case.
  if (/^охват(?:ив|ивши)$/u.test(word)) return true;
  return ctx
    .morph(word)
    .some(
      (p) =>
        p.score > 0.2 &&
        (p.tag.POS === 'PRTS' || (p.tag.POS === 'VERB' && p.tag.TEns === 'past' && p.tag.MOod === 'indc')),
    );
}
