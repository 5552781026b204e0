import type { Lang } from './graph-types.ts';

const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * A partial date of the data contract (YYYY, YYYY-MM or YYYY-MM-DD) as a reader of the language writes it:
 * 07.10.2024, 10.2024, 2024 in Russian; 7 Oct 2024, Oct 2024, 2024 in English. Numeric forms need no
 * inflection of month names. Anything else is returned as it is.
 */
export function formatPartialDate(value: string, lang: Lang): string {
  const m = PARTIAL.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  if (lang === 'ru') return [day, month, year].filter(Boolean).join('.');
  const monthName = month
    ? new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en-GB', {
        month: 'short',
        timeZone: 'UTC',
      })
    : null;
  return [day ? String(Number(day)) : null, monthName, year].filter(Boolean).join(' ');
}

/** A span of partial dates: "2022 – 07.10.2024", "с 07.10.2024", "до 2024"; null when both ends are open. */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined, lang: Lang) {
  const a = from ? formatPartialDate(from, lang) : null;
  const b = to ? formatPartialDate(to, lang) : null;
  if (a && b) return `${a} – ${b}`;
  if (a) return lang === 'ru' ? `с ${a}` : `since ${a}`;
  if (b) return lang === 'ru' ? `до ${b}` : `until ${b}`;
  return null;
}
