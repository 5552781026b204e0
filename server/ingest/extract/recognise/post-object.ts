import { covered, tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { districtObjectEnd } from './district-object.ts';
import { bodyReferredTo, ministryAt } from './post-bodies.ts';
import { GENERIC_OBJECTS } from './post-words.ts';

// positions.ts finds a post's title; this reads what the title is of (the words after it), and
// post-mention.ts names the post from the two.

export interface PostObject {
  to: number;
  body?: Mention;
  place?: Mention;
  /** «аким Каратальского района»: a district without a node of its own. */
  district?: boolean;
  /** «в ДП … на должность заместителя начальника»: the body named before the title. */
  before?: boolean;
}

/** What follows a title: a body, a ministry by its field, a place, a body referred back to, generic objects. */
export function postObject(ctx: DocumentContext, sc: SentenceContext, at: number): PostObject {
  const body =
    sc.mentions.find((m) => m.label === 'Agency' && m.from === at) ??
    ministryAt(ctx, sc, at) ??
    bodyReferredTo(ctx, sc, at);
  if (body) return { to: body.to, body };
  const place =
    sc.mentions.find((m) => (m.label === 'Region' || m.label === 'City') && m.from === at) ??
    cityAfterWord(ctx, sc, at);
  if (place) return { to: place.to, place };
  const district = districtObjectEnd(ctx, sc, at);
  if (district) return { to: district, district: true };
  let to = at;
  const generic = (k: number) =>
    k < sc.tokens.length && !covered(sc, k) && [...sc.tokens[k]!.forms].some((f) => GENERIC_OBJECTS.has(f));
  // «начальникам городских и районных отделов полиции»: «и» joins two of them.
  while (to - at < 5 && (generic(to) || (to > at && sc.tokens[to]?.text === 'и' && generic(to + 1)))) to++;
  return { to };
}

/**
 * «аким города Актау»: the word «города» before the city's name is part of the post's object. «заместителя
 * акима города» with no name: the city the release names most, when it names one (inferred).
 */
function cityAfterWord(ctx: DocumentContext, sc: SentenceContext, at: number): Mention | undefined {
  const word = sc.tokens[at];
  if (!word || covered(sc, at) || !/^города$/iu.test(word.text)) return undefined;
  const named = sc.mentions.find((m) => m.label === 'City' && m.from === at + 1);
  if (named) return { ...named, start: word.start, from: at };
  if (!/^акима|^прокурора/iu.test(sc.tokens[at - 1]?.text ?? '')) return undefined;
  const counts = new Map<string, { city: Mention; n: number }>();
  for (const m of ctx.sentences.flatMap((s) => s.mentions))
    if (m.label === 'City') {
      const seen = counts.get(m.ref) ?? { city: m, n: 0 };
      counts.set(m.ref, { ...seen, n: seen.n + 1 });
    }
  const [top, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  if (!top || (second && second.n === top.n)) return undefined;
  return {
    ...top.city,
    ...tokenSpan(sc, at, at + 1),
    from: at,
    to: at + 1,
    inferredBasis: `«${word.text}» names the city the release is about, ${top.city.name}.`,
  };
}
