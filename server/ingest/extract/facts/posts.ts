import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { institutionOf } from '../recognise/post-bodies.ts';
import { biographyPosts } from './biography-posts.ts';
import { bodyHeadedBy } from './body-headed-by.ts';
import { verbPosts } from './headed-posts.ts';
import { FORMER, holds, RANK, type Tense } from './post-time.ts';
import { tenureSince } from './tenure-since.ts';
import { predecessorHolds, thisPostHolders } from './this-post.ts';

const BETWEEN_POST_AND_NAME = new RegExp(
  String.raw`^[\s,]*(?:(?:РК|Республики Казахстан)\s*)?(?:${RANK}\s*)?$`,
  'iu',
);
const APPOINTED = String.raw`(?:был[аи]?\s+)?(?:назначен[аы]?|назначили|утвержден[аы]?|переведен[аы]?|стал[аи]?)(?:\s+с\s+повышением)?`;
/** «<post> <name> освобождён от занимаемой должности», «… уволен в запас»: the post is left. */
const RELEASED = /^\s*(?:,[^,.;]{0,100},\s*)?(?:был[аи]?\s+)?(?:освобожден\p{L}*|уволен\p{L}*)(?![\p{L}])/iu;
/** «<post> [с 1 августа] назначен [звание] <name>»: the post before the verb, the name after. */
const POST_THEN_NAME = new RegExp(
  String.raw`^\s+(?:\p{L}+\s+)?(?:с\s+\d{1,2}\s+\p{L}+(?:\s+\d{4}\s+года)?\s+)?${APPOINTED}\s+(?:${RANK}\s+)?$`,
  'iu',
);
/** «<name>[, руководивший … ,] назначен(а) [на должность] <post>». */
const NAME_THEN_POST = new RegExp(
  String.raw`^(?:\s*,[^,.;]{0,100},)?\s+${APPOINTED}(?:\s+на\s+(?:должность|пост))?\s+$`,
  'iu',
);

/**
 * «<name>, который переведён в ДП … на должность <post>», «<name>, назначенная начальником <body> …»: a post the
 * person moved to, told in a clause after the name.
 */
const NAME_WHICH_POST = new RegExp(
  String.raw`^\s*,\s*(?:котор(?:ый|ая)\s+${APPOINTED}(?:\s+(?:в|во)\s+[^,.;]{3,120}?)?\s+на\s+(?:должность|пост)|(?:назначенн|переведенн)\p{L}*(?:\s+на\s+(?:должность|пост))?)\s+$`,
  'iu',
);

/** «Приказом министра …»: the post that appoints, not the one filled. */
const APPOINTER = /(?:приказом|указом|распоряжением|решением)\s*$/iu;

/**
 * Posts held (HOLDS) and posts' bodies (POSITION_IN). A post next to a name — «начальник ДП … генерал-майор
 * полиции Ержан Тулегенов», «Аскар Мухаметкалиев — заместитель начальника ДП СКО» — is held now; «назначен»
 * opens one; «бывший», «прежний», «ранее» close one; posts told by a verb are in headed-posts.ts.
 */
export function findPosts(ctx: DocumentContext): void {
  for (const sc of ctx.sentences) {
    const posts = mentionsOf(sc, 'Position');
    for (const post of posts) positionIn(ctx, post);
    const people = mentionsOf(sc, 'Person');
    for (const person of people) {
      for (const [post, tense] of postsOf(ctx, sc, person, posts, people))
        holds(ctx, sc, person, post, tense, {
          start: Math.min(person.start, post.start),
          end: Math.max(person.end, post.end),
        });
    }
    verbPosts(ctx, sc);
    bodyHeadedBy(ctx, sc);
    biographyPosts(ctx, sc);
    thisPostHolders(ctx, sc);
    predecessorHolds(ctx, sc);
  }
  tenureSince(ctx);
}

