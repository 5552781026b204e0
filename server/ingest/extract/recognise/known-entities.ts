import type { GazetteerEntry } from '../../draft.ts';
import { foldName } from '../../gazetteer/fold-name.ts';
import { isModifier, isTitle } from './post-words.ts';
import { cityOrRegion } from './republican-cities.ts';
import { regionOf } from './region-of.ts';
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
    // «КПН МВД»: the parent's abbreviation after a body's is part of its name, and says whose part it is.
    const parent = entry.label === 'Agency' ? parentAfter(ctx, sc, entry, match.to) : undefined;
    const to = parent?.to ?? match.to;
    if (foreignToDocument(ctx, entry)) {
      sc.mentions.push(newMentionLike(ctx, entry, sc, match.from, to));
    } else {
      const mention = linkedMention(ctx, entry, sc, match.from, to, 0.9);
      if (entry.label === 'Position')
        mention.agencyRef = innerBody(ctx, sc, entry, match.from, match.to)?.ref ?? null;
      sc.mentions.push(mention);
      if (parent) {
        const inner = linkedMention(ctx, parent.entry, sc, parent.from, parent.to, 0.85);
        sc.mentions.push(inner);
        ctx.builder.relate({
          type: 'PART_OF',
          from: mention.ref,
          to: inner.ref,
          evidence: mention,
          confidence: 0.8,
        });
      }
    }
    i = to - 1;
  }
}

/** The parent body's abbreviation right after a body («КПН МВД», «ДП МВД»), when the graph says it is its parent. */
function parentAfter(ctx: DocumentContext, sc: SentenceContext, entry: GazetteerEntry, at: number) {
  const token = sc.tokens[at];
  if (!token?.abbreviation || covered(sc, at)) return undefined;
  return ctx.index
    .matchAt(sc.tokens, at)
    .find((m) => m.entry.label === 'Agency' && m.to === at + 1 && (entry.context ?? []).includes(m.entry.id));
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

function* range(from: number, to: number) {
  for (let k = from; k < to; k++) yield k;
}
