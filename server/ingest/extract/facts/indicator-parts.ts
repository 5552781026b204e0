import type { SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { CHANNEL_NOUN, ITEM_NOUN, PEOPLE_NOUN } from './counted-nouns.ts';

// What the parts and sentences of indicators.ts are not: parts of things or of one case's people, and figures
// asked about.

/**
 * «— Правда ли, что число закладчиков выросло на 30 %?», «Почему … выросло на 20 %?» — спросил журналист: a
 * figure asked about is the asker's, not the release's; the answer tells it if it is so.
 */
const QUESTION = /\?\s*[»"]?\s*(?:[,—–-]+\s*\p{L}[^?]*)?$/u;
/** Whether a sentence is a question (its figures are the asker's). */
export function askedQuestion(text: string): boolean {
  return QUESTION.test(text.trim());
}

/** Where the last of a metric's figures before a part ends: the nearest total is the part's. */
export function lastEnd(figures: Figure[], part: Figure): number {
  return Math.max(...figures.filter((f) => f.end <= part.start).map((f) => f.end));
}

/**
 * «перекрыто шесть каналов поставки, два из которых вели из Шымкента», «изъято 40 свёртков, 12 из них …»: a
 * part of channels or pieces seized belongs to that channel or seizure, not to an indicator of its own; a part
 * of a few people of one case («трое членов группы, в том числе двое иностранцев») to that case.
 */
export function partOfThings(sc: SentenceContext, part: Figure): boolean {
  const whole = sc.figures.filter((f) => f.end <= part.start && !f.isChange).at(-1);
  if (!whole?.noun) return false;
  // «задержаны трое членов группы, в том числе двое иностранцев»: people of one case told in words.
  if (
    whole.inWords &&
    PEOPLE_NOUN.test(whole.noun) &&
    !/ответственност|осужд|уч[её]т/iu.test(sc.sentence.text)
  )
    return true;
  return [CHANNEL_NOUN, ITEM_NOUN].some((re) => re.test(whole.noun!));
}
