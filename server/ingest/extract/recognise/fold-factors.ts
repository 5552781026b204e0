import type { Figure } from './figure.ts';

/**
 * «двукратный рост числа фактов сбыта», «трёхкратное увеличение изъятий», «почти двукратное снижение», «число
 * притонов сократилось двукратно»: a factor of change told by an adjective or adverb of «-кратный», like «в 2
 * раза». The noun after it, or the verb before, gives the direction. The text is read with ё as е.
 */
const FOLD =
  /(?<![\p{L}\d])(полуторакратн|двукратн|трехкратн|четырехкратн|пятикратн|шестикратн|десятикратн)(?:ый|ое|ая|ого|ому|ым|ом|ую|ой|о)(?![\p{L}\d])/giu;
const FACTOR: Record<string, number> = {
  полуторакратн: 1.5,
  двукратн: 2,
  трехкратн: 3,
  четырехкратн: 4,
  пятикратн: 5,
  шестикратн: 6,
  десятикратн: 10,
};
const UP_NOUN = /^\s+(?:рост|прирост|увеличени|превышени)/iu;
const DOWN_NOUN = /^\s+(?:снижени|сокращени|уменьшени|падени)/iu;

export function foldFactors(
  text: string,
  slice: string,
  offset: number,
  directionAt: (start: number, end: number) => Figure['direction'],
): Figure[] {
  const out: Figure[] = [];
  for (const m of slice.matchAll(FOLD)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 20);
    // «в двукратном размере» (a fine), «двукратный чемпион»: a size or a title, no change.
    const direction = UP_NOUN.test(after) ? 'up' : DOWN_NOUN.test(after) ? 'down' : directionAt(start, end);
    if (!direction) continue;
    out.push({
      start,
      end,
      value: FACTOR[m[1]!.toLowerCase()]!,
      unit: 'times',
      qualifier: 'exactly',
      noun: null,
      isChange: true,
      direction,
    });
  }
  return out;
}
