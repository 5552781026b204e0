import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { holds, RANK, rangeNear, type Tense } from './post-time.ts';

/** «возглавлял X», «руководивший X», «возглавляет X»: the head's post of body X. */
const HEADED =
  /(?<![\p{L}])(возглавлял[аи]?|руководил[аи]?|возглавлявш\p{L}*|руководивш\p{L}*|возглавляет|руководит)\s+/giu;
/**
 * «был начальником X», «занимал должность X», «работал заместителем X», «ранее занимавшая должность X»,
 * «освобождён от должности X»: a post held before.
 */
const WAS =
  /(?<![\p{L}])(?:был[аи]?|являл(?:ся|ась|ись)|являвш\p{L}*ся|работал[аи]?|работавш\p{L}*|служил[аи]?|служивш\p{L}*|трудил(?:ся|ась)|проходил[аи]?\s+службу|занимал[аи]?\s+(?:должност\p{L}*|пост)|занимавш\p{L}*\s+(?:должност\p{L}*|пост)|освобожден[аы]?\s+от\s+(?:занимаемой\s+)?должности)\s+(?:(?:в|на)\s+должности\s+)?/giu;

/** «Службу в органах внутренних дел начал в 1999 году участковым инспектором»: the first post of a career. */
const STARTED = /(?<![\p{L}])начал[аи]?(?:\s+(?:свою\s+)?(?:службу|трудовую\s+деятельность|карьеру))?\s+/giu;

/**
 * «он был назначен начальником …», «она назначена на должность …», «освобождён … в связи с назначением
 * начальником …», «… в связи с переводом в центральный аппарат МВД РК на должность …»: an appointment told of
 * someone named before.
 */
const PRONOUN_APPOINTED =
  /(?<![\p{L}])(?:(?:он|она)\s+(?:был[аи]?\s+)?(?:назначен[аы]?|переведен[аы]?)|в\s+связи\s+с\s+(?:его\s+|ее\s+)?(?:назначением|переводом)(?:\s+в\s+[^,.;:]{3,80}?(?=\s+на\s+(?:должность|пост)\s))?)(?:\s+на\s+(?:должность|пост))?\s+/giu;

/**
 * Posts told by a verb: «Ранее он возглавлял Департамент полиции Актюбинской области» (the head's post of
 * that body), «руководивший ДП Костанайской области с 2021 года», «а с 2019 по 2022 год был начальником
 * Управления полиции города Кокшетау», «занимал должность заместителя начальника ДП …». The person is the
 * clause's subject: the last named before the verb in the sentence, else in the two sentences before.
 */
export function verbPosts(ctx: DocumentContext, sc: SentenceContext): void {
  const people = mentionsOf(sc, 'Person');
  for (const m of sc.sentence.text.matchAll(HEADED)) {
    const at = sc.sentence.start + m.index;
    const after = at + m[0].length;
    const body = sc.mentions.find((x) => x.label === 'Agency' && x.start >= after && x.start - after < 3);
    const person =
      body &&
      (headedBy(ctx, sc, m[1]!, at, body, people) ??
        people.filter((p) => p.end <= at).at(-1) ??
        lastPerson(ctx, sc));
    if (!body || !person) continue;
    const tense: Tense = /(?:ет|ит)$/u.test(m[1]!) ? 'current' : 'former';
    const post = headOf(ctx, body, { start: at, end: body.end });
    const span = { start: clauseStart(ctx, sc, person, at), end: body.end };
    holds(ctx, sc, person, post, tense, span, rangeNear(sc, at, body.end));
  }
  for (const m of sc.sentence.text.matchAll(PRONOUN_APPOINTED)) {
    const at = sc.sentence.start + m.index;
    const after = at + m[0].length;
    const post = sc.mentions.find((x) => x.label === 'Position' && x.start >= after && x.start - after < 3);
    // «Прежний начальник … Кенжебаев освобождён …: он назначен …»: the one person named before is the subject.
    const before = people.filter((p) => p.end <= at);
    const person = before.length ? (before.length === 1 ? before[0] : undefined) : lastPerson(ctx, sc);
    if (post && person)
      holds(ctx, sc, person, post, 'appointed', { start: clauseStart(ctx, sc, person, at), end: post.end });
  }
  startedPosts(ctx, sc, people);
  for (const m of sc.sentence.text.matchAll(WAS)) {
    const at = sc.sentence.start + m.index;
    const after = at + m[0].length;
    if (/^назначен/iu.test(ctx.folded.slice(after, after + 9))) continue; // «был назначен»: an appointment
    const post = sc.mentions.find((x) => x.label === 'Position' && x.start >= after && x.start - after < 3);
    const person = people.filter((p) => p.end <= at).at(-1) ?? lastPerson(ctx, sc);
    if (!post || !person) continue;
    const range = rangeNear(sc, at, post.end);
    const start = range ? Math.min(at, sc.times.find((t) => t.range === range)!.start) : at;
    holds(
      ctx,
      sc,
      person,
      post,
      'former',
      { start: clauseStart(ctx, sc, person, start), end: post.end },
      range,
    );
  }
}

