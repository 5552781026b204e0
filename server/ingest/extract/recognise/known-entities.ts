import type { GazetteerEntry } from '../../draft.ts';
import { foldName } from '../../gazetteer/fold-name.ts';
import { isModifier, isTitle } from './post-words.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { covered, tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

const SCANNED = new Set(['Region', 'City', 'Agency', 'Position']);

/**
 * Marks every place, body and post the gazetteer knows (by lemmas, so any case form), longest match first,
 * on words no earlier recogniser took. A city of republican significance written as a city ("из Астаны")
 * is the City; "город Астана" in a body's name is the Region.
 */
export function findKnownEntities(ctx: DocumentContext, sc: SentenceContext): void {
  for (let i = 0; i < sc.tokens.length; i++) {
    if (covered(sc, i)) continue;
    const match = ctx.index
      .matchAt(sc.tokens, i)
      .find((m) => SCANNED.has(m.entry.label) && ![...range(m.from, m.to)].some((k) => covered(sc, k)));
    if (!match) continue;
    // "заместитель министра внутренних дел" is not the minister: a title before a known post makes a new post.
    if (
      match.entry.label === 'Position' &&
      i > 0 &&
      (isTitle(sc.tokens[i - 1]!) || isModifier(sc.tokens[i - 1]!))
    )
      continue;
    const entry = cityOrRegion(ctx, sc, match.entry, i);
    if (foreignToDocument(ctx, entry)) {
      sc.mentions.push(newMentionLike(ctx, entry, sc, match.from, match.to));
    } else {
      const mention = linkedMention(ctx, entry, sc, match.from, match.to, 0.9);
      if (entry.label === 'Position')
        mention.agencyRef = innerBody(ctx, sc, entry, match.from, match.to)?.ref ?? null;
      sc.mentions.push(mention);
    }
    i = match.to - 1;
  }
}

/**
 * A city of republican significance is a City («из Астаны», «житель Алматы») unless it stands for its region:
 * when the document is about it (the Almaty city police's release) or a channel leads into it («каналы
 * поставки … в Алматы и Астану»). "город Астана" in a body's name is the Region.
 */
function cityOrRegion(ctx: DocumentContext, sc: SentenceContext, entry: GazetteerEntry, at: number) {
  const city = (id: string) => ctx.index.get(id)?.label === 'City';
  if (entry.label === 'Region' && /^город /i.test(entry.name)) {
    const inner = entry.context?.find(city);
    return inner ? ctx.index.get(inner)! : entry;
  }
  if (entry.label !== 'City') return entry;
  const region = regionOf(ctx, entry);
  const regionEntry = region ? ctx.index.get(region) : undefined;
  if (!regionEntry || !/^город /i.test(regionEntry.name)) return entry;
  return region === ctx.homeRegionId || channelDestination(ctx, sc, at) ? regionEntry : entry;
}

/** The place at token `at` is where a channel leads: «канал … в Алматы и Астану» (the list after «в»). */
function channelDestination(ctx: DocumentContext, sc: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (/^\p{Lu}/u.test(sc.tokens[k]!.text) || sc.tokens[k]!.text === 'и')) k--;
  const preposition = sc.tokens[k]?.text.toLowerCase();
  if (preposition !== 'в' && preposition !== 'во') return false;
  return /канал/iu.test(ctx.folded.slice(sc.sentence.start, sc.tokens[k]!.start));
}

/** Registers a gazetteer entry as a linked entity and returns its mention. */
export function linkedMention(
  ctx: DocumentContext,
  entry: GazetteerEntry,
  sc: SentenceContext,
  from: number,
  to: number,
  confidence: number,
): Mention {
  const span = tokenSpan(sc, from, to);
  const ref = ctx.builder.entity({
    key: `${entry.label}|${entry.id}`,
    label: entry.label,
    name: entry.name,
    existingId: entry.id,
    mention: span,
    confidence,
  });
  return {
    ...span,
    label: entry.label,
    ref,
    name: entry.name,
    existingId: entry.id,
    from,
    to,
    regionId: regionOf(ctx, entry),
  };
}

/**
 * The body named inside a known post's words, when the graph says the post is in it: "МВД РК" in "первый
 * заместитель министра МВД РК", the ministry in "министра внутренних дел РК".
 */
function innerBody(
  ctx: DocumentContext,
  sc: SentenceContext,
  post: GazetteerEntry,
  from: number,
  to: number,
): Mention | undefined {
  for (let k = from + 1; k < to; k++) {
    const direct = ctx.index
      .matchAt(sc.tokens, k)
      .find((m) => m.entry.label === 'Agency' && m.to <= to && (post.context ?? []).includes(m.entry.id));
    if (direct) return pushed(sc, linkedMention(ctx, direct.entry, sc, k, direct.to, 0.85));
    if (!sc.tokens[k - 1]!.forms.has('министр')) continue;
    const words = ctx.text.slice(sc.tokens[k]!.start, sc.tokens[to - 1]!.end);
    const ministry = ctx.index.byName(`Министерство ${words}`, 'Agency')[0];
    if (ministry && (post.context ?? []).includes(ministry.id))
      return pushed(sc, linkedMention(ctx, ministry, sc, k, to, 0.8));
  }
  return undefined;
}

function pushed(sc: SentenceContext, mention: Mention): Mention {
  sc.mentions.push(mention);
  return mention;
}

/**
 * A body or post tied to other regions than the ones this document names ("службы областной полиции" of
 * another region's release) is proposed as new, with the known one as an alternative.
 */
function foreignToDocument(ctx: DocumentContext, entry: GazetteerEntry): boolean {
  if (entry.label !== 'Agency' && entry.label !== 'Position') return false;
  if (ctx.docRegions.size === 0) return false;
  const regions = entryRegions(ctx, entry);
  return regions.size > 0 && ![...regions].some((r) => ctx.docRegions.has(r));
}

function entryRegions(ctx: DocumentContext, entry: GazetteerEntry): Set<string> {
  const out = new Set<string>();
  for (const id of entry.context ?? []) {
    const near = ctx.index.get(id);
    if (near?.label === 'Region') out.add(id);
    if (near?.label === 'Agency')
      for (const far of near.context ?? []) if (ctx.index.get(far)?.label === 'Region') out.add(far);
  }
  return out;
}

function newMentionLike(
  ctx: DocumentContext,
  entry: GazetteerEntry,
  sc: SentenceContext,
  from: number,
  to: number,
): Mention {
  const span = tokenSpan(sc, from, to);
  const name = nominativePhrase(
    ctx.morph,
    sc.tokens.slice(from, to).map((t) => t.text),
  );
  const ref = ctx.builder.entity({
    key: `${entry.label}|new|${foldName(name)}`,
    label: entry.label,
    name,
    existingId: null,
    alternatives: [{ id: entry.id, name: entry.name, score: 0.4 }],
    mention: span,
    confidence: 0.6,
  });
  return { ...span, label: entry.label, ref, name, existingId: null, from, to, regionId: null };
}

/** The region an entry is, lies in, or has jurisdiction over. */
export function regionOf(ctx: DocumentContext, entry: GazetteerEntry): string | null {
  if (entry.label === 'Region') return entry.id;
  for (const id of entry.context ?? []) if (ctx.index.get(id)?.label === 'Region') return id;
  return null;
}

function* range(from: number, to: number) {
  for (let k = from; k < to; k++) yield k;
}
