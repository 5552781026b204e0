// Extended ISO 8601 as Neo4j's datetime() reads it: a date, optionally a time (hours, minutes, seconds,
// up to 9 fraction digits) and an offset. Neo4j's other forms (week dates, basic format) are not needed
// by any client and are refused here rather than half-supported.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

/** True for a date-time Neo4j will accept: the right shape and a real calendar date and time. */
export function isIsoDateTime(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  const within = (value: string | undefined, max: number) => value === undefined || Number(value) <= max;
  return within(m[4], 23) && within(m[5], 59) && within(m[6], 59) && within(m[8], 18) && within(m[9], 59);
}
