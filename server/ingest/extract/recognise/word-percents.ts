import { numberWords } from '../text/number-words.ts';
import type { Figure } from './figure.ts';

/**
 * «снизилось на пять процентов», «доля синтетики достигла сорока процентов», «выросло на двадцать пять
 * процентов»: a percentage written in words, read as «5 %». After «на» it is a change, with the direction the
 * words around it give; otherwise a level.
 */
const WORD_PERCENT = /(?<![\p{L}\d-])((?:\p{L}+\s+){0,2}\p{L}+)\s+(процент(?:а|ов)?)(?![\p{L}])/giu;

export function wordPercents(
  text: string,
  slice: string,
  offset: number,
  qualifierOf: (before: string) => Figure['qualifier'],
  directionAt: (start: number, end: number) => Figure['direction'],
): Figure[] {
  const out: Figure[] = [];
  for (const m of slice.matchAll(WORD_PERCENT)) {
    // The numeral is the longest tail of the words before «процентов» that reads as one number.
    const words = m[1]!.split(/\s+/u);
    let skip = 0;
    while (skip < words.length && numberWords(words.slice(skip)) === undefined) skip++;
    if (skip === words.length) continue;
    const own = words.slice(skip);
    const value = numberWords(own)!;
    const start = offset + m.index + m[0].lastIndexOf(own.join(' ').split(' ')[0]!, m[1]!.length);
    const end = offset + m.index + m[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const isChange = /(?:^|[\s(])на\s+$/iu.test(before);
    out.push({
      start,
      end,
      value,
      unit: '%',
      qualifier: qualifierOf(before),
      noun: null,
      isChange,
      direction: isChange ? directionAt(start, end) : null,
    });
  }
  return out;
}