/** POSITION_IN: the body named with the post, one referred back to (inferred), or the institution of a place. */
function positionIn(ctx: DocumentContext, post: Mention): void {
  // «Прокурор области» heads the prosecutor's office of the region, if the release names it.
  const institution = post.agencyRef ? undefined : institutionOf(ctx, post.name, post.regionId);
  // «начальникам территориальных подразделений»: the units of the body whose release it is.
  // «руководителям заинтересованных органов» are other bodies' heads, not the release's own units.
  const units =
    !post.agencyRef &&
    !institution &&
    post.generic &&
    !post.regionId &&
    !/заинтересованн|государственн|правоохранительн/iu.test(post.name) &&
    // An akim heads a local government, never a unit of a police or prosecutor's body.
    !/^аким/iu.test(post.name)
      ? ctx.mainAgency
      : undefined;
  // A main body known only by its reference, without a name, cannot be said in the basis: no guess then.
  if (units && !units.name.trim() && !post.agencyRef && !institution) return;
  const body = post.agencyRef ?? institution?.ref ?? units?.ref;
  if (!body) return;
  const basis =
    post.agencyBasis ??
    (institution
      ? /^(?:первый )?заместитель /iu.test(post.name)
        ? `A deputy of the head of the place named, so a post in ${institution.name}.`
        : `The ${post.name.split(' ')[0]!.toLowerCase()} of the region heads ${institution.name}.`
      : units
        ? `Named in general terms in the release of ${units.name}: taken as its own units.`
        : null);
  ctx.builder.relate({
    type: 'POSITION_IN',
    from: post.ref,
    to: body,
    evidence: post,
    basis,
    confidence: basis ? 0.6 : 0.9,
  });
}

function postsOf(
  ctx: DocumentContext,
  sc: SentenceContext,
  person: Mention,
  posts: Mention[],
  people: Mention[],
): [Mention, Tense][] {
  const out: [Mention, Tense][] = [];
  const text = (a: number, b: number) => between(ctx, a, b);
  // "<post> [звание] <name>": apposition before the name; "бывший <post> <name>" is a former post.
  // «начальник ОП Каратальского района ДП области Жетісу подполковник полиции <name>»: the parent body
  // written after the post's own stands between it and the rank.
  const gap = (a: number, b: number) =>
    sc.mentions
      .filter((m) => m.label === 'Agency' && m.start >= a && m.end <= b)
      .reduceRight((s, m) => s.slice(0, m.start - a) + s.slice(m.end - a), text(a, b));
  const before = posts
    .filter((p) => p.end <= person.start && BETWEEN_POST_AND_NAME.test(gap(p.end, person.start)))
    .at(-1);
  if (before && !APPOINTER.test(text(Math.max(sc.sentence.start, before.start - 15), before.start))) {
    const lead = text(Math.max(sc.sentence.start, before.start - 12), before.start);
    const tense: Tense =
      FORMER.test(lead) || RELEASED.test(text(person.end, sc.sentence.end))
        ? 'former'
        : appointedAround(ctx, sc, person, before)
          ? 'appointed'
          : 'current';
    out.push([before, tense]);
    // «заместитель начальника департамента – начальник управления … полковник <name>»: both posts his.
    const joined = posts.find(
      (p) => p.end <= before.start && /^\s+[—–-]\s+$/u.test(text(p.end, before.start)),
    );
    if (joined) out.push([joined, tense]);
  }
  // "<name> — <post>" / "<name>, <post>,"
  // Not in a list «<post> <name>, <post> <name>»: a post followed by a name is that name's.
  const after = posts.find(
    (p) =>
      p.start >= person.end &&
      /^\s*(?:[—–-]|,)\s*$/.test(text(person.end, p.start)) &&
      !people.some((o) => o.start >= p.end && BETWEEN_POST_AND_NAME.test(text(p.end, o.start))),
  );
  if (after) out.push([after, 'current']);
  const appointedTo = posts.find(
    (p) =>
      p.start >= person.end &&
      (NAME_THEN_POST.test(text(person.end, p.start)) ||
        (!p.generic && NAME_WHICH_POST.test(text(person.end, p.start)))),
  );
  if (appointedTo) out.push([appointedTo, 'appointed']);
  // "Новым <post> назначен <name>", "начальником ДП … назначен полковник полиции <name>"
  const appointedAs = posts.find(
    (p) => p.end <= person.start && POST_THEN_NAME.test(text(p.end, person.start)),
  );
  if (
    appointedAs &&
    !APPOINTER.test(text(Math.max(sc.sentence.start, appointedAs.start - 15), appointedAs.start)) &&
    !people.some((o) => o !== person && o.start > appointedAs.end && o.end < person.start)
  )
    out.push([appointedAs, 'appointed']);
  return out.filter(([p], i) => out.findIndex(([q]) => q === p) === i);
}

function appointedAround(ctx: DocumentContext, sc: SentenceContext, person: Mention, post: Mention): boolean {
  const after = between(ctx, person.end, Math.min(sc.sentence.end, person.end + 14));
  return /^\s+(?:был[аи]?\s+)?назначен/iu.test(after) &&
    !/на\s+(?:должность|пост)/iu.test(between(ctx, person.end, sc.sentence.end))
    ? true
    : /назначен\p{L}*\s*$/iu.test(between(ctx, sc.sentence.start, post.start));
}
