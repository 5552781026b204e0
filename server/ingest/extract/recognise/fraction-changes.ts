import type { Figure } from './figure.ts';

/**
 * «на треть больше, чем годом ранее», «сократилось на четверть», «выросло наполовину», «на две трети меньше»: a
 * change told as a share in words is a change in per cent, like «на 33,3 %». The span starts after «на», where a
 * change in digits would start, so what reads «…, что на 12 %» reads these too.
 */
const FRACTION_CHANGE =
  /(?<![\p{L}\d])(?:на\s+((?:одну\s+)?треть|(?:одну\s+)?четверть|две\s+трети|три\s+четверти|(?:одну\s+)?пятую(?:\s+часть)?|половину)|(наполовину))(?![\p{L}\d])/giu;

function share(words: string): number {
  const w = words.toLowerCase().replace(/\s+/gu, ' ');
  if (w.startsWith('две трети')) return 66.7;
  if (w.startsWith('три четверти')) return 75;
  if (w.includes('треть')) return 33.3;
  if (w.includes('четверть')) return 25;
  if (w.includes('пятую')) return 20;
  return 50;
}

export function fractionChanges(
  text: string,
  slice: string,
  offset: number,
  directionAt: (start: number, end: number) => Figure['direction'],
): Figure[] {
  const out: Figure[] = [];
  for (const m of slice.matchAll(FRACTION_CHANGE)) {
    const words = (m[1] ?? m[2])!;
    const start = offset + m.index + m[0].length - words.length;
    const end = start + words.length;
    // «на половину срока», «на треть территории»: a share of something named after it is no change.
    if (/^\s+(?:срок|территори|площад|част|суммы|объем|объём)/iu.test(text.slice(end, end + 15))) continue;
    const direction = directionAt(start, end);
    // Without a word of growth or fall around it the share says nothing of a change.
    if (!direction) continue;
    out.push({
      start,
      end,
      value: share(words),
      unit: '%',
      qualifier: 'exactly',
      noun: null,
      isChange: true,
      direction,
    });
  }
  return out;
}
