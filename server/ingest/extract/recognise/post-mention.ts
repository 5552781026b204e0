import { foldName } from '../../gazetteer/fold-name.ts';
import { tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { knownPost } from './post-bodies.ts';
import type { PostObject } from './post-object.ts';

/** A post from its title and object: the graph's post of that title in that body, else a new one. */
export function postMention(
  ctx: DocumentContext,
  sc: SentenceContext,
  { from: i, titleEnd, head }: { from: number; titleEnd: number; head: string },
  title: string,
  { to, body, place, district, before }: PostObject,
): Mention {
  const t = sc.tokens;
  // «руководитель ДП …» is the police body's head, whose post is «начальник» (other bodies' heads keep the word).
  if (/^руководител\p{L}*$/iu.test(title) && body && /полици/iu.test(body.name)) title = 'Начальник';
  const written = ctx.text.slice(t[titleEnd - 1]!.end, t[to - 1]!.end);
  // «Прокурор области», «начальник департамента»: the object is named in full from what it refers to.
  const referred = body?.inferredBasis ?? place?.inferredBasis;
  const rest = before
    ? ` ${genitivePhrase(ctx.morph, body!.name)}`
    : !referred
      ? written
      : !body && place?.label === 'City'
        ? ` города ${place.name}`
        : ` ${genitivePhrase(ctx.morph, (body ?? place)!.name)}`;
  const name = `${title}${rest}`.replace(/\s+/g, ' ');
  const entry = body?.existingId ? knownPost(ctx, title, body.existingId) : undefined;
  const span = tokenSpan(sc, i, to);
  const ref = ctx.builder.entity({
    key: entry
      ? `Position|${entry.id}`
      : `Position|new|${foldName(title)}|${body?.ref ?? place?.ref ?? foldName(written)}`,
    label: 'Position',
    name: entry?.name ?? name,
    existingId: entry?.id ?? null,
    mention: span,
    confidence: referred ? 0.7 : body || place ? 0.85 : 0.65,
  });
  return {
    ...span,
    label: 'Position',
    ref,
    name: entry?.name ?? name,
    existingId: entry?.id ?? null,
    from: i,
    to,
    agencyRef: body?.ref ?? null,
    ...(body?.inferredBasis ? { agencyBasis: body.inferredBasis } : {}),
    ...(place ? { regionId: place.regionId ?? null } : {}),
    generic: plural(ctx, head) || (!body && !place && !district),
  };
}

/** A plural title names people or generic addressees, not one post: positions.ts asks it too. */
export function plural(ctx: DocumentContext, word: string): boolean {
  if (/^руководств/iu.test(word)) return true;
  const parses = ctx.morph(word).filter((p) => p.tag.POS === 'NOUN');
  return parses.length > 0 && parses.every((p) => p.tag.NMbr === 'plur');
}
