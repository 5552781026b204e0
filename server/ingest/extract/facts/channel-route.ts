import { foldName } from '../../gazetteer/fold-name.ts';
import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { COUNTRY } from '../recognise/unknown-cities.ts';
import type { Span } from '../text/segment.ts';
import { regionSaidWith, SAID_REGION_BASIS, SAID_REGION_BASIS_RU } from './channel-region.ts';

const PLACE = String.raw`(?:(?:(?:города?|г\.|территори\p{L}*)\s*)?\p{Lu}[\p{L}-]+(?:\s+(?:\p{Lu}[\p{L}-]+|област\p{L}*|район\p{L}*|долин\p{L}*))?|(?:регион|област)\p{L}*(?:\s+\p{Lu}[\p{L}-]+)?|столиц\p{L}*)`;
const PREPOSITION = String.raw`(?:из|в|во|через|на|до)`;
/** «в Алматы в основном из Бишкека»: a hedge between legs leaves the route one. */
const HEDGE = String.raw`(?:\s+(?:в\s+основном|преимущественно|главным\s+образом|как\s+правило))?`;
const LEG = String.raw`${HEDGE}\s+${PREPOSITION}\s+${PLACE}(?:(?:\s*,\s*|\s+и\s+)${PLACE})*`;
/**
 * After the channel's head (or a verb of carrying): up to three words of commodity, amount or verb
 * («синтетических наркотиков», «вёл», «5 кг гашиша», a word in quotes: «синтетики»), then legs.
 */
const ROUTE = new RegExp(
  String.raw`^(?:\s+(?!${PREPOSITION}\s)[«"]?[\p{Ll}\d][\p{Ll}\d,-]*[»"]?){0,3}?(?:${LEG})+`,
  'u',
);
/** The span of a channel's route after its head («… из Бишкека через Кордай в Алматы»), if it has one. */
export function routeAfter(ctx: DocumentContext, sc: SentenceContext, at: number): Span | null {
  const m = ROUTE.exec(ctx.folded.slice(at, sc.sentence.end));
  return m ? { start: at, end: at + m[0].length } : null;
}

/**
 * A route's places: ORIGINATES_IN each city after «из» (a city nobody knows is proposed as new, a country is
 * skipped), DESTINED_FOR each region after «в» (a city stands for its region, inferred), nothing for «через»;
 * with no destination named, the release's region (inferred).
 */
export function relateRoute(
  ctx: DocumentContext,
  sc: SentenceContext,
  channel: Mention,
  route: Span | null,
  /** Set when the route is told in another sentence than the channel: why it is this channel's. */
  borrowed?: string,
): void {
  // A route told apart: the evidence spans both, and every place on it is inferred when in another sentence.
  const carrier =
    route && (borrowed || route.start >= channel.end)
      ? { ...channel, start: Math.min(channel.start, route.start), end: Math.max(channel.end, route.end) }
      : channel;
  const relate = (type: string, place: Mention, basis: string | null, confidence: number) =>
    relateTo(ctx, carrier, type, place, basis ?? borrowed ?? null, confidence);
  const legs = route ? legsOf(ctx, route) : [];
  const places = mentionsOf(sc, 'City', 'Region').filter(
    (p) => route && p.start >= route.start && p.end <= route.end,
  );
  let destination = false;
  for (const place of places) {
    const leg = legs.filter((l) => l.start <= place.start).at(-1)?.preposition;
    if (leg === 'из' && place.label === 'City') relate('ORIGINATES_IN', place, null, 0.8);
    if (leg === 'в' || leg === 'во' || leg === 'на' || leg === 'до') {
      destination = true;
      const region = place.label === 'Region' ? place : regionMention(ctx, place);
      if (region)
        relate(
          'DESTINED_FOR',
          region,
          region === place ? null : 'The channel led to this city, which lies in the region.',
          0.7,
        );
    }
  }
  // «поступали в область из Оренбурга», «в столицу»: the release's own region, named by a common noun.
  const home = destination ? undefined : homeDestination(ctx, legs, places);
  if (home) {
    destination = true;
    relate('DESTINED_FOR', home, null, 0.6);
  }
  for (const leg of legs.filter((l) => l.preposition === 'из'))
    unknownOrigins(ctx, sc, channel, leg, places, (city) => relate('ORIGINATES_IN', city, null, 0.7));
  const said = borrowed ? undefined : regionSaidWith(ctx, sc, channel);
  const region = said ?? ctx.mainRegion;
  if (destination || !region || places.some((p) => p.label === 'Region')) return;
  if (legs.some((l) => l.preposition !== 'из' && l.preposition !== 'через')) return;
  if (said)
    ctx.builder.relate({
      type: 'DESTINED_FOR',
      from: channel.ref,
      to: said.ref,
      evidence: { start: said.start, end: channel.end },
      basis: SAID_REGION_BASIS,
      basisRu: SAID_REGION_BASIS_RU,
      confidence: 0.55,
    });
  else
    relate(
      'DESTINED_FOR',
      region,
      'Cut by the police of this region, so the channels supplied it; the text names only their origins.',
      0.5,
    );
}

