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

/**
 * «раскрыто более половины преступлений», «уничтожено лишь около двух третей», «изъято почти три четверти»: a
 * share in words right after the participle of a result, no «процентов» written; read as its percentage. A share
 * opening its clause («две трети изъятого — синтетика») names what it is of and is read by fraction-shares.ts,
 * which also makes this figure a share indicator quoted from the participle.
 */
const FRACTION_AFTER_RESULT =
  /(?<=(?<![\p{L}])\p{L}{3,}[нт][оаы]\s+(?:(?:лишь|только|уже|всего|ещ[её])\s+)?)((?:(?:около|более|свыше|больше|почти|примерно|порядка|менее|меньше)\s+)?)(половин(?:а|ы|у)|трет(?:ь|и)|четверт(?:ь|и)|(?:две|двух)\s+трет(?:и|ей)|(?:три|тр[её]х)\s+четверт(?:и|ей))(?![\p{L}])/giu;
const SHARE: [RegExp, number][] = [
  [/^половин/u, 50],
  [/^(?:две|двух)\s/u, 66.7],
  [/^(?:три|тр[её]х)\s/u, 75],
  [/^трет/u, 33.3],
  [/^четверт/u, 25],
];

export function fractionPercents(
  slice: string,
  offset: number,
  qualifierOf: (before: string) => Figure['qualifier'],
): Figure[] {
  const out: Figure[] = [];
  for (const m of slice.matchAll(FRACTION_AFTER_RESULT)) {
    const words = m[2]!.toLowerCase();
    const value = SHARE.find(([re]) => re.test(words))![1];
    const start = offset + m.index + m[1]!.length;
    out.push({
      start,
      end: start + m[2]!.length,
      value,
      unit: '%',
      qualifier: qualifierOf(m[1]!),
      noun: null,
      isChange: false,
      direction: null,
    });
  }
  return out;
}
