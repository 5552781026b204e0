/**
 * Dates of what is on the canvas, for the time bar: every element's span as padded day strings, so that
 * string order is date order and a partial date covers its whole period ('2024-10' runs from '2024-10-00'
 * to '2024-10-99'), exactly as the server's asOf filter reads them (cypher/fragments/valid-on.cypher).
 */
export interface Span {
  from: string | null;
  to: string | null;
}

/** A range chosen on the time bar: the days from..to (padded), both inclusive; from === to is one day. */
export interface TimeRange {
  from: string;
  to: string;
}

const PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The first (or last) padded day a partial date covers; null for anything that is not one. */
export function padDate(value: unknown, end: boolean): string | null {
  if (typeof value !== 'string' || !PARTIAL.test(value)) return null;
  if (value.length === 4) return `${value}${end ? '-99-99' : '-00-00'}`;
  if (value.length === 7) return `${value}${end ? '-99' : '-00'}`;
  return value;
}

/** What the time bar reads of an element's data: an edge's validity, a node's year, date or period. */
export interface Dated {
  validFrom?: string | null;
  validTo?: string | null;
  year?: number | null;
  props?: Record<string, unknown>;
}

/**
 * An element's span, or null when it has no date at all (it is then never faded). A fact valid from a date
 * with no end runs on; a node with a year covers that year; a period "a/b" covers a..b.
 */
export function spanOf(data: Dated): Span | null {
  if (data.validFrom || data.validTo)
    return { from: padDate(data.validFrom, false), to: padDate(data.validTo, true) };
  const period = data.props?.period ?? data.props?.periodReviewed;
  if (typeof period === 'string' && period.includes('/')) {
    const [a, b] = period.split('/');
    return { from: padDate(a, false), to: padDate(b, true) };
  }
  const date = data.props?.date;
  if (typeof date === 'string' && padDate(date, false))
    return { from: padDate(date, false), to: padDate(date, true) };
  if (typeof data.year === 'number') return { from: `${data.year}-00-00`, to: `${data.year}-99-99` };
  return null;
}

/** Whether a span overlaps the range (an open end reaches as far as it needs to). */
export function overlaps(span: Span, range: TimeRange): boolean {
  return (span.from === null || span.from <= range.to) && (span.to === null || span.to >= range.from);
}

/** Years of the spans (a span with an open end counts in the years it reaches within the others'). */
export function histogram(spans: readonly Span[]): { year: number; count: number }[] {
  const years = spans
    .flatMap((s) => [s.from, s.to])
    .filter((d): d is string => d !== null)
    .map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return [];
  const min = Math.min(...years);
  const max = Math.max(...years);
  const bins = Array.from({ length: max - min + 1 }, (_, i) => ({ year: min + i, count: 0 }));
  for (const span of spans) {
    const from = span.from ? Number(span.from.slice(0, 4)) : min;
    const to = span.to ? Number(span.to.slice(0, 4)) : max;
    for (let y = from; y <= to; y++) bins[y - min]!.count++;
  }
  return bins;
}

const RANGE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\.\.(\d{4}(?:-\d{2}(?:-\d{2})?)?))?$/;

/** Reads the link's `t` parameter: "2024-10-07" (as of a day) or "2023..2024-09"; null when absent or bad. */
export function parseRange(value: string | null): TimeRange | null {
  const m = value ? RANGE.exec(value) : null;
  if (!m) return null;
  const from = padDate(m[1], false)!;
  const to = padDate(m[2] ?? m[1], true)!;
  return from <= to ? { from, to } : null;
}

/** Writes a range for the link, without the padding: "2024", "2023-01..2024-09", "2024-10-07". */
export function formatRange(range: TimeRange): string {
  const clean = (d: string) => d.replace(/-(00|99)-(00|99)$/, '').replace(/-(00|99)$/, '');
  const from = clean(range.from);
  const to = clean(range.to);
  return from === to ? from : `${from}..${to}`;
}