/** Only a rank between a body and the name after it: «… Сарыаркинского района полковник полиции Виталий …». */
const RANK_ONLY = new RegExp(String.raw`^[\s,]*(?:${RANK}\s+)?$`, 'iu');

/**
 * «Ранее возглавлявший Управление полиции … полковник полиции Виталий Колесниченко переведён …»: a participle
 * that opens the sentence tells of the person named right after the body, not of anyone before.
 */
function headedBy(
  ctx: DocumentContext,
  sc: SentenceContext,
  verb: string,
  at: number,
  body: Mention,
  people: readonly Mention[],
): Mention | undefined {
  if (!/^(?:возглавлявш|руководивш)/iu.test(verb)) return undefined;
  if (
    !/^\s*(?:(?:ранее|прежде|до\s+этого|долгое\s+время)\s+)?$/iu.test(ctx.folded.slice(sc.sentence.start, at))
  )
    return undefined;
  // The body's parent named after it («… района Департамента полиции города Астаны») is part of the name.
  const gap = (p: Mention) =>
    sc.mentions
      .filter((x) => x.label === 'Agency' && x.start >= body.end && x.end <= p.start)
      .reduce(
        (text, x) => text.replace(ctx.folded.slice(x.start, x.end), ' '),
        ctx.folded.slice(body.end, p.start),
      );
  return people.find((p) => p.start >= body.end && RANK_ONLY.test(gap(p)));
}

/** The post a career started in, from the year said between the verb and the post. */
function startedPosts(ctx: DocumentContext, sc: SentenceContext, people: Mention[]): void {
  for (const m of sc.sentence.text.matchAll(STARTED)) {
    const at = sc.sentence.start + m.index;
    const after = at + m[0].length;
    const post = sc.mentions.find(
      (x) => x.label === 'Position' && x.start >= after && !/[,.;]/.test(ctx.folded.slice(after, x.start)),
    );
    const person = people.filter((p) => p.end <= at).at(-1) ?? lastPerson(ctx, sc);
    if (!post || !person || post.start - after > 60) continue;
    const year = sc.times.find((t) => t.year && !t.range && t.start >= after && t.end <= post.start);
    if (!year?.year) continue;
    holds(
      ctx,
      sc,
      person,
      post,
      'former',
      { start: clauseStart(ctx, sc, person, sc.sentence.start), end: post.end },
      {
        from: String(year.year),
      },
    );
  }
}

/** The head's post of a body: the graph's «Начальник …» of it, or a new one named after it. */
export function headOf(ctx: DocumentContext, body: Mention, span: { start: number; end: number }): Mention {
  const known = body.existingId
    ? ctx.index.entries.find(
        (e) =>
          e.label === 'Position' &&
          (e.context ?? []).includes(body.existingId!) &&
          /^начальник /i.test(e.name),
      )
    : undefined;
  // A unit's mention may carry no name (body-units.ts leaves it empty): name it from its words.
  const bodyName =
    body.name || nominativePhrase(ctx.morph, ctx.text.slice(body.start, body.end).split(/\s+/));
  const name = known?.name ?? `Начальник ${genitivePhrase(ctx.morph, bodyName)}`;
  const ref = ctx.builder.entity({
    key: known ? `Position|${known.id}` : `Position|new|начальник|${body.ref}`,
    label: 'Position',
    name,
    existingId: known?.id ?? null,
    mention: span,
    confidence: 0.6,
  });
  ctx.builder.relate({
    type: 'POSITION_IN',
    from: ref,
    to: body.ref,
    evidence: span,
    confidence: 0.7,
  });
  return { ...span, label: 'Position', ref, name, existingId: known?.id ?? null, from: 0, to: 0 };
}

/** The quote starts at the person when named in the sentence, else at its clause («Ранее он возглавлял …»). */
function clauseStart(ctx: DocumentContext, sc: SentenceContext, person: Mention, at: number): number {
  if (person.start >= sc.sentence.start) return Math.min(person.start, at);
  const head = ctx.folded.slice(sc.sentence.start, at);
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  return cut >= 0 ? sc.sentence.start + cut + 2 : sc.sentence.start;
}

function lastPerson(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  // A career is told over a few sentences with the subject left out («С 2018 по 2021 год работал …»).
  for (let i = sc.index - 1; i >= Math.max(0, sc.index - 4); i--) {
    const person = mentionsOf(ctx.sentences[i]!, 'Person').at(-1);
    if (person) return person;
  }
  return undefined;
}
