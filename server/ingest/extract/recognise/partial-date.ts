export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** "2025", "2025-06" or "2025-06-14" → its parts; null for anything else. */
export function parsePartialDate(value: string | null | undefined): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
  if (!m) return null;
  return {
    year: Number(m[1]),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    ...(m[3] ? { day: Number(m[3]) } : {}),
  };
}

export function formatPartialDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}${date.month ? `-${pad(date.month)}${date.day ? `-${pad(date.day)}` : ''}` : ''}`;
}
