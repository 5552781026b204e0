import type { DraftRelationship } from '../../draft.ts';
import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { TimeRef } from '../recognise/time-rules.ts';

/**
 * A clause right after a name that says since when its post is held: a participle («Оспанов, назначенный
 * руководителем городской полиции в марте 2024 года», «…, возглавляющий ведомство с марта 2024 года»,
 * «Серику Кенжетаеву, руководившему департаментом с марта 2022 года, …», «…, который руководил …») or a finite verb after a pronoun
 * («Напомним, он возглавляет департамент с марта 2024 года»). Group 1 is the verb's stem.
 */
const AFTER_NAME =
  /^\s*,\s*(?:котор(?:ый|ая|ому|ой)\s+(?:был[аи]?\s+)?)?(назначен|возглавлявш|возглавлял|возглавля|руководящ|руководивш|руководил|руковод|занимающ|занимавш|занимал|занима)\p{L}*[^,.;()]{0,90}/iu;
const PRONOUN_VERB =
  /(?<![\p{L}])(?:он|она)\s+(?:(возглавля|руковод|занима)(?:ет|ит)|(?:был[аи]?\s+)?(назначен)[аы]?)[^,.;()]{0,90}/giu;
/** A past form («руководивший», «руководил») tells a post since left, a present one («возглавляющий») a post held. */
const PAST = /(?:вш|л)$/u;

/**
 * Since when: a time the clause names is the `validFrom` of the one post its person is told to hold (held now,
 * or left, as the participle says) — a date from the clause replaces one worked out from the publication date.
 * Runs after every post is read, so a clause in a later sentence («Серику Кенжетаеву, руководившему …») dates
 * a post named earlier.
 */
export function tenureSince(ctx: DocumentContext): void {
  for (const sc of ctx.sentences) {
    for (const person of mentionsOf(sc, 'Person')) {
      const clause = AFTER_NAME.exec(between(ctx, person.end, sc.sentence.end));
      if (clause) date(ctx, sc, person, clause[1]!, person.end, person.end + clause[0].length);
    }
    for (const m of sc.sentence.text.matchAll(PRONOUN_VERB)) {
      const at = sc.sentence.start + m.index;
      const person = personBefore(ctx, sc, at);
      if (person) date(ctx, sc, person, (m[1] ?? m[2])!, at, at + m[0].length);
    }
  }
}

function date(
  ctx: DocumentContext,
  sc: SentenceContext,
  person: Mention,
  verb: string,
  from: number,
  to: number,
): void {
  const appointed = /^назначен/iu.test(verb);
  const time = sc.times.find(
    (t: TimeRef) =>
      t.start >= from &&
      t.end <= to &&
      !t.deadline &&
      !t.comparison &&
      (appointed ? Boolean(t.date ?? t.year) && !t.range : Boolean(t.range?.from && !t.range.to)),
  );
  const since = appointed ? (time?.date ?? (time?.year ? String(time.year) : undefined)) : time?.range?.from;
  if (!since) return;
  const current = !PAST.test(verb.toLowerCase());
  const posts = ctx.builder
    .relationshipsFrom('HOLDS', person.ref)
    .filter((r) => r.properties.current === current || (appointed && r.properties.current === true));
  const post = onePost(posts, sc);
  if (!post || (post.properties.validFrom !== undefined && post.properties.validFromBasis === undefined))
    return;
  post.properties.validFrom = since;
  delete post.properties.validFromBasis;
}

/** The post told in the same sentence, else the person's only one of that tense. */
function onePost(posts: DraftRelationship[], sc: SentenceContext): DraftRelationship | undefined {
  const here = posts.filter((r) => r.start >= sc.sentence.start && r.end <= sc.sentence.end);
  if (here.length === 1) return here[0];
  return posts.length === 1 ? posts[0] : undefined;
}

/** «он» is the last person named before it, in this sentence or the two before. */
function personBefore(ctx: DocumentContext, sc: SentenceContext, at: number): Mention | undefined {
  for (let i = sc.index; i >= Math.max(0, sc.index - 2); i--) {
    const people = mentionsOf(ctx.sentences[i]!, 'Person').filter((p) => i < sc.index || p.end <= at);
    if (people.length) return people.at(-1);
  }
  return undefined;
}
