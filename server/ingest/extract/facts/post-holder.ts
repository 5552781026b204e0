import { lemmas } from '../morphology/az-morph.ts';
import { TITLE_NOUNS } from '../recognise/post-words.ts';
import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

/**
 * «Заместитель акима поручил …», «заместитель министра отметил …, и поручил …»: the subject of a verb is a post
 * (in the nominative) whose holder the release named before. Returns that person, placed at the post's words,
 * or nothing when no one (or more than one person) holds it now in this release.
 */
export function holderOfSubjectPost(
  ctx: DocumentContext,
  sc: SentenceContext,
  verbAt: number,
): Mention | undefined {
  const post = mentionsOf(sc, 'Position')
    .filter((p) => p.end <= verbAt)
    .at(-1);
  if (!post || /[;:]/.test(between(ctx, post.end, verbAt))) return undefined;
  if (mentionsOf(sc, 'Person', 'Position').some((m) => m.start >= post.end && m.end <= verbAt))
    return undefined;
  const head = ctx.text.slice(post.start, post.end).split(/\s+/)[0]!.toLowerCase();
  // The dictionary lacks «аким»: a title written as its own lemma is nominative too.
  const nominative =
    TITLE_NOUNS.has(head) || ctx.morph(head).some((p) => p.tag.CAse === 'nomn' && p.score > 0.2);
  if (!nominative) return undefined;
  const holders = new Map<string, Mention>();
  for (const earlier of ctx.sentences.slice(0, sc.index + 1))
    for (const person of mentionsOf(earlier, 'Person'))
      if (
        person.start < post.start &&
        ctx.builder
          .relationshipsFrom('HOLDS', person.ref)
          .some((r) => r.to === post.ref && r.properties.current !== false)
      )
        holders.set(person.ref, person);
  if (holders.size !== 1) return undefined;
  const [person] = holders.values();
  return { ...person!, start: post.start, end: post.end };
}

/**
 * «Он поручил Бекзату Оразалину …», «По его поручению … предписано …»: a verb whose subject (or whose
 * order) is a pronoun before it; the person is the last
 * one named in the sentence before (the release goes on about the one it has just named).
 */
export function pronounSubject(
  ctx: DocumentContext,
  sc: SentenceContext,
  verbAt: number,
): Mention | undefined {
  // «По его поручению начальникам отделов … предписано …»: whose order it is, told by the pronoun.
  const before = between(ctx, sc.sentence.start, verbAt);
  if (
    !/(?:^|[\s,])(?:он|она)\s+(?:также\s+|и\s+)?$/iu.test(before) &&
    !/^(?:[^.;]*\s)?по\s+(?:его|е[её])\s+(?:поручению|указанию)\s/iu.test(before)
  )
    return undefined;
  if (mentionsOf(sc, 'Person').some((p) => p.end <= verbAt)) return undefined;
  const previous = ctx.sentences[sc.index - 1];
  return previous ? mentionsOf(previous, 'Person').at(-1) : undefined;
}

/**
 * «Вице-министр поручил …», «Прокурор потребовал …»: a bare title as the subject, with no post mention to
 * hold on to. Its holder is the one person named before who holds a post now whose name begins with that
 * title («вице-министр» is «заместитель министра»), placed at the title's words.
 */
export function holderOfBareTitle(
  ctx: DocumentContext,
  sc: SentenceContext,
  verbAt: number,
): Mention | undefined {
  // «Замминистра», «замакима», «замначальника»: «зам» joined to the title in the genitive.
  const bare = /^(\s*)(вице-|зам(?!ести)(?=\p{Ll}{4}))?(\p{L}+)\s+$/iu.exec(
    between(ctx, sc.sentence.start, verbAt),
  );
  if (!bare) return undefined;
  const title = bare[3]!.toLowerCase();
  const joined = /^зам$/iu.test(bare[2] ?? '');
  const known = joined
    ? lemmas(ctx.morph, title).some((l) => TITLE_NOUNS.has(l))
    : TITLE_NOUNS.has(`${bare[2] ?? ''}${bare[3]}`.toLowerCase());
  if (!known) return undefined;
  const genitive = joined ? undefined : ctx.morph(title)[0]?.inflect(['gent']);
  const prefix = joined
    ? `заместитель ${title} `
    : bare[2]
      ? `заместитель ${genitive ? genitive.word : title} `
      : `${title} `;
  const postNames = new Map<string, string>();
  const earlier = ctx.sentences.slice(0, sc.index);
  for (const other of earlier)
    for (const post of mentionsOf(other, 'Position')) postNames.set(post.ref, post.name.toLowerCase());
  const holders = new Map<string, Mention>();
  for (const other of earlier)
    for (const person of mentionsOf(other, 'Person'))
      if (
        ctx.builder
          .relationshipsFrom('HOLDS', person.ref)
          .some((r) => r.properties.current === true && postNames.get(r.to)?.startsWith(prefix))
      )
        holders.set(person.ref, person);
  if (holders.size !== 1) return undefined;
  const [person] = holders.values();
  const start = sc.sentence.start + bare[1]!.length;
  return { ...person!, start, end: start + (bare[2] ?? '').length + bare[3]!.length };
}

/** The one person the release says holds this post now (or without saying when), if only one does. */
export function soleHolder(ctx: DocumentContext, post: string): string | undefined {
  const holders = new Set<string>();
  for (const sc of ctx.sentences)
    for (const person of mentionsOf(sc, 'Person'))
      if (
        ctx.builder
          .relationshipsFrom('HOLDS', person.ref)
          .some((r) => r.to === post && r.properties.current !== false)
      )
        holders.add(person.ref);
  return holders.size === 1 ? [...holders][0] : undefined;
}
