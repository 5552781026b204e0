import type { Draft } from '../draft.ts';
import type { Ratio } from './metrics.ts';

const SHOWN = 3;

/**
 * Quote validity: every relationship quote and every mention of a draft, checked against the document's
 * stored text (not the draft's copy of it). A relationship is valid when `text.slice(start, end) ===
 * quote` and the span is not empty; a mention when its span lies in the text and equals its `text`, if
 * it gives one.
 */
export function checkQuotes(text: string, draft: Draft): { quotes: Ratio; badQuotes: string[] } {
  const quotes: Ratio = { correct: 0, total: 0 };
  const badQuotes: string[] = [];
  const judge = (what: string, start: number, end: number, expected: string | undefined) => {
    quotes.total++;
    const inside =
      Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
    if (inside && (expected === undefined || text.slice(start, end) === expected)) quotes.correct++;
    else if (badQuotes.length < SHOWN) {
      badQuotes.push(
        `${what} [${start}, ${end}): "${inside ? text.slice(start, end) : '(outside the text)'}" ≠ "${expected ?? ''}"`,
      );
    }
  };
  for (const r of draft.relationships) judge(`${r.from} ${r.type} ${r.to}`, r.start, r.end, r.quote ?? '');
  for (const e of draft.entities) {
    for (const m of e.mentions ?? []) judge(`mention of ${e.ref}`, m.start, m.end, m.text);
  }
  return { quotes, badQuotes };
}