interface Leg extends Span {
  preposition: string;
}

const HOME_WORD = /^\s*(?:(област|регион)\p{L}*|(столиц)\p{L}*)(?!\s+\p{Lu})/iu;

/** The release's region when a leg into it names it by a common noun: «в область», «в регион», «в столицу» (Astana). */
function homeDestination(ctx: DocumentContext, legs: Leg[], places: Mention[]): Mention | undefined {
  const region = ctx.mainRegion;
  if (!region) return undefined;
  for (const leg of legs) {
    if (leg.preposition !== 'в' && leg.preposition !== 'во') continue;
    const word = HOME_WORD.exec(ctx.folded.slice(leg.end, leg.end + 40));
    if (!word || places.some((p) => p.start >= leg.end && p.start <= leg.end + 2)) continue;
    if (word[2] && !/астан/iu.test(region.name)) continue;
    return region;
  }
  return undefined;
}

function legsOf(ctx: DocumentContext, route: Span): Leg[] {
  const text = ctx.folded.slice(route.start, route.end);
  return [...text.matchAll(new RegExp(String.raw`(?<=\s)${PREPOSITION}(?=\s)`, 'giu'))].map((m) => ({
    preposition: m[0].toLowerCase(),
    start: route.start + m.index,
    end: route.start + m.index + m[0].length,
  }));
}

/** «из Бишкека»: a capitalised place after «из» the gazetteer does not know, and no country, is a new City. */
function unknownOrigins(
  ctx: DocumentContext,
  sc: SentenceContext,
  channel: Mention,
  leg: Leg,
  known: Mention[],
  origin: (city: Mention) => void,
): void {
  const i = sc.tokens.findIndex((t) => t.start > leg.end);
  const next = sc.tokens[i];
  if (!next || !/^\p{Lu}\p{Ll}/u.test(next.text) || COUNTRY.test(next.text)) return;
  // «из Шуской долины», «из Алматинской области»: an adjective or a following noun names no city.
  const after = sc.tokens[i + 1]?.text ?? '';
  const phrase =
    /^\p{Ll}/u.test(after) && !/^(?:в|во|и|через|на|до|для|с|со|по|к|ко|а|где|транзитом)$/u.test(after);
  if (phrase || /(?:ой|ей|ий|ый|ая|яя|ого|его|ую|юю|ых|их)$/u.test(next.text)) return;
  if (known.some((p) => p.start <= next.start && p.end >= next.end)) return;
  if (sc.mentions.some((m) => m !== channel && m.start <= next.start && m.end >= next.end)) return;
  const name = nominativePhrase(ctx.morph, [next.text]);
  const ref = ctx.builder.entity({
    key: `City|new|${foldName(name)}`,
    label: 'City',
    name,
    existingId: null,
    mention: next,
    confidence: 0.6,
  });
  origin({ ...next, label: 'City', ref, name, existingId: null, from: 0, to: 0 });
}

function relateTo(
  ctx: DocumentContext,
  channel: Mention,
  type: string,
  place: Mention,
  basis: string | null,
  confidence: number,
) {
  ctx.builder.relate({ type, from: channel.ref, to: place.ref, evidence: channel, basis, confidence });
}

/** The region mention a city lies in, if the release names that region. */
export function regionMention(ctx: DocumentContext, city: Mention): Mention | undefined {
  if (!city.regionId) return undefined;
  return ctx.sentences
    .flatMap((s) => s.mentions)
    .find((m) => m.label === 'Region' && m.existingId === city.regionId);
}
