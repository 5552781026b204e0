import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { arrestedItems } from './arrested-items.ts';
import { averageLevels } from './average-levels.ts';
import { becameMore } from './became-more.ts';
import { currencyAfter } from './cash-sums.ts';
import { dashedCounts } from './dashed-counts.ts';
import { subCounts, type SubCount } from './indicator-comparisons.ts';
import { comparedResults } from './compared-results.ts';
import { countedAreas } from './counted-areas.ts';
import { fractionShares } from './fraction-shares.ts';
import { indicatorFigures } from './indicator-figures.ts';
import { invertedCounts } from './inverted-counts.ts';
import { listedCounts } from './listed-counts.ts';
import { metricsIn, type Metric, type MetricFigure } from './metric-phrases.ts';
import { moneySums } from './money-sums.ts';
import { moreOrFewer } from './more-or-fewer.ts';
import { ordinalCounts } from './ordinal-counts.ts';
import { percentOf } from './percent-of.ts';
import { placeCounts } from './place-counts.ts';
import { placeParts } from './place-parts.ts';
import { peopleCounts } from './people-counts.ts';
import { potentialYield } from './potential-yield.ts';
import { pronounCounts } from './pronoun-counts.ts';
import { sharePhrases } from './share-phrases.ts';
import { sizedTotals } from './sized-totals.ts';
import { subjectShares } from './subject-shares.ts';
import { workedAreas } from './worked-areas.ts';
import { workedShares } from './worked-shares.ts';

/** What a sentence measures before figures are given to metrics (indicators.ts). */
export interface SentenceMetrics {
  /** Metrics named by a head word («число краж»), and shares told by «на долю …». */
  named: Metric[];
  /** Metrics told with their own figure: people, sums, areas, estimates, ordinals, pronouns, arrests. */
  told: MetricFigure[];
  /** Areas after a count: their figures are no part of the count (indicator-comparisons.ts). */
  areas: MetricFigure[];
  /** Every figure that can measure crime and work, once, in text order. */
  figures: Figure[];
  /** Parts of a count told after it («из них 41 — сбыт»). */
  parts: SubCount[];
}

/**
 * The metrics and figures of one sentence. A metric named inside the own words of an area or a share
 * («(площадь — 12,5 гектара)», «на долю интернет-мошенничеств») is that area or share; a sum the release
 * estimates («стоимостью свыше 900 млн тенге» after «можно было изготовить») is the estimate's.
 */
export function sentenceMetrics(ctx: DocumentContext, sc: SentenceContext): SentenceMetrics {
  const areas = countedAreas(ctx, sc);
  const shares = [...sharePhrases(ctx, sc), ...percentOf(ctx, sc)];
  const own = [...areas.map((a) => a.metric), ...shares];
  const named = metricsIn(ctx, sc).filter((m) => !own.some((a) => a.start <= m.start && m.end <= a.end));
  const estimated = potentialYield(ctx, sc);
  const told = [
    ...peopleCounts(ctx, sc),
    ...moneySums(ctx, sc).filter((m) => !estimated.some((e) => e.figure.start === m.figure.start)),
    ...estimated,
    ...comparedResults(ctx, sc, named),
    ...areas,
    ...ordinalCounts(ctx, sc),
    ...pronounCounts(ctx, sc),
    ...arrestedItems(ctx, sc),
    ...invertedCounts(ctx, sc, named),
    ...dashedCounts(ctx, sc, named),
    ...listedCounts(ctx, sc, named),
    ...placeParts(ctx, sc),
    ...placeCounts(ctx, sc),
    ...becameMore(ctx, sc),
    ...moreOrFewer(ctx, sc, named),
    ...workedAreas(ctx, sc),
    ...fractionShares(ctx, sc),
    ...workedShares(ctx, sc),
    ...averageLevels(ctx, sc),
  ];
  // «до 80 процентов синтетики продаётся …»: a share no other reader took, told by what its clause says of it.
  told.push(
    ...subjectShares(ctx, sc).filter(
      (s) =>
        !told.some((t) => t.figure.start === s.figure.start) &&
        !shares.some((m) => m.start <= s.figure.start && s.figure.end <= m.end),
    ),
  );
  const all = [
    // «две трети изъятого»: a told metric that reads a figure wider than the number («две») keeps its reading.
    ...indicatorFigures(sc).filter(
      (f) =>
        !areas.some((a) => a.figure === f) &&
        !told.some((t) => t.figure.start <= f.start && t.figure.end > f.end),
    ),
    ...sizedTotals(ctx, sc, named),
    ...told.map((p) => p.figure),
  ];
  // «их было задействовано свыше 300»: a figure a told metric re-reads is one figure, not two.
  const figures = all
    .filter((f, i) => !all.some((g, j) => j < i && g.start === f.start && g.end === f.end))
    .sort((a, b) => a.start - b.start);
  // An area after a count is read with its own words, not as a part of the count; so is a sum told with its
  // own words («из которых 120 млн тенге обналичено через 64 банковские карты»): its quote ends at its verb,
  // and the cards stay a count of their own.
  const toldSum = (f: Figure) =>
    currencyAfter(ctx, f.end) !== null && told.some((t) => t.figure.start === f.start);
  const parts = subCounts(ctx, sc, figures).filter(
    (p) => !areas.some((a) => a.figure === p.figure) && !toldSum(p.figure),
  );
  return { named: [...named, ...shares], told, areas, figures, parts };
}
