import { formatPartialDate } from '../recognise/partial-date.ts';
import { institutionOf } from '../recognise/post-bodies.ts';
import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

const FORMER = /(?:ранее|бывш\p{L}+|до этого|прежде|в прошлом)\s*$/iu;
const HEADED = /возглавлял[аи]?|руководил[аи]?/iu;
const HELD = /занимал[аи]? (?:должност\p{L}+|пост)\s+/iu;
/** Ranks and commas allowed between a post and the name it belongs to ("начальник ДП … полковник полиции Ержан …"). */
const BETWEEN_POST_AND_NAME =
  /^[\s,]*(?:(?:генерал|полковник|подполковник|майор|капитан|старший лейтенант|лейтенант)\p{L}*(?: полиции| юстиции)?\s*)?$/iu;

type Tense = 'current' | 'appointed' | 'former';

/**
 * Posts held (HOLDS) and posts' bodies (POSITION_IN). A post next to a name — "начальник ДП … Ержан
 * Тулегенов", "Аскар Мухаметкалиев — заместитель начальника ДП СКО" — is held now. "назначен (на должность)"
 * opens a post (`validFrom`: the date stated, else the publication date, with its basis); "бывший …",
 * "ранее занимал должность …" and "ранее возглавлял …" close one (`current: false`, `validTo` no later than
 * the publication date).
 */
