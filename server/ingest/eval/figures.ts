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

/** Numbers equal to a millionth (a draft may send "770" or 770.0); other values equal after trimming and case. */
export function figureCorrect(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number') {
    const value = typeof actual === 'string' && actual.trim() !== '' ? Number(actual) : actual;
    return typeof value === 'number' && Math.abs(value - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
  }
  return typeof actual === 'string' && actual.trim().toLowerCase() === String(expected).trim().toLowerCase();
}
