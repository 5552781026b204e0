/**
 * The date part of a machine-readable date as the document wrote it: "2025-06-12T10:30:00+05:00" →
 * "2025-06-12", "2025-06" → "2025-06", PDF's "D:20250314090000Z" → "2025-03-14". The local date is kept,
 * not converted to UTC: a release published at 00:30 in Astana is dated that day. Null when not a date.
 */
export function toPartialDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(trimmed);
  const iso = pdf ?? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/.exec(trimmed);
  if (!iso) return null;
  const [, year, month, day] = iso;
  return partialDate(Number(year), month ? Number(month) : undefined, day ? Number(day) : undefined);
}

/** YYYY, YYYY-MM or YYYY-MM-DD from numbers, or null when they are not a real calendar date. */
export function partialDate(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${ym}-${String(day).padStart(2, '0')}`;
}
