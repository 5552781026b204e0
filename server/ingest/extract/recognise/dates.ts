import type { Span } from '../text/segment.ts';
import type { PartialDate } from './partial-date.ts';
import { RANGE_RULES } from './range-rules.ts';
import { RULES, type TimeRef } from './time-rules.ts';

const COMPARED = /(?:(?:^|\s)чем|сравнени\p{L}*\s+с|(?:^|\s)против)(?:\s+[^\s,.;]+){0,4}\s*$/iu;

/** Time expressions inside the span, earliest first; overlapping matches keep the one found by the earlier rule. */
export function findTimeRefs(text: string, span: Span, published: PartialDate | null): TimeRef[] {
  const out: TimeRef[] = [];
  const slice = text.slice(span.start, span.end);
  for (const rule of [...RANGE_RULES, ...RULES]) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (/[\p{L}\d]/u.test(text[start - 1] ?? '')) continue;
      if (out.some((r) => r.start < end && start < r.end)) continue;
      const resolved = rule.resolve(m, published);
      if (!resolved) continue;
      // «…, что на 6 % больше, чем в 2023 году», «по сравнению с тем же периодом прошлого года»: the baseline.
      const lead = text.slice(Math.max(span.start, start - 40), start);
      const compared = resolved.comparison || COMPARED.test(lead) || /т(?:от|ого) же период/iu.test(m[0]);
      out.push({ start, end, ...resolved, comparison: compared });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
