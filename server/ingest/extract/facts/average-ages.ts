import type { DocumentContext } from '../context.ts';
import { emitIndicator } from './emit-indicator.ts';

// «Средний возраст задержанных закладчиков — 21 год», «Средний возраст пациентов составляет 23 года»,
// «средний возраст потребителей снизился до 22 лет»: an average age is a figure of a group the release counts,
// and annotators mark it as an Indicator in years every time. Ages of one person («27-летний») stay no figure:
// figures.ts reads no age, so this reader finds the number itself.

/** «средний возраст» and up to six words of whose it is, the link word, then the age in years. */
const AVERAGE_AGE =
  /(?<!\p{L})средн(?:ий|его|ем|им)\s+возраст\p{L}*((?:\s+(?!составл|снизил|вырос|увеличил|уменьшил|сократил|помолодел|равен|был|остается|остаётся)[\p{L}«»-]+){0,6}?)\s*(?:[—–-]\s*|\s(?:составля\p{L}*|составил\p{L}*|равен|был|остается|остаётся)\s+|\s(снизил|уменьшил|сократил|вырос|увеличил|повысил)\p{L}*\s+(?:с\s+\d{1,2}\s+)?до\s+)(?:около\s+|почти\s+|примерно\s+)?(\d{1,2}(?:,\d)?)\s+(?:год|года|лет)(?!\p{L})/giu;

/** An Indicator in years for each average age the text gives, with the direction its verb says. */
export function findAverageAges(ctx: DocumentContext): void {
  for (const sc of ctx.sentences) {
    const text = ctx.folded.slice(sc.sentence.start, sc.sentence.end);
    for (const m of text.matchAll(AVERAGE_AGE)) {
      const start = sc.sentence.start + m.index;
      const end = start + m[0].length;
      const whose = m[1]!.trim();
      const at = start + m[0].indexOf(whose);
      const phrase = whose ? `средний возраст ${ctx.text.slice(at, at + whose.length)}` : 'средний возраст';
      const moved = m[2]?.toLowerCase();
      emitIndicator(ctx, sc, phrase, { start, end }, false, {
        value: Number(m[3]!.replace(',', '.')),
        unit: 'years',
        ...(moved ? { direction: /^(?:снизил|уменьшил|сократил)/u.test(moved) ? 'down' : 'up' } : {}),
      });
    }
  }
}
