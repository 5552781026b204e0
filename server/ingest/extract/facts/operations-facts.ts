import { mentionsOf, type DocumentContext, type Mention } from '../context.ts';

/**
 * An operation's facts: CONDUCTED_BY the body that carried it out (the sentence's first body not after
 * "совместно с"), PARTICIPATED_IN for the bodies "совместно с", OCCURRED_IN the region named (or the
 * release's, inferred), RESULTED_IN the seizures and channels reported in the same sentence or after
 * "в ходе/в рамках" it.
 */
export function relateOperations(ctx: DocumentContext, results: Mention[]): void {
  let current: Mention | undefined;
  for (const sc of ctx.sentences) {
    const operations = mentionsOf(sc, 'Operation');
    if (operations[0]) current = operations[0];
    const here = results.filter((r) => r.start >= sc.sentence.start && r.end <= sc.sentence.end);
    if (current && !operations[0] && /в ходе|в рамках|операци|рейд|ОПМ/iu.test(sc.sentence.text)) {
      for (const r of here)
        ctx.builder.relate({
          type: 'RESULTED_IN',
          from: current.ref,
          to: r.ref,
          evidence: { start: sc.sentence.start, end: r.end },
          confidence: 0.75,
        });
    }
    for (const op of operations) {
      for (const r of here)
        ctx.builder.relate({
          type: 'RESULTED_IN',
          from: op.ref,
          to: r.ref,
          evidence: { start: Math.min(op.start, r.start), end: Math.max(op.end, r.end) },
          confidence: 0.8,
        });
      const agencies = outer(mentionsOf(sc, 'Agency'));
      for (const a of agencies) {
        const joint =
          /совместно с[\p{L}\s,]*$/iu.test(ctx.text.slice(sc.sentence.start, a.start)) &&
          ctx.text.slice(sc.sentence.start, a.start).search(/совместно с/iu) >= 0;
        const evidence = { start: Math.min(op.start, a.start), end: Math.max(op.end, a.end) };
        ctx.builder.relate({
          type: joint ? 'PARTICIPATED_IN' : 'CONDUCTED_BY',
          from: joint ? a.ref : op.ref,
          to: joint ? op.ref : a.ref,
          evidence,
          confidence: 0.7,
        });
      }
      // "ОПМ «Мак» … . Сотрудники ДП … пресекли …": the next sentence says who carried it out.
      const next = ctx.sentences[sc.index + 1];
      if (
        agencies.length === 0 &&
        next &&
        /^(?:сотрудник\p{L}*|полицейск\p{L}*)\s/iu.test(next.sentence.text)
      ) {
        for (const a of outer(mentionsOf(next, 'Agency'))) {
          const joint = /совместно с[^.]*$/iu.test(ctx.text.slice(next.sentence.start, a.start));
          ctx.builder.relate({
            type: joint ? 'PARTICIPATED_IN' : 'CONDUCTED_BY',
            from: joint ? a.ref : op.ref,
            to: joint ? op.ref : a.ref,
            evidence: { start: next.sentence.start, end: a.end },
            basis:
              "The sentence after the operation is named reports this body's part in it; it does not name the operation.",
            confidence: 0.55,
          });
        }
      }
      const place = mentionsOf(sc, 'Region', 'City').find(
        (p) => !agencies.some((a) => a.start <= p.start && a.end >= p.end),
      );
      if (place)
        ctx.builder.relate({
          type: 'OCCURRED_IN',
          from: op.ref,
          to: place.ref,
          evidence: { start: Math.min(op.start, place.start), end: Math.max(op.end, place.end) },
          confidence: 0.75,
        });
      else if (ctx.mainRegion)
        ctx.builder.relate({
          type: 'OCCURRED_IN',
          from: op.ref,
          to: ctx.mainRegion.ref,
          evidence: op,
          basis: 'Carried out by the police of the region the release is about; no place is named with it.',
          confidence: 0.5,
        });
    }
    // "Операция проводилась совместно со Службой … и Комитетом …"
    if (
      !operations[0] &&
      current &&
      /(?:операци|рейд|мероприяти)\p{L}* (?:проводил\p{L}*|проведен\p{L}*) совместно/iu.test(sc.sentence.text)
    ) {
      for (const a of outer(mentionsOf(sc, 'Agency')))
        ctx.builder.relate({
          type: 'PARTICIPATED_IN',
          from: a.ref,
          to: current.ref,
          evidence: { start: sc.sentence.start, end: a.end },
          confidence: 0.65,
        });
    }
  }
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
