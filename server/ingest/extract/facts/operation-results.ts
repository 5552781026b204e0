import { mentionsOf, type DocumentContext, type Mention } from '../context.ts';

/** «в ходе ОПМ», «в рамках операции», «в результате мероприятия», «по итогам рейда», «при проведении ОПМ». */
const DURING =
  /в ходе|в рамках|во время|(?:в результате|по итогам|по результатам|в период|при проведении)\s+(?:[\p{L}-]+\s+)?(?:опм|операци|спецоперац|мероприяти|рейд|акци|проведени)/iu;

/**
 * RESULTED_IN: the seizures and channels of an operation's own sentence, or of a later sentence «в ходе …»
 * (stated); in a release about the operation (named in its first two paragraphs), every seizure and channel
 * reported after it without a time frame of its own («С начала года …», «в минувшем году …»), inferred.
 */
export function relateResults(ctx: DocumentContext, results: Mention[]): void {
  const subject = ctx.sentences
    .filter((sc) => sc.sentence.paragraph <= 2)
    .flatMap((sc) => mentionsOf(sc, 'Operation'))[0];
  let current: Mention | undefined;
  for (const sc of ctx.sentences) {
    const ops = mentionsOf(sc, 'Operation');
    current = ops[0] ?? current;
    if (!current) continue;
    const here = results.filter((r) => r.start >= sc.sentence.start && r.end <= sc.sentence.end);
    // A period of its own («С начала года …», «в минувшем году») frames another count; a day («Так, 17
    // октября …») is an episode of the operation the release is about.
    const ownTime = sc.times.some(
      (t) => !t.deadline && !t.comparison && (t.period || t.range || !/-\d\d-\d\d$/.test(t.date ?? '')),
    );
    for (const r of here) {
      const op = ops[0];
      const stated = op !== undefined || DURING.test(sc.sentence.text);
      if (!stated && (current.ref !== subject?.ref || ownTime)) continue;
      ctx.builder.relate({
        type: 'RESULTED_IN',
        from: current.ref,
        to: r.ref,
        evidence: op
          ? { start: Math.min(op.start, r.start), end: Math.max(op.end, r.end) }
          : stated
            ? { start: sc.sentence.start, end: r.end }
            : r,
        basis: stated
          ? null
          : 'Reported in the release about this operation, after it is named; the sentence does not say so.',
        confidence: op ? 0.8 : stated ? 0.75 : 0.5,
      });
    }
  }
}
