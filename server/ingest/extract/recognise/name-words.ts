import type { FormToken } from '../../gazetteer/gazetteer-index.ts';
import type { DocumentContext } from '../context.ts';
import { firstNameReadings } from '../morphology/first-name-readings.ts';
import { surnameReadings } from '../morphology/surname-readings.ts';

// The word tests that people's names are read by: findPersons and nameAt both ask them.

export const SURNAME =
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:ов|ев|ёв|ин|ын|ский|цкий|улы|ұлы|уулу|кызы|қызы|енко|ко|ых|их|ян|швили|дзе)(?:а|у|ым|е|ой|ою|ого|ому|им|ом|ая|ую)?$/u;
export const NOMINATIVE_MALE_SURNAME = /(?:ов|ев|ёв|ин|ын|улы|ұлы)$/u;
export const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|ич|овн|евн|ичн)\p{Ll}{0,3}$/u;
/** «Ерлан Болатулы Сарбасов»: a Kazakh patronymic (son/daughter of Болат) between the first name and the surname. */
export const KAZAKH_PATRONYMIC = /^\p{Lu}\p{Ll}+(?:улы|ұлы|уулу|кызы|қызы)$/u;
export const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const INITIAL = /^\p{Lu}$/u;

export function isFirstName(ctx: DocumentContext, word: string): boolean {
  if (
    !CAPITALISED.test(word) ||
    (SURNAME.test(word) && !ctx.morph(word).some((p) => p.tag.Name && p.parser === 'Dictionary'))
  )
    return false;
  return firstNameReadings(ctx.morph, word).some((r) => r.score >= 0.6) && !isPlace(ctx, word);
}

/**
 * A capitalised word the dictionary does not know as a common word, place or body — likely a first name the
 * dictionary lacks (Дархан, Жандос) when a surname follows it.
 */
export function unknownWord(ctx: DocumentContext, word: string): boolean {
  if (!CAPITALISED.test(word) || word.length < 3 || SURNAME.test(word)) return false;
  // The graph's places are places; a dictionary's faraway town (Дархан) or a guessed one (Жандос) is not.
  if (ctx.index.byName(word).length > 0) return false;
  return !ctx
    .morph(word)
    .some((p) => p.parser === 'Dictionary' && !p.tag.Name && !p.tag.Surn && !p.tag.Geox && p.score > 0.1);
}

/**
 * «Его предшественник Алмаз Сыздыков»: inside a sentence, a capitalised word the dictionary knows only as a
 * thing (алмаз) is a first name when a surname in the same case follows (not «Кубок Назарбаева»); a
 * person's word («Президент Токаев») is a title.
 */
export function thingAsName(ctx: DocumentContext, word: string): boolean {
  if (!CAPITALISED.test(word) || isPlace(ctx, word)) return false;
  const parses = ctx.morph(word).filter((p) => p.parser === 'Dictionary' && p.score > 0.1);
  return parses.length > 0 && parses.every((p) => p.tag.POS === 'NOUN' && p.tag.inan === true);
}

/** A capitalised word after a first name that is no common word, place or body: Ким, Пак, Шевченко. */
export function surnameLike(ctx: DocumentContext, word: string): boolean {
  const parses = ctx.morph(word);
  if (parses.some((p) => p.parser === 'Dictionary' && !p.tag.Surn && !p.tag.Name)) return false;
  return surnameReadings(word).length > 0 && !isPlace(ctx, word);
}

/** A place or an organisation by the dictionary, or a name the graph knows: not a person's name. */
export function isPlace(ctx: DocumentContext, word: string): boolean {
  return ctx.morph(word).some((p) => p.tag.Geox || p.tag.Orgn) || ctx.index.byName(word).length > 0;
}

export function isInitial(ctx: DocumentContext, t: readonly FormToken[], k: number): boolean {
  const token = t[k];
  return Boolean(token && INITIAL.test(token.text) && ctx.text[token.end] === '.');
}

export function adjacent(ctx: DocumentContext, t: readonly FormToken[], k: number): boolean {
  return /^[\s.]{1,3}$/.test(ctx.text.slice(t[k - 1]!.end, t[k]!.start));
}
