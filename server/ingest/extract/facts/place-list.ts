import { between, type DocumentContext, type Mention } from '../context.ts';

/** «, », « и », «, а также », « и городе »: what joins two places of one list. */
const JOINED = /^\s*(?:,|и|,\s*а также)\s*(?:в\s+)?(?:(?:городе|городах|г\.|области|районе)\s+)?$/u;

/**
 * The place and those listed right after it («в Туркестанской, Жамбылской, Алматинской областях и городе
 * Шымкент»): each one joined to the one before it by a comma or «и» alone. `places` is in text order.
 */
export function placeList(ctx: DocumentContext, places: readonly Mention[], first: Mention): Mention[] {
  const out = [first];
  for (const next of places.slice(places.indexOf(first) + 1)) {
    const last = out[out.length - 1]!;
    if (next.start < last.end) continue;
    if (!JOINED.test(between(ctx, last.end, next.start))) break;
    out.push(next);
  }
  return out;
}
