import type { DocumentContext } from '../context.ts';

/** «Приказом начальника ДП … от 1 сентября 2025 года произведены назначения»: the order and its date. */
const ORDER = /(?<![\p{L}])(?:приказ|указ|распоряжени|постановлени)\p{L}*(?:\s+[^\s.;]+){0,8}?\s+от\s+$/iu;
const APPOINTMENTS = /назначени|назначен/iu;

const cache = new WeakMap<DocumentContext, { date: string } | null>();

/**
 * The date of the order a release's appointments were made by, when a sentence names one with the
 * appointments («Приказом … от 1 сентября 2025 года произведены назначения …»): the posts it fills are held
 * from then, not from the day the release was published. A day is needed; a year alone says too little.
 */
export function appointmentOrderDate(ctx: DocumentContext): { date: string } | null {
  if (cache.has(ctx)) return cache.get(ctx)!;
  let found: { date: string } | null = null;
  for (const sc of ctx.sentences) {
    if (!APPOINTMENTS.test(sc.sentence.text)) continue;
    const time = sc.times.find(
      (t) =>
        t.date?.length === 10 &&
        !t.deadline &&
        !t.range &&
        ORDER.test(ctx.folded.slice(Math.max(sc.sentence.start, t.start - 120), t.start)),
    );
    if (time?.date) {
      found = { date: time.date };
      break;
    }
  }
  cache.set(ctx, found);
  return found;
}
