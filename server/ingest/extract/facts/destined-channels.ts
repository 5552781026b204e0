import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { regionMention, routeAfter } from './channel-route.ts';

/** «предназначался для сбыта в Петропавловске», «предназначались для Алматы»: where the drugs were bound. */
const BOUND =
  /(?<!\p{L})предназнач\p{L}*\s+для(?:\s+(?:дальнейшего\s+)?(?:сбыта|реализации|распространения))?(?=\s)/iu;
/** «груз приобретён через тайник в Алматы», «получил в Шымкенте партию»: where the drugs were taken on. */
const TAKEN_ON =
  /(?<!\p{L})(?:приобрет|приобрел|купил|куплен|получил|получен)\p{L}*(?:\s+[\p{Ll}-]+){0,3}?\s+в\s+$/iu;

export interface BoundRoute {
  /** From the verb of taking on (or of being bound) to the last destination. */
  span: Span;
  /** The destinations, as a route for channel-route.ts («в Петропавловске и Кокшетау»), when said with «в». */
  route: Span | null;
  /** Destinations said in the genitive after «для» («для Алматы»). */
  destinations: Mention[];
  origin?: Mention;
}

/**
 * Drugs bound for a place, with where they were taken on if the sentence says it: «груз приобретён через
 * тайник в Алматы и предназначался для сбыта в Петропавловске и Кокшетау», «гашиш … предназначался для
 * Алматы». The genre's way of telling a supply channel from its destination end.
 */
export function boundRoute(ctx: DocumentContext, sc: SentenceContext): BoundRoute | undefined {
  const bound = BOUND.exec(sc.sentence.text);
  if (!bound) return undefined;
  const after = sc.sentence.start + bound.index + bound[0].length;
  const route = routeAfter(ctx, sc, after);
  const places = mentionsOf(sc, 'City', 'Region');
  const destinations = route ? [] : listAt(ctx, places, after);
  if (!route && destinations.length === 0) return undefined;
  const origin = places.find(
    (p) =>
      p.end <= after && TAKEN_ON.test(ctx.folded.slice(Math.max(sc.sentence.start, p.start - 60), p.start)),
  );
  const start = origin ? originVerb(ctx, sc, origin) : sc.sentence.start + bound.index;
  const end = route?.end ?? destinations.at(-1)!.end;
  return { span: { start, end }, route, destinations, origin };
}

/** The places listed right after `at` («для Алматы», «для Астаны и Караганды»). */
function listAt(ctx: DocumentContext, places: Mention[], at: number): Mention[] {
  const out: Mention[] = [];
  let from = at;
  for (const p of places.filter((q) => q.start >= at)) {
    if (!/^(?:\s*,\s*|\s+и\s+|\s+)$/u.test(ctx.folded.slice(from, p.start))) break;
    out.push(p);
    from = p.end;
  }
  return out;
}

function originVerb(ctx: DocumentContext, sc: SentenceContext, origin: Mention): number {
  const before = ctx.folded.slice(Math.max(sc.sentence.start, origin.start - 60), origin.start);
  const m = TAKEN_ON.exec(before);
  return m ? origin.start - before.length + m.index : origin.start;
}

/** The ends a bound route says apart from its legs: where it was taken on, and places after «для». */
export function relateBound(ctx: DocumentContext, channel: Mention, bound: BoundRoute): void {
  const relate = (type: string, place: Mention) =>
    ctx.builder.relate({ type, from: channel.ref, to: place.ref, evidence: channel, confidence: 0.65 });
  if (bound.origin?.label === 'City') relate('ORIGINATES_IN', bound.origin);
  for (const place of bound.destinations) {
    const region = place.label === 'Region' ? place : regionMention(ctx, place);
    if (region === place) relate('DESTINED_FOR', region);
    else if (region)
      ctx.builder.relate({
        type: 'DESTINED_FOR',
        from: channel.ref,
        to: region.ref,
        evidence: channel,
        basis: 'The channel led to this city, which lies in the region.',
        confidence: 0.6,
      });
  }
}