export function findPosts(ctx: DocumentContext): void {
  for (const sc of ctx.sentences) {
    const posts = mentionsOf(sc, 'Position');
    for (const post of posts) {
      // «Прокурор области» heads the prosecutor's office of the region, if the release names it.
      const institution = post.agencyRef ? undefined : institutionOf(ctx, post.name, post.regionId);
      const body = post.agencyRef ?? institution?.ref;
      if (!body) continue;
      const basis =
        post.agencyBasis ??
        (institution
          ? `The ${post.name.split(' ')[0]!.toLowerCase()} of the region heads ${institution.name}.`
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
    const people = mentionsOf(sc, 'Person');
    for (const person of people) {
      for (const [post, tense] of postsOf(ctx, sc, person, posts, people))
        holds(ctx, sc, person, post, tense);
    }
    heldBefore(ctx, sc, people, posts);
  }
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
  const before = posts
    .filter((p) => p.end <= person.start && BETWEEN_POST_AND_NAME.test(text(p.end, person.start)))
    .at(-1);
  if (
    before &&
    !/(?:приказом|указом|распоряжением|решением)\s*$/iu.test(
      text(Math.max(sc.sentence.start, before.start - 15), before.start),
    )
  ) {
    const lead = text(Math.max(sc.sentence.start, before.start - 12), before.start);
    out.push([
      before,
      FORMER.test(lead) ? 'former' : appointedAround(ctx, sc, person, before) ? 'appointed' : 'current',
    ]);
  }
  // "<name> — <post>" / "<name>, <post>,"
  const after = posts.find(
    (p) => p.start >= person.end && /^\s*(?:[—–-]|,)\s*$/.test(text(person.end, p.start)),
  );
  if (after) out.push([after, 'current']);
  // "<name> назначен(а) [на должность] <post>"
  const appointedTo = posts.find(
    (p) =>
      p.start >= person.end &&
      /^\s+(?:был[аи]?\s+)?(?:назначен[аы]?|утвержден[аы]?)(?:\s+на\s+(?:должность|пост))?\s+$/iu.test(
        text(person.end, p.start),
      ),
  );
  if (appointedTo) out.push([appointedTo, 'appointed']);
  // "Новым <post> назначен <name>"
  const appointedAs = posts.find(
    (p) =>
      p.end <= person.start &&
      /^\s+(?:\p{L}+\s+)?(?:назначен[аы]?|назначили|утвержден[аы]?)\s+$/iu.test(text(p.end, person.start)),
  );
  if (appointedAs && !people.some((o) => o !== person && o.start > appointedAs.end && o.end < person.start))
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

function holds(
  ctx: DocumentContext,
  sc: SentenceContext,
  person: Mention,
  post: Mention,
  tense: Tense,
): void {
  const properties: Record<string, unknown> = { current: tense !== 'former' };
  if (tense === 'appointed') {
    const date = sc.times.find((t) => t.date && !t.deadline);
    if (date?.date) properties.validFrom = date.date;
    else if (ctx.published) {
      properties.validFrom = formatPartialDate(ctx.published);
      properties.validFromBasis = 'the appointment is reported in a release published on this date';
    }
  }
  if (tense === 'former' && ctx.published) {
    properties.validTo = formatPartialDate(ctx.published);
    properties.validToBasis = 'a former post: it ended on or before the publication date';
  }
  const start = Math.min(person.start, post.start);
  const end = Math.max(person.end, post.end);
  const lead = FORMER.exec(between(ctx, Math.max(sc.sentence.start, start - 12), start));
  ctx.builder.relate({
    type: 'HOLDS',
    from: person.ref,
    to: post.ref,
    evidence: { start: lead ? start - lead[0].length : start, end },
    basis: post.generic ? 'The post is named in general terms next to the person.' : null,
    confidence: tense === 'current' ? 0.9 : 0.85,
    properties,
  });
}

/**
 * "Ранее Жанибек Беккожаев возглавлял Управление полиции города Рудного, а также занимал должность заместителя
 * начальника ДП Павлодарской области": former posts of the sentence's person (or the one named just before).
 */
function heldBefore(ctx: DocumentContext, sc: SentenceContext, people: Mention[], posts: Mention[]): void {
  const held = HELD.exec(sc.sentence.text);
  if (held) {
    const at = sc.sentence.start + held.index;
    const person = people.filter((p) => p.end <= at).at(-1) ?? lastPerson(ctx, sc);
    const post = posts.find((p) => p.start >= at + held[0].length - 1 && p.start - (at + held[0].length) < 3);
    if (person && post) holds(ctx, sc, person, post, 'former'); // "занимал должность" is past: the post is no longer held
  }
  const headed = HEADED.exec(sc.sentence.text);
  if (!headed) return;
  const verbAt = sc.sentence.start + headed.index;
  const person = people.filter((p) => p.end <= verbAt).at(-1) ?? lastPerson(ctx, sc);
  const body = sc.mentions.find(
    (x) => x.label === 'Agency' && x.start >= verbAt && x.start - verbAt < headed[0].length + 3,
  );
  if (!person || !body) return;
  const known = body.existingId
    ? ctx.index.entries.find(
        (e) =>
          e.label === 'Position' &&
          (e.context ?? []).includes(body.existingId!) &&
          /^начальник /i.test(e.name),
      )
    : undefined;
  const post = ctx.builder.entity({
    key: known ? `Position|${known.id}` : `Position|new|начальник|${body.ref}`,
    label: 'Position',
    name: known?.name ?? `Начальник ${genitive(ctx, body.name)}`,
    existingId: known?.id ?? null,
    mention: { start: verbAt, end: body.end },
    confidence: 0.6,
  });
  const postMention: Mention = {
    start: verbAt,
    end: body.end,
    label: 'Position',
    ref: post,
    name: '',
    existingId: known?.id ?? null,
    from: 0,
    to: 0,
  };
  const properties: Record<string, unknown> = { current: false };
  if (ctx.published) {
    properties.validTo = formatPartialDate(ctx.published);
    properties.validToBasis = 'a former post: it ended on or before the publication date';
  }
  const evidence = { start: Math.min(person.start, verbAt), end: body.end };
  ctx.builder.relate({
    type: 'HOLDS',
    from: person.ref,
    to: post,
    evidence,
    basis: '"возглавлял" (headed) the body: the post is its head.',
    confidence: 0.7,
    properties,
  });
  ctx.builder.relate({
    type: 'POSITION_IN',
    from: post,
    to: body.ref,
    evidence: postMention,
    basis: 'The head of the body the person headed.',
    confidence: 0.7,
  });
}

function lastPerson(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  for (let i = sc.index - 1; i >= Math.max(0, sc.index - 2); i--) {
    const person = mentionsOf(ctx.sentences[i]!, 'Person').at(-1);
    if (person) return person;
  }
  return undefined;
}

/** A body's nominative name in the genitive, head words inflected ("Управление полиции …" → "Управления полиции …"). */
function genitive(ctx: DocumentContext, name: string): string {
  const words = name.split(' ');
  const first = ctx.morph(words[0]!).find((p) => p.tag.POS === 'NOUN');
  const inflected = first?.inflect(['gent', String(first.tag.NMbr ?? 'sing')]);
  if (inflected) words[0] = inflected.word.charAt(0).toUpperCase() + inflected.word.slice(1);
  return words.join(' ');
}
