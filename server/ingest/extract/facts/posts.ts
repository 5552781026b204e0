import { formatPartialDate } from '../recognise/dates.ts';
import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

const APPOINTED = /назначен[аы]?(?![\p{L}\d])|назначили|утвержден[аы]?(?![\p{L}\d])|представлен[аы]? (?:личному составу|коллективу)|представил[аи]? (?:нового|личному)/iu;
const FORMER = /ранее|бывш\p{L}+|до этого|прежде|в прошлом|в свое время/iu;
const HEADED = /возглавлял[аи]?|руководил[аи]?/iu;

/**
 * Posts held (HOLDS) and posts' bodies (POSITION_IN). A post next to a name — "начальник ДП … Ержан
 * Тулегенов", "Аскар Мухаметкалиев — заместитель начальника ДП СКО" — is held now. "назначен (на должность)"
 * opens it (`validFrom`: the date stated, else the publication date); "ранее занимал должность",
 * "бывший …" close it (`current: false`); "ранее возглавлял ДП …" is a former post as head of that body.
 */
export function findPosts(ctx: DocumentContext): void {
  for (const sc of ctx.sentences) {
    const posts = mentionsOf(sc, 'Position');
    for (const post of posts) {
      if (post.agencyRef) ctx.builder.relate({ type: 'POSITION_IN', from: post.ref, to: post.agencyRef, evidence: post, confidence: 0.9 });
    }
    const people = mentionsOf(sc, 'Person');
    for (const person of people) {
      const post = nearestPost(ctx, sc, person, posts);
      if (post) holds(ctx, sc, person, post);
    }
    headedBodies(ctx, sc, people);
  }
}

/** The post written right before the name ("начальник … Ержан Тулегенов") or right after it ("— заместитель …"). */
function nearestPost(ctx: DocumentContext, sc: SentenceContext, person: Mention, posts: Mention[]): Mention | undefined {
  const before = posts.filter((p) => p.end <= person.start && /^[\s,]*(?:(?:полковник|подполковник|майор|генерал\p{L}*)[\p{L}\s-]*)?$/iu.test(between(ctx, p.end, person.start))).at(-1);
  if (before) return before;
  const after = posts.find((p) => p.start >= person.end && /^\s*(?:[—–-]|,)\s*$|^\s+(?:назначен[аы]?|был[аи]? назначен[аы]?)(?: на должность)?\s+$/iu.test(between(ctx, person.end, p.start)));
  if (after) return after;
  // "назначен на должность начальника ДП … Жанибек Беккожаев" / "Новым начальником … назначен Жанибек Беккожаев"
  if (APPOINTED.test(sc.sentence.text)) {
    const candidates = posts.filter((p) => !p.generic && !people(sc).some((o) => o.ref !== person.ref && between(ctx, Math.min(o.end, p.end), Math.max(o.start, p.start)).length < between(ctx, Math.min(person.end, p.end), Math.max(person.start, p.start)).length));
    return candidates[0];
  }
  return undefined;
}

function people(sc: SentenceContext): Mention[] {
  return sc.mentions.filter((m) => m.label === 'Person');
}

function holds(ctx: DocumentContext, sc: SentenceContext, person: Mention, post: Mention): void {
  const start = Math.min(person.start, post.start);
  const end = Math.max(person.end, post.end);
  const clause = ctx.text.slice(sc.sentence.start, end);
  const former = FORMER.test(ctx.text.slice(Math.max(sc.sentence.start, start - 40), end)) && !APPOINTED.test(between(ctx, start, end));
  const appointed = !former && APPOINTED.test(sc.sentence.text);
  const date = sc.times.find((t) => t.date && !t.deadline);
  const properties: Record<string, unknown> = { current: !former };
  let basis: string | null = null;
  if (appointed) {
    if (date?.date) properties.validFrom = date.date;
    else if (ctx.published) {
      properties.validFrom = formatPartialDate(ctx.published);
      properties.validFromBasis = 'the appointment is reported in a release published on this date';
    }
  }
  if (former && ctx.published) {
    properties.validTo = formatPartialDate(ctx.published);
    properties.validToBasis = 'a former post: it ended on or before the publication date';
  }
  if (post.generic) basis = 'The post is named in general terms next to the person.';
  void clause;
  ctx.builder.relate({
    type: 'HOLDS',
    from: person.ref,
    to: post.ref,
    evidence: { start, end },
    basis,
    confidence: appointed || former ? 0.85 : 0.9,
    properties,
  });
}

/** "Ранее Жанибек Беккожаев возглавлял Управление полиции города Рудного": a former post as head of that body. */
function headedBodies(ctx: DocumentContext, sc: SentenceContext, persons: Mention[]): void {
  const m = HEADED.exec(sc.sentence.text);
  if (!m) return;
  const verbAt = sc.sentence.start + m.index;
  const person = persons.filter((p) => p.end <= verbAt).at(-1) ?? sc.speaker;
  const body = sc.mentions.find((x) => x.label === 'Agency' && x.start >= verbAt && x.start - verbAt < m[0].length + 3);
  if (!person || !body) return;
  const name = `Начальник ${ctx.text.slice(body.start, body.end)}`;
  const post = ctx.builder.entity({
    key: `Position|new|начальник|${body.ref}`,
    label: 'Position',
    name: headOf(ctx, body) ?? name,
    existingId: null,
    mention: { start: verbAt, end: body.end },
    confidence: 0.6,
  });
  const evidence = { start: Math.min(person.start, verbAt), end: body.end };
  const properties: Record<string, unknown> = { current: false };
  if (ctx.published) {
    properties.validTo = formatPartialDate(ctx.published);
    properties.validToBasis = 'a former post: it ended on or before the publication date';
  }
  ctx.builder.relate({ type: 'HOLDS', from: person.ref, to: post, evidence, basis: '"возглавлял" (headed) the body: the post is its head.', confidence: 0.7, properties });
  ctx.builder.relate({ type: 'POSITION_IN', from: post, to: body.ref, evidence: body, basis: 'The head of the body the person headed.', confidence: 0.7 });
}

/** The head of a body in the graph's own naming, when the body is known: "Начальник Департамента полиции …". */
function headOf(ctx: DocumentContext, body: Mention): string | undefined {
  if (!body.existingId) return `Начальник ${genitive(ctx, body.name)}`;
  const known = ctx.index.entries.find((e) => e.label === 'Position' && (e.context ?? []).includes(body.existingId!) && /^начальник /i.test(e.name));
  return known?.name ?? `Начальник ${genitive(ctx, body.name)}`;
}

/** A body's nominative name in the genitive, head words inflected ("Управление полиции …" → "Управления полиции …"). */
function genitive(ctx: DocumentContext, name: string): string {
  const words = name.split(' ');
  const first = ctx.morph(words[0]!).find((p) => p.tag.POS === 'NOUN');
  const inflected = first?.inflect(['gent', String(first.tag.NMbr ?? 'sing')]);
  if (inflected) words[0] = inflected.word.charAt(0).toUpperCase() + inflected.word.slice(1);
  return words.join(' ');
}
