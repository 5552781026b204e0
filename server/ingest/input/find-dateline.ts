import * as chrono from 'chrono-node';
import { partialDate } from './partial-date.ts';

/** A dateline is a short line of its own near the top or the bottom: "Петропавловск, 14 марта 2025 года". */
const MAX_DATELINE_LENGTH = 80;
const LINES_CHECKED = 3;

/**
 * The publication date a press release states in a dateline, as a partial date, or null. Only short lines
 * among the first and last three are read, so a date inside the story (an event, a deadline «до 1 марта»)
 * is never taken for the release's date, and the year must be written out: chrono-node's Russian parser
 * reads the words ("14 марта 2025 г.", "14.03.2025"), this function only picks where to look.
 */
export function findDateline(text: string): string | null {
  const lines = text.split('\n');
  const candidates = [...lines.slice(0, LINES_CHECKED), ...lines.slice(-LINES_CHECKED).reverse()];
  for (const line of candidates) {
    if (line.length > MAX_DATELINE_LENGTH) continue;
    for (const result of chrono.ru.parse(line)) {
      const start = result.start;
      if (!start.isCertain('year') || !start.isCertain('month')) continue;
      const date = partialDate(
        start.get('year') ?? NaN,
        start.get('month') ?? undefined,
        start.isCertain('day') ? (start.get('day') ?? undefined) : undefined,
      );
      if (date) return date;
    }
  }
  return null;
}
