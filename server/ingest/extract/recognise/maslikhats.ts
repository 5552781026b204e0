import { foldName } from '../../gazetteer/fold-name.ts';
import { tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { placeAfter } from './body-places.ts';

/** «областного», «городского», «районного»: the level of a maslikhat written as an adjective. */
const LEVEL = /^(?:областн|городск|районн)\p{L}+$/iu;

/**
 * A local representative body, the maslikhat, as the press names it: «маслихата области Ұлытау», «маслихат
 * Карагандинской области», «Жамбылского областного маслихата» (named with its adjectives, in the nominative),
 * «областного маслихата» (the release's region). A bare «маслихат» or «районного маслихата» after one is
 * named is that one again; before any, a bare «маслихата» of a region's release is its region's.
 */
export function maslikhatAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const t = sc.tokens;
  let head = i;
  // «Жамбылского областного маслихата»: up to two adjectives before the word.
  while (
    head < i + 2 &&
    t[head] &&
    !t[head]!.forms.has('маслихат') &&
    /^\p{L}+(?:ого|ой|ом|ый|ий)$/iu.test(t[head]!.text)
  )
    head++;
  if (!t[head]?.forms.has('маслихат')) return null;
  const adjectives = t.slice(i, head).map((x) => x.text);
  const level = adjectives.find((a) => LEVEL.test(a));
  const proper = adjectives.find((a) => !LEVEL.test(a));
  // «депутаты маслихата и акимата»: only a level or a place word before it, nothing else.
  if (adjectives.length > 0 && !level) return null;
  const place = placeAfter(ctx, sc, head + 1);
  const explicit = place && !place.implied && place.entry ? place : null;
  const to = explicit ? explicit.to : head + 1;
  const span = tokenSpan(sc, i, to);
  let name: string | undefined;
  if (proper) name = nominativePhrase(ctx.morph, [...adjectives, t[head]!.text]);
  else if (explicit) name = `Маслихат${ctx.text.slice(t[head]!.end, t[to - 1]!.end)}`;
  // «районного маслихата» after the region's maslikhat is another body, the district's.
  const earlier = name || (level && !/^областн/iu.test(level)) ? undefined : named.get(ctx);
  if (earlier) {
    ctx.builder.addMention(earlier.ref, span);
    return push(sc, {
      ...span,
      label: 'Agency',
      ref: earlier.ref,
      name: earlier.name,
      existingId: null,
      from: i,
      to,
    });
  }
  // «депутаты районного маслихата» read at «маслихата»: the level word was read before, and refused.
  if (adjectives.length === 0 && LEVEL.test(t[i - 1]?.text ?? '')) return null;
  if (!name && level && /^районн/iu.test(level)) {
    // «аким Кордайского района …, депутаты районного маслихата»: the district named last before it.
    const district = [
      ...ctx.text.slice(0, span.start).matchAll(/(?<!\p{L})(\p{Lu}\p{L}+ского)\s+района/gu),
    ].at(-1);
    if (!district) return null;
    name = `Маслихат ${district[1]} района`;
  }
  if (!name) {
    // «областного маслихата», «маслихата» in a region's release: that region's.
    const region = ctx.homeRegionId ? ctx.index.get(ctx.homeRegionId) : undefined;
    if (!region || (level && !/^областн/iu.test(level))) return null;
    name = `Маслихат ${genitivePhrase(ctx.morph, region.name)}`;
  }
  const regionId = explicit?.regionId ?? ctx.homeRegionId ?? null;
  // «депутатами маслихата» in the headline, «Жамбылского областного маслихата» in the lead: one body, named
  // as the lead names it.
  const before = level && /^районн/iu.test(level) ? undefined : named.get(ctx);
  const renamed = before && guessed.has(before) ? ctx.builder.entityByRef(before.ref) : undefined;
  if (renamed) {
    renamed.name = name;
    ctx.builder.addMention(renamed.ref, span);
  }
  const ref =
    renamed?.ref ??
    ctx.builder.entity({
      key: `Agency|new|${foldName(name)}`,
      label: 'Agency',
      name,
      existingId: null,
      mention: span,
      confidence: 0.7,
    });
  const mention = push(sc, { ...span, label: 'Agency', ref, name, existingId: null, from: i, to, regionId });
  if (!named.has(ctx) || renamed) named.set(ctx, mention);
  if (!proper && !explicit) guessed.add(mention);
  return mention;
}

const named = new WeakMap<DocumentContext, Mention>();
/** Named after the release's region, not as written: a later written name replaces it. */
const guessed = new WeakSet<Mention>();

function push(sc: SentenceContext, mention: Mention): Mention {
  sc.mentions.push(mention);
  return mention;
}
