import { partialDate } from '../ingest/input/partial-date.ts';

/**
 * Partial dates of the data contract: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each a real calendar date. Facts'
 * `validFrom`/`validTo`, events' `date` and a Source's `publishedAt` use them; a `period` is two of them
 * joined by `/` (ISO 8601 interval), e.g. `2024-01/2024-09` for «за девять месяцев 2024 года».
 *
 * Bounds compare as strings once padded: the lower bound of `2024-10` is `2024-10-00`, its upper bound
 * `2024-10-99`, so a partial bound covers its whole period and the lexicographic order of zero-padded ISO
 * dates is date order. cypher/fragments/valid-on.cypher pads the same way in the database.
 */
const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isPartialDate(value: string): boolean {
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  return (
    partialDate(Number(year), month ? Number(month) : undefined, day ? Number(day) : undefined) === value
  );
}

/** `2024` → `2024-00-00`, `2024-10` → `2024-10-00`: sorts before every day of the period. */
export function lowerBound(value: string): string {
  return value.length === 4 ? `${value}-00-00` : value.length === 7 ? `${value}-00` : value;
}

/** `2024` → `2024-99-99`, `2024-10` → `2024-10-99`: sorts after every day of the period. */
export function upperBound(value: string): string {
  return value.length === 4 ? `${value}-99-99` : value.length === 7 ? `${value}-99` : value;
}

/** True for an ISO 8601 interval of two partial dates that does not end before it starts. */
export function isPeriod(value: string): boolean {
  const parts = value.split('/');
  if (parts.length !== 2) return false;
  const [from, to] = parts as [string, string];
  return isPartialDate(from) && isPartialDate(to) && lowerBound(from) <= upperBound(to);
}

/** Whether a fact with these bounds holds on `day` (YYYY-MM-DD); an absent bound is open. */
export function holdsOn(
  validFrom: string | null | undefined,
  validTo: string | null | undefined,
  day: string,
) {
  return (!validFrom || lowerBound(validFrom) <= day) && (!validTo || upperBound(validTo) >= day);
}
