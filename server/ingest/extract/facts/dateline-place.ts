import type { DocumentContext, Mention } from '../context.ts';
import { isDateline } from '../recognise/dateline.ts';

/** Lines from the top and from the bottom where a dateline may stand. */
const LINES_CHECKED = 3;

/**
 * The city of the release's dateline («Караганда, 21 октября 2025 года», «17 июля 2025 г., Туркестан»), if
 * the gazetteer knows it: a meeting the release reports without naming a place was held there.
 */
export function datelineCity(ctx: DocumentContext): Mention | undefined {
  const last = ctx.sentences.at(-1)?.sentence.paragraph ?? 0;
  for (const sc of ctx.sentences) {
    const { paragraph } = sc.sentence;
    if (paragraph >= LINES_CHECKED && paragraph <= last - LINES_CHECKED) continue;
    if (!isDateline(sc.sentence.text)) continue;
    const city = sc.mentions.find((m) => m.label === 'City');
    if (city) return city;
  }
  return undefined;
}

/** OCCURRED_IN the dateline's city, for a meeting that names no place of its own (inferred). */
export function relateDatelinePlace(ctx: DocumentContext, meeting: Mention, city: Mention): void {
  const line = ctx.sentences.find((sc) => sc.sentence.start <= city.start && sc.sentence.end >= city.end);
  ctx.builder.relate({
    type: 'OCCURRED_IN',
    from: meeting.ref,
    to: city.ref,
    evidence: line ? line.sentence : city,
    basis: 'The release is datelined in this city and names no other place for the meeting.',
    confidence: 0.6,
  });
}
