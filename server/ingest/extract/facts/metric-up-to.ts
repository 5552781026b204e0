import { tokenRange, type SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import type { MetricFigure } from './metric-phrases.ts';

/**
 * A figure with the metric told from `start` up to the figure itself («из них в Аральском районе – 19», «их
 * число достигло 57»), quoted to `evidenceEnd`: the figure, or a baseline told after it.
 */
export function metricUpTo(
  sc: SentenceContext,
  figure: Figure,
  start: number,
  phrase: string,
  evidenceEnd = figure.end,
): MetricFigure {
  return {
    figure,
    metric: {
      ...tokenRange(sc, start, figure.end),
      start,
      end: figure.end,
      phrase,
      evidence: { start, end: evidenceEnd },
    },
  };
}
