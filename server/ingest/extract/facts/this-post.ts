import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { holds, RANK, type Tense } from './post-time.ts';

/** «на эту должность», «на этой должности», «на этом посту»: the post the release has just named. */
const THIS_POST = /(?<![\p{L}])на\s+(?:эт(?:у|ой)\s+должност\p{L}|эт(?:от|ом)\s+пост\p{L}*)(?![\p{L}])/giu;
/** «Приказом министра …»: the post that appoints, not the one filled. */
const APPOINTER = /(?:приказом|указом|распоряжением|решением|представил\p{L}*)\s*$/iu;
/** Between «на эту должность» and the name: «приказом министра», «назначен», a rank. */
const TO_NAME = new RegExp(
  String.raw`^\s*(?:(?:приказом|указом|распоряжением)(?:\s+\p{L}+){1,6}?\s+)?(?:(?:был[аи]?\s+)?назначен[аы]?\s+)?(?:${RANK}\s+)?$`,
  'iu',
);
/** How many sentences back the post may be named (the headline, then the lead). */
const LOOKBACK = 3;

/**
 * «Приказом министра на эту должность назначен полковник полиции Данияр Утегенов», «Его предшественник на
 * этой должности полковник Алексей Мельников уволен в запас»: the person named right after (or «назначенный
 * на эту должность» right before) holds the post named last before, in this sentence or the few before; a
 * predecessor held it before. The text states the post by reference, as a pronoun would.
 */
export function thisPostHolders(ctx: DocumentContext, sc: SentenceContext): void {
  for (const m of sc.sentence.text.matchAll(THIS_POST)) {
    const at = sc.sentence.start + m.index;
    const end = at + m[0].length;
    const post = postBefore(ctx, sc, at);
    if (!post) continue;
    const people = mentionsOf(sc, 'Person');
    const after = people.find((p) => p.start >= end && TO_NAME.test(between(ctx, end, p.start)));
    const before = after
      ? undefined
      : people
          .filter((p) => p.end <= at && /^\s*,?\s*назначенн?\p{L}*\s+$/iu.test(between(ctx, p.end, at)))
          .at(-1);
    const person = after ?? before;
    if (!person) continue;
    const lead = between(ctx, sc.sentence.start, at);
    // «Оспанов … сменил на этом посту Талгата Мусина»: the one replaced held it before.
    const replaced = after && REPLACED.test(lead);
    const predecessor = /предшественни\p{L}*\s*$/iu.test(lead) || replaced;
    const tense: Tense = predecessor
      ? 'former'
      : /назначен/iu.test(between(ctx, Math.min(at, person.end), Math.max(end, person.start)))
        ? 'appointed'
        : 'current';
    // He left it when his successor was appointed, on the date the sentence gives before «сменил».
    const handover = replaced ? successorDate(sc, at) : undefined;
    holds(
      ctx,
      sc,
      person,
      post,
      tense,
      { start: Math.min(at, person.start), end: Math.max(end, person.end) },
      undefined,
      null,
      handover,
    );
  }
}

/** «сменил», «сменила», «заменил» right before «на этом посту»: the person after is the one replaced. */
const REPLACED = /(?<![\p{L}])(?:сменил|заменил)[аи]?\s*$/iu;

function successorDate(sc: SentenceContext, at: number) {
  const date = sc.times.filter((t) => t.date && !t.deadline && !t.range && t.end <= at).at(-1)?.date;
  return date
    ? { validTo: date, basis: 'the successor named in the sentence took the post on this date' }
    : undefined;
}

const SINCE = /^,\s*(?:руководивш|возглавлявш)\p{L}*\s+\p{L}+\s+с\s+(\d{4})\s+год\p{L}*/iu;
const RANK_ONLY = new RegExp(String.raw`^\s*(?:${RANK}\s+)?$`, 'iu');
/** «Его предшественник Даулет Касенов …»: the one who held, before him, the post the release's man holds now. */
const PREDECESSOR = /(?<![\p{L}])(?:его|её|ее)\s+предшественни(?:к|ца)(?![\p{L}])/iu;

/**
 * «Его предшественник Алмаз Сыздыков, руководивший отделом с 2020 года, переведён …»: with no «на этой
 * должности», «его» is the last person named before who holds one post now; his predecessor held it before.
 */
export function predecessorHolds(ctx: DocumentContext, sc: SentenceContext): void {
  const m = PREDECESSOR.exec(sc.sentence.text);
  if (!m || sc.sentence.text.search(THIS_POST) >= 0) return;
  const end = sc.sentence.start + m.index + m[0].length;
  const person = mentionsOf(sc, 'Person').find(
    (p) => p.start >= end && RANK_ONLY.test(between(ctx, end, p.start)),
  );
  if (!person) return;
  // «Отдел … возглавила Сауле Ибраева, а её предшественник …»: this sentence first, before the words.
  for (let i = sc.index; i >= Math.max(0, sc.index - LOOKBACK); i--) {
    const him = mentionsOf(ctx.sentences[i]!, 'Person')
      .filter((p) => i < sc.index || p.end <= sc.sentence.start + m.index)
      .at(-1);
    if (!him || him.ref === person.ref) continue;
    const now = ctx.builder.relationshipsFrom('HOLDS', him.ref).filter((r) => r.properties.current === true);
    // «…, руководивший отделом с 2020 года, …»: since when he held it.
    const since = SINCE.exec(between(ctx, person.end, sc.sentence.end));
    if (now.length === 1)
      holds(
        ctx,
        sc,
        person,
        { ref: now[0]!.to },
        'former',
        { start: sc.sentence.start + m.index, end: person.end + (since?.[0].length ?? 0) },
        since ? { from: since[1]! } : undefined,
      );
    return;
  }
}

/** The last post named before `at` (this sentence first, then the few before), not one that appoints. */
function postBefore(ctx: DocumentContext, sc: SentenceContext, at: number): Mention | undefined {
  let fallback: Mention | undefined;
  for (let i = sc.index; i >= Math.max(0, sc.index - LOOKBACK); i--) {
    const posts = mentionsOf(ctx.sentences[i]!, 'Position').filter(
      (p) => p.end <= at && !APPOINTER.test(between(ctx, Math.max(0, p.start - 16), p.start)),
    );
    // «назначенный руководителем городской полиции, сменил на этом посту …»: a title named in general
    // terms restates a post; the post itself is the one named with its body.
    const named = posts.filter((p) => !p.generic);
    if (named.length) return named.at(-1);
    fallback ??= posts.at(-1);
  }
  return fallback;
}
