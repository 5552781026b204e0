import { numberWords } from '../text/number-words.ts';
import { bareCount, type Figure } from './figure.ts';

/**
 * Levels written in words with no noun after them, where only a comparison stands: «выросло с шести до девяти»,
 * «пять нарколабораторий (в первом полугодии 2024 года – три)», «(годом ранее – две)», «41 против тридцати
 * трёх», «, тогда как годом ранее – пять», «выросло почти вдвое – до ста сорока двух» (the level a change reached). A count in words needs its noun elsewhere (word-amounts.ts); here the
 * comparison names it, and baselines.ts pairs the two levels as it pairs digits.
 */
const WORD = String.raw`(\p{L}+(?:\s+\p{L}+){0,2}?)`;
const END = String.raw`(?=\s*(?:[),.;:!?—–]|$|\s(?:годом|год\s+назад|в\s+прошлом|соответственно|человек)))`;
const LEVEL_PLACES: RegExp[] = [
  // «с шести до девяти», «со ста двадцати до девяноста»
  new RegExp(String.raw`(?<![\p{L}\d])со?\s+${WORD}\s+до\s+${WORD}${END}`, 'giu'),
  // «(в 2024 году – три)», «(годом ранее: пять)», «(против трёх)», «(было две)»
  new RegExp(String.raw`\([^()]{0,60}?(?:[–—:-]|против|было)\s*${WORD}\s*(?=\))`, 'giu'),
  // «выросло почти вдвое – до ста сорока двух», «снизилось на 12 % – до девяноста», «сократилось до тридцати»
  new RegExp(
    String.raw`(?:(?<![\p{L}])(?:вдвое|втрое|вчетверо|раза?)|%|(?<![\p{L}])(?:вырос|возрос|увеличил|снизил|сократил|уменьшил)\p{L}*)\s*[,–—-]?\s*до\s+${WORD}${END}`,
    'giu',
  ),
  // «41 против тридцати трёх», «тогда как годом ранее – пять»
  new RegExp(
    String.raw`(?<![\p{L}\d])(?:против|годом\s+ранее\s*[–—-]|в\s+прошлом\s+году\s*[–—-])\s*${WORD}${END}`,
    'giu',
  ),
];

export function wordLevels(text: string, slice: string, offset: number, found: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const re of LEVEL_PLACES) {
    for (const m of slice.matchAll(re)) {
      const levels: Figure[] = [];
      let from = 0;
      for (const words of m.slice(1)) {
        if (!words) continue;
        const at = offset + m.index + m[0].indexOf(words, from);
        from = at - offset - m.index + words.length;
        const value = numberWords(words.split(/\s+/u));
        const end = at + words.length;
        // «с одной стороны до трёх»: every level of the comparison reads as a number, or none is taken.
        if (
          !value ||
          !Number.isInteger(value) ||
          [...found, ...out].some((f) => f.start < end && at < f.end)
        ) {
          levels.length = 0;
          break;
        }
        levels.push(bareCount(at, end, value, true));
      }
      out.push(...levels);
    }
  }
  return out;
}
