/**
 * Entity properties scored as figures: amounts, values, changes and counts, and the direction of a
 * change. `unit` and `changeUnit` are scored only when the gold says "%".
 */
export const FIGURE_KEYS = [
  'amountKg',
  'value',
  'change',
  'count',
  'direction',
  'unit',
  'changeUnit',
] as const;

/**
 * Quantities the gold format lets an annotator name two ways, the first form preferred: the level of an
 * Indicator as `value` (with `unit`) or as `count` (the sets disagree on counted things, and the contract gives
 * an Indicator no second level), and a volume as `value` or `volumeLitres`. A draft's other name counts only
 * when the draft lacks the gold's own key, so a wrong number under the right key is still wrong.
 */
const SAME_QUANTITY: Readonly<Record<string, readonly string[]>> = {
  count: ['value'],
  value: ['count', 'volumeLitres'],
};

/** One scored figure of a gold entity: what the gold says, what the draft says under that key or its synonym. */
export interface FigureRead {
  key: (typeof FIGURE_KEYS)[number];
  expected: unknown;
  actual: unknown;
  right: boolean;
}

/** The figures of a gold entity that are scored, each read against the draft's properties. */
export function readFigures(
  gold: Readonly<Record<string, unknown>>,
  draft: Readonly<Record<string, unknown>>,
): FigureRead[] {
  const reads: FigureRead[] = [];
  for (const key of FIGURE_KEYS) {
    const expected = gold[key];
    if (expected === undefined || expected === null) continue;
    // Units are a naming convention except for percentages, which the text states.
    if ((key === 'unit' || key === 'changeUnit') && expected !== '%') continue;
    const own = draft[key];
    const other =
      own === undefined ? (SAME_QUANTITY[key] ?? []).find((k) => draft[k] !== undefined) : undefined;
    const actual = other === undefined ? own : draft[other];
    reads.push({ key, expected, actual, right: figureCorrect(expected, actual) });
  }
  return reads;
}

/** Numbers equal to a millionth (a draft may send "770" or 770.0); other values equal after trimming and case. */
export function figureCorrect(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number') {
    const value = typeof actual === 'string' && actual.trim() !== '' ? Number(actual) : actual;
    return typeof value === 'number' && Math.abs(value - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
  }
  return typeof actual === 'string' && actual.trim().toLowerCase() === String(expected).trim().toLowerCase();
}
