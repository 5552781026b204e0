import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

const POLICE_SUBJECT = /полицейск\p{L}*|сотрудник\p{L}* полиции|стражи порядка|наркополицейск\p{L}*/iu;

/** The body that seized or cut: named in the sentence, or the release's police body for "полицейские". */
export function byWhom(ctx: DocumentContext, sc: SentenceContext, type: string, target: Mention): void {
  const named = mentionsOf(sc, 'Agency').filter(
    (a) =>
      a.end <= target.start &&
      !/совместно с\s*$/iu.test(ctx.text.slice(Math.max(sc.sentence.start, a.start - 14), a.start)),
  );
  const body = named.find(
    (a) =>
      !sc.mentions.some(
        (o) =>
          o !== a &&
          o.label === 'Agency' &&
          o.start <= a.start &&
          o.end >= a.end &&
          o.end - o.start > a.end - a.start,
      ),
  );
  if (body) {
    ctx.builder.relate({
      type,
      from: body.ref,
      to: target.ref,
      evidence: { start: body.start, end: target.end },
      confidence: 0.8,
    });
    return;
  }
  const police = POLICE_SUBJECT.exec(sc.sentence.text);
  const main = ctx.mainAgency;
  if (!main) return;
  const evidence: Span = police
    ? { start: Math.min(sc.sentence.start + police.index, target.start), end: target.end }
    : sc.sentence;
  ctx.builder.relate({
    type,
    from: main.ref,
    to: target.ref,
    evidence,
    basis: police
      ? `"${police[0]}" in the release of this body: its officers; the sentence does not name the body.`
      : 'Reported in the release of this body; the sentence does not name who did it.',
    confidence: police ? 0.6 : 0.4,
  });
}

/** The year of a sentence's event: its own time expression, else the publication year (said so). */
export function yearOf(ctx: DocumentContext, sc: SentenceContext) {
  const t = sc.times.find((x) => x.year && !x.comparison && !x.deadline);
  return {
    year: t?.year ?? ctx.published?.year,
    yearBasis: t ? (t.basis ?? undefined) : ctx.published ? 'the year of the publication date' : undefined,
  };
}
