import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { holds } from './post-time.ts';

/** After the dates of a biography line: a dash, maybe «—» twice or a colon, before the post. */
const DASH = /^\s*(?:[-–—:]\s*)+$/u;
const UNTIL_NOW = /по\s+(?:настоящее\s+время|н\.\s?в\.)|н\.\s?в\./iu;
/** How far back a list may be from the person it is about (its heading and the appointment before it). */
const LOOKBACK = 8;

/**
 * A dated biography, one post a line: «2009–2014 гг. — старший оперуполномоченный УП города …;», «с июля
 * 2022 года — начальник …». Each line is a HOLDS of the person the release is about — the last one named
 * before the list — with the line's dates; a list of earlier posts is of former posts unless a line says
 * «по настоящее время». The line states its subject as a pronoun would, so the fact is stated.
 */
export function biographyPosts(ctx: DocumentContext, sc: SentenceContext): void {
  const range = sc.times.find((t) => t.range && t.start - sc.sentence.start <= 3);
  if (!range?.range) return;
  const post = mentionsOf(sc, 'Position').find(
    (p) => p.start > range.end && DASH.test(between(ctx, range.end, p.start)),
  );
  if (!post || mentionsOf(sc, 'Person').length) return;
  const person = personBefore(ctx, sc);
  if (!person) return;
  const current = UNTIL_NOW.test(sc.sentence.text);
  holds(
    ctx,
    sc,
    person,
    post,
    current ? 'current' : 'former',
    { start: range.start, end: post.end },
    range.range,
  );
}

function personBefore(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  for (let i = sc.index - 1; i >= Math.max(0, sc.index - LOOKBACK); i--) {
    const person = mentionsOf(ctx.sentences[i]!, 'Person').at(-1);
    if (person) return person;
  }
  return undefined;
}
