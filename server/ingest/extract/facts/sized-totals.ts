import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { SIZE_HEAD, type Metric } from './metric-phrases.ts';

const LARGEST = /(?:наибольш|крупнейш|максимальн)\p{L}*/iu;

/** «Общий вес изъятых наркотиков составил 142,5 кг»: a mass is a figure when a size named before it owns it. */
export function sizedTotals(ctx: DocumentContext, sc: SentenceContext, named: readonly Metric[]): Figure[] {
  // «Наибольший объём — 3,9 тонны — изъят в …»: the largest of several is one seizure, not a total.
  const largest = (m: Metric) =>
    LARGEST.test(`${ctx.folded.slice(Math.max(sc.sentence.start, m.start - 20), m.start)}${m.phrase}`);
  const sizes = named.filter(
    (m) => sc.tokens.slice(m.from, m.to).some((t) => SIZE_HEAD.test(t.text)) && !largest(m),
  );

  return sc.figures.filter(
    (f) =>
      f.unit === 'kg' &&
      sizes.some((m) => m.end <= f.start && !/[,;:]/u.test(ctx.folded.slice(m.end, f.start))),
  );
}
