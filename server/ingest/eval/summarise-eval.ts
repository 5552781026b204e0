import type { EvalResult } from './run-eval.ts';
import {
  addPrf,
  addPrfRecord,
  addRatio,
  emptyPrf,
  emptyRatio,
  prf,
  share,
  type Prf,
  type Ratio,
} from './metrics.ts';

type Scores = ReturnType<typeof prf>;

/** The evaluation's totals over all documents (micro-averaged: counts summed, then divided). */
export interface EvalSummary {
  documents: number;
  entities: { byLabel: Record<string, Prf & Scores>; all: Prf & Scores };
  linking: Ratio & { accuracy: number | null };
  linkingExisting: Ratio & { accuracy: number | null };
  names: Ratio & { accuracy: number | null };
  relations: Record<'all' | 'stated' | 'inferred', Prf & Scores> & { byType: Record<string, Prf & Scores> };
  figures: Ratio & { accuracy: number | null };
  figuresFound: Ratio & { accuracy: number | null };
  time: Record<'current' | 'dates' | 'years' | 'deadlines', Ratio & { accuracy: number | null }>;
  quotes: Ratio & { validity: number | null };
  msPerDocument: { mean: number; p50: number; max: number } | null;
  missingDrafts: number;
}

const withPrf = (counts: Prf) => ({ ...counts, ...prf(counts) });
const withShare = (ratio: Ratio) => ({ ...ratio, accuracy: share(ratio) });

/** Sums the per-document counts and derives P/R/F1 and accuracies. */
export function summarise(result: EvalResult): EvalSummary {
  const byLabel: Record<string, Prf> = {};
  const byType: Record<string, Prf> = {};
  const entitiesAll = emptyPrf();
  const rel = { all: emptyPrf(), stated: emptyPrf(), inferred: emptyPrf() };
  const ratios = {
    linking: emptyRatio(),
    linkingExisting: emptyRatio(),
    names: emptyRatio(),
    figures: emptyRatio(),
    figuresFound: emptyRatio(),
    quotes: emptyRatio(),
  };
  const time = { current: emptyRatio(), dates: emptyRatio(), years: emptyRatio(), deadlines: emptyRatio() };
  for (const doc of result.documents) {
    addPrfRecord(byLabel, doc.entities);
    for (const counts of Object.values(doc.entities)) addPrf(entitiesAll, counts);
    addPrfRecord(byType, doc.relations.byType);
    for (const key of ['all', 'stated', 'inferred'] as const) addPrf(rel[key], doc.relations[key]);
    for (const key of Object.keys(ratios) as (keyof typeof ratios)[]) addRatio(ratios[key], doc[key]);
    for (const key of Object.keys(time) as (keyof typeof time)[]) addRatio(time[key], doc.time[key]);
  }
  const times = result.documents.map((d) => d.ms).filter((ms): ms is number => ms !== null);
  const sorted = [...times].sort((a, b) => a - b);
  const mapValues = <T, U>(record: Record<string, T>, f: (v: T) => U) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
  return {
    documents: result.documents.length,
    entities: { byLabel: mapValues(byLabel, withPrf), all: withPrf(entitiesAll) },
    linking: withShare(ratios.linking),
    linkingExisting: withShare(ratios.linkingExisting),
    names: withShare(ratios.names),
    relations: {
      all: withPrf(rel.all),
      stated: withPrf(rel.stated),
      inferred: withPrf(rel.inferred),
      byType: mapValues(byType, withPrf),
    },
    figures: withShare(ratios.figures),
    figuresFound: withShare(ratios.figuresFound),
    time: {
      current: withShare(time.current),
      dates: withShare(time.dates),
      years: withShare(time.years),
      deadlines: withShare(time.deadlines),
    },
    quotes: { ...ratios.quotes, validity: share(ratios.quotes) },
    msPerDocument: sorted.length
      ? {
          mean: times.reduce((a, b) => a + b, 0) / times.length,
          p50: sorted[Math.floor((sorted.length - 1) / 2)]!,
          max: sorted.at(-1)!,
        }
      : null,
    missingDrafts: result.documents.filter((d) => d.missingDraft).length,
  };
}
