import type { DocumentContext, SentenceContext } from '../context.ts';

/**
 * The year a results release reviews: the first year its opening sentences name as a period («итоги 2024
 * года», «за 2024 год»); a full date there is the dateline or an event, not the period.
 */
export function reviewYear(ctx: DocumentContext): number | undefined {
  for (const sc of ctx.sentences.slice(0, 3)) {
    const t = sc.times.find(
      (x) => x.year && !x.comparison && !x.deadline && !/-\d\d-\d\d$/.test(x.date ?? ''),
    );
    if (t?.year) return t.year;
  }
  return undefined;
}

/**
 * The year of a sentence's event: its own time expression, else the year the release reviews («В сфере
 * противодействия наркопреступности изъято …» in a release on the results of 2024), else the publication year.
 */
export function yearOf(ctx: DocumentContext, sc: SentenceContext) {
  const t = sc.times.find((x) => x.year && !x.comparison && !x.deadline);
  if (t) return { year: t.year ?? undefined, yearBasis: t.basis ?? undefined };
  const reviewed = reviewYear(ctx);
  if (reviewed) return { year: reviewed, yearBasis: 'the period the release reviews' };
  return {
    year: ctx.published?.year,
    yearBasis: ctx.published ? 'the year of the publication date' : undefined,
  };
}

/**
 * The year something was held (a meeting, a ceremony): the year of a full date its sentence gives, else the
 * publication year. Not the period it reviews: a board on the results of 2024 meets in 2025.
 */
export function heldYear(ctx: DocumentContext, sc: SentenceContext) {
  const dated = sc.times.find((x) => x.year && !x.deadline && /-\d\d-\d\d$/.test(x.date ?? ''));
  if (dated) return { year: dated.year ?? undefined, yearBasis: dated.basis ?? undefined };
  return ctx.published ? { year: ctx.published.year, yearBasis: 'the year of the publication date' } : {};
}
