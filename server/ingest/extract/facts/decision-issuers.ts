import { mentionsOf, type DocumentContext, type Mention } from '../context.ts';
import type { DecisionSet } from './decision-lists.ts';

/** «под председательством заместителя акима области Руслана Жаксылыкова», «провёл … совещание». */
const CHAIRED = /под\s+председательством|(?:провел\p{L}*|провела)\s+(?=[^.]*(?:совещани|заседани|коллеги))/iu;

/**
 * Who issued a list of decisions: the person the list's sentence names before its verb, else the one who
 * chaired the meeting it follows (inferred). Items with no issuer of their own get the same one (inferred).
 */
export function issueDecisionLists(ctx: DocumentContext, sets: DecisionSet[], meetings: Mention[]): void {
  for (const set of sets) {
    if (issueAnnounced(ctx, set)) continue;
    const sc = ctx.sentences[set.directive.from]!;
    const named = mentionsOf(sc, 'Person').find((p) => p.end <= set.directive.start);
    const meeting = meetings.filter((m) => m.start < set.directive.start).at(-1);
    const chaired = named
      ? undefined
      : meeting
        ? (chairOf(ctx, meeting) ?? openerOf(ctx, meeting))
        : undefined;
    const chair = named ?? chaired?.person;
    if (!chair) continue;
    const basis = named
      ? null
      : 'Chaired the meeting whose decisions these are; the text does not say who took them.';
    const basisRu =
      'Председательствовал на заседании, где приняты эти решения; кто их принял, в тексте не сказано.';
    ctx.builder.relate({
      type: 'ISSUED',
      from: chair.ref,
      to: set.directive.ref,
      evidence: named ? { start: chair.start, end: set.directive.end } : chaired!.evidence,
      basis,
      ...(basis ? { basisRu } : {}),
      confidence: named ? 0.75 : 0.55,
    });
    for (const item of set.items) {
      if (ctx.builder.sourcesOf('ISSUED', item.ref).length) continue;
      ctx.builder.relate({
        type: 'ISSUED',
        from: chair.ref,
        to: item.ref,
        evidence: chaired?.evidence ?? { start: chair.start, end: set.directive.end },
        basis: 'Chaired the meeting whose decisions these are; the text does not say who took them.',
        basisRu,
        confidence: 0.5,
      });
    }
  }
}

/**
 * «Мадина Абилкасымова поручила:» and the list: whoever issued the announcing sentence issued every item it
 * lists (stated: the sentence says she gave them). False when the set has no issuer yet.
 */
function issueAnnounced(ctx: DocumentContext, set: DecisionSet): boolean {
  const given = ctx.builder
    .sourcesOf('ISSUED', set.directive.ref)
    .flatMap((from) => ctx.builder.relationshipsFrom('ISSUED', from))
    .filter((r) => r.to === set.directive.ref && !r.inferred);
  for (const issued of given)
    for (const item of set.items)
      if (!ctx.builder.sourcesOf('ISSUED', item.ref).length)
        ctx.builder.relate({
          type: 'ISSUED',
          from: issued.from,
          to: item.ref,
          evidence: issued,
          confidence: 0.75,
        });
  return given.length > 0;
}

/**
 * «Открывая заседание, начальник ДП ВКО … Нуржан Тлеубердин отметил …»: who opened it chaired it; so did who
 * «вёл» or «провёл» it when the sentence after the meeting's says so («Заседание провёл заместитель …»).
 */
const OPENED =
  /открыва\p{L}*\s+(?:заседание|коллегию|совещание)|открыл[аи]?\s+(?:заседание|коллегию|совещание)|(?<![\p{L}])(?:заседани|совещани|коллеги|собрани|сесси)\p{L}*\s+(?:провел|вел)(?:[аи])?\s/iu;
/** How many sentences after the meeting's the opening may be told. */
const OPENING_LOOKAHEAD = 3;

/**
 * «По итогам коллегии начальникам подразделений поручено …»: an instruction in the passive that the meeting
 * produced, with no one named, was given by whoever chaired (or opened) it — inferred, the text does not say.
 */
export function issueByChair(ctx: DocumentContext, directives: Mention[], meetings: Mention[]): void {
  for (const directive of directives) {
    // A prosecutor's representation is the prosecutor's, not the chair's.
    if (ctx.builder.sourcesOf('ISSUED', directive.ref).length || /представлени/iu.test(directive.name))
      continue;
    const produced = ctx.builder.sourcesOf('PRODUCED', directive.ref);
    const meeting = meetings.find((m) => produced.includes(m.ref));
    const chair = meeting ? (chairOf(ctx, meeting) ?? openerOf(ctx, meeting)) : undefined;
    if (!chair) continue;
    ctx.builder.relate({
      type: 'ISSUED',
      from: chair.person.ref,
      to: directive.ref,
      evidence: chair.evidence,
      basis: 'Chaired the meeting that gave this instruction; the text does not say who gave it.',
      basisRu: 'Председательствовал на заседании, где дано это поручение; кто его дал, в тексте не сказано.',
      confidence: 0.5,
    });
  }
}

/** The person named right after «Открывая заседание» in the few sentences after the meeting's. */
function openerOf(
  ctx: DocumentContext,
  meeting: Mention,
): { person: Mention; evidence: { start: number; end: number } } | undefined {
  const at = ctx.sentences.findIndex(
    (s) => s.sentence.start <= meeting.start && meeting.start < s.sentence.end,
  );
  for (const sc of ctx.sentences.slice(at, at + 1 + OPENING_LOOKAHEAD)) {
    const m = OPENED.exec(sc.sentence.text);
    if (!m) continue;
    const start = sc.sentence.start + m.index;
    const person = mentionsOf(sc, 'Person').find((p) => p.start > start);
    if (person) return { person, evidence: { start, end: person.end } };
  }
  return undefined;
}

/** The person named right after «под председательством» (or before «провёл») in the meeting's sentence. */
function chairOf(
  ctx: DocumentContext,
  meeting: Mention,
): { person: Mention; evidence: { start: number; end: number } } | undefined {
  const sc = ctx.sentences.find((s) => s.sentence.start <= meeting.start && meeting.start < s.sentence.end);
  if (!sc) return undefined;
  const m = CHAIRED.exec(sc.sentence.text);
  if (!m) return undefined;
  const at = sc.sentence.start + m.index;
  const people = mentionsOf(sc, 'Person');
  const person = /^под/iu.test(m[0])
    ? people.find((p) => p.start > at && !/[.;]/.test(ctx.folded.slice(at, p.start)))
    : people.filter((p) => p.end <= at).at(-1);
  if (!person) return undefined;
  return {
    person,
    evidence: { start: Math.min(at, person.start), end: Math.max(at + m[0].length, person.end) },
  };
}
