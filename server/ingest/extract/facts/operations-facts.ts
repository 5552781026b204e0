import {
  between,
  mentionsOf,
  type DocumentContext,
  type Mention,
  type SentenceContext,
  insideAnother,
} from '../context.ts';
import { relateResults } from './operation-results.ts';
import { JOINT, POLICE_SUBJECT } from './agent-words.ts';
import { actingBody } from './by-whom.ts';
import { placeSaidHere } from './seizure-places.ts';
import { placeList } from './place-list.ts';

/** «Мероприятие провели …», «Его провели …», «Операцию проводили …»: a sentence that goes on about the operation. */
const RAN_IT =
  /^(?:его|ее|мероприятие|операцию|операция|опм|рейд|акцию|акция)\s+(?:\p{L}+\s+)?(?:провел|проводил|организовал|осуществил|проведен)\p{L}*/iu;
const POLICE_LEAD = /^(?:сотрудник\p{L}*|полицейск\p{L}*)\s/iu;
/** «К операции были привлечены подразделения КНБ, …», «В рейде приняли участие …»: the bodies took part in it. */
const TOOK_PART =
  /^(?:к|в)\s+(?:операци\p{L}*|мероприяти\p{L}*|опм|рейд\p{L}*|акци\p{L}*)\s+(?:были\s+|также\s+)?(?:привлечен\p{L}*|приняли\s+участие|участвовал\p{L}*|задействован\p{L}*)\s/iu;
/** «, проведённой …», «, проводимого …»: the operation's participle, after which its bodies are named. */
const RUN_BY = /^[^.;]*,\s*(?:провед|проводим|проводивш|проходивш)\p{L}*\s[^.;]*$/iu;
const SUMMED_UP = /подвел\p{L}*\s+итоги|подведены\s+итоги|подводя\s+итоги/iu;

/**
 * An operation's facts: CONDUCTED_BY the bodies that ran it and PARTICIPATED_IN for those «совместно с»
 * them — named in its sentence, or in the next one when that one refers back («Мероприятие провели
 * Департамент полиции … и Департамент КНБ …»); a body that only sums up its results ran it too (inferred).
 * OCCURRED_IN the place named with it (or the release's region, inferred); RESULTED_IN: operation-results.ts.
 */
export function relateOperations(ctx: DocumentContext, results: Mention[]): void {
  let current: Mention | undefined;
  const unplaced: Mention[] = [];
  for (const sc of ctx.sentences) {
    const ops = mentionsOf(sc, 'Operation');
    // «Операция проводилась совместно со Службой …» later in the release: the operation named before.
    if (!ops[0] && current && sc.index > 0 && RAN_IT.test(sc.sentence.text))
      relateBodies(ctx, sc, current, outer(mentionsOf(sc, 'Agency')));
    if (!ops[0] && current && TOOK_PART.test(sc.sentence.text))
      for (const a of outer(mentionsOf(sc, 'Agency')))
        ctx.builder.relate({
          type: 'PARTICIPATED_IN',
          from: a.ref,
          to: current.ref,
          evidence: { start: sc.sentence.start, end: a.end },
          confidence: 0.7,
        });
    current = ops[0] ?? current;
    for (const op of ops) {
      const agencies = outer(mentionsOf(sc, 'Agency'));
      relateBodies(ctx, sc, op, agencies);
      // «ОПМ «Мак» … . Сотрудники ДП … пресекли …»: the next sentence says who did the work.
      const next = ctx.sentences[sc.index + 1];
      const police = agencies.length === 0 ? POLICE_SUBJECT.exec(sc.sentence.text) : null;
      if (police) policeRanIt(ctx, sc, op, police);
      else if (
        agencies.length === 0 &&
        next &&
        !RAN_IT.test(next.sentence.text) &&
        POLICE_LEAD.test(next.sentence.text)
      )
        relateBodies(
          ctx,
          next,
          op,
          outer(mentionsOf(next, 'Agency')),
          "The sentence after the operation is named reports this body's part in it; it does not name the operation.",
        );
      if (!relatePlace(ctx, sc, op, agencies)) unplaced.push(op);
    }
  }
  // A headline («Итоги ОПМ … подвели в МВД») names no place; the release's region only when no sentence does.
  for (const op of unplaced)
    if (!ctx.builder.relationshipsFrom('OCCURRED_IN', op.ref)[0]) placeByRegion(ctx, op);
  relateResults(ctx, results);
}

