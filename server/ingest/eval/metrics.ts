/** Counts of a precision/recall score: true positives, false positives, false negatives. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

/** A share: how many of `total` were right. */
export interface Ratio {
  correct: number;
  total: number;
}

export const emptyPrf = (): Prf => ({ tp: 0, fp: 0, fn: 0 });
export const emptyRatio = (): Ratio => ({ correct: 0, total: 0 });

export function addPrf(into: Prf, more: Prf): Prf {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

export function addRatio(into: Ratio, more: Ratio): Ratio {
  into.correct += more.correct;
  into.total += more.total;
  return into;
}

/** Precision, recall and F1; null where the denominator is zero (nothing proposed, nothing to find). */
export function prf(counts: Prf): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = counts.tp + counts.fp > 0 ? counts.tp / (counts.tp + counts.fp) : null;
  const recall = counts.tp + counts.fn > 0 ? counts.tp / (counts.tp + counts.fn) : null;
  // With gold to find, an empty answer scores 0, not "undefined".
  const p = precision ?? (recall === null ? null : 0);
  const f1 = p === null || recall === null ? null : p + recall > 0 ? (2 * p * recall) / (p + recall) : 0;
  return { precision, recall, f1 };
}

/** correct / total, or null when there was nothing to judge. */
export function share(ratio: Ratio): number | null {
  return ratio.total > 0 ? ratio.correct / ratio.total : null;
}

/** Sums per-key counts, e.g. entity counts by label over all documents. */
export function addPrfRecord(into: Record<string, Prf>, more: Record<string, Prf>): Record<string, Prf> {
  for (const [key, counts] of Object.entries(more)) addPrf((into[key] ??= emptyPrf()), counts);
  return into;
}