/**
 * «В ходе ОПМ "Заслон" полицейские проверили …»: the operation's own sentence says only «полицейские», so the
 * release's police body ran it (inferred).
 */
function policeRanIt(ctx: DocumentContext, sc: SentenceContext, op: Mention, police: RegExpExecArray): void {
  const body = actingBody(ctx);
  if (!body) return;
  const at = sc.sentence.start + police.index;
  ctx.builder.relate({
    type: 'CONDUCTED_BY',
    from: op.ref,
    to: body.ref,
    evidence: { start: Math.min(op.start, at), end: Math.max(op.end, at + police[0].length) },
    basis: `"${police[0]}" in the release of this body: its officers ran the operation; the sentence does not name the body.`,
    confidence: 0.55,
  });
}

function relateBodies(
  ctx: DocumentContext,
  sc: SentenceContext,
  op: Mention,
  agencies: Mention[],
  basis: string | null = null,
): void {
  const summed = SUMMED_UP.test(sc.sentence.text);
  const reason =
    basis ?? (summed ? "The bodies that sum up the operation's results are those that ran it." : null);
  for (const a of agencies) {
    const before = between(ctx, sc.sentence.start, a.start);
    const joint = JOINT.test(before) && !/[.;]/.test(before.slice(before.search(JOINT)));
    const sameSentence = op.start >= sc.sentence.start && op.end <= sc.sentence.end;
    // «операции «Дала-2025», проведённой … совместно с КНБ»: the operation's own participle says who ran it.
    const said = sameSentence && a.start > op.end && RUN_BY.test(between(ctx, op.end, a.start));
    const why = said ? basis : reason;
    const evidence = sameSentence
      ? { start: Math.min(op.start, a.start), end: Math.max(op.end, a.end) }
      : { start: sc.sentence.start, end: a.end };
    ctx.builder.relate({
      type: joint ? 'PARTICIPATED_IN' : 'CONDUCTED_BY',
      from: joint ? a.ref : op.ref,
      to: joint ? op.ref : a.ref,
      evidence,
      basis: why,
      confidence: why ? 0.55 : 0.75,
    });
  }
}

/** OCCURRED_IN the places named in the operation's sentence; false when it names none. */
function relatePlace(ctx: DocumentContext, sc: SentenceContext, op: Mention, agencies: Mention[]): boolean {
  const places = mentionsOf(sc, 'Region', 'City').filter(
    (p) => !agencies.some((a) => a.start <= p.start && a.end >= p.end) && !insideAnother(sc, p),
  );
  const place = places.find((p) => placeSaidHere(ctx, sc, p));
  // «в Туркестанской, Жамбылской, Алматинской областях и городе Шымкент»: every place of the list.
  for (const each of place ? placeList(ctx, places, place) : [])
    ctx.builder.relate({
      type: 'OCCURRED_IN',
      from: op.ref,
      to: each.ref,
      evidence: { start: Math.min(op.start, each.start), end: Math.max(op.end, each.end) },
      confidence: 0.75,
    });
  return place !== undefined;
}

function placeByRegion(ctx: DocumentContext, op: Mention): void {
  if (!ctx.mainRegion) return;
  ctx.builder.relate({
    type: 'OCCURRED_IN',
    from: op.ref,
    to: ctx.mainRegion.ref,
    evidence: op,
    basis: 'Carried out by the police of the region the release is about; no place is named with it.',
    confidence: 0.5,
  });
}

/** Mentions not inside a longer one ("КНБ" inside "Службы пограничной охраны КНБ" is left out). */
function outer(mentions: Mention[]): Mention[] {
  return mentions.filter(
    (m) =>
      !mentions.some(
        (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
}
