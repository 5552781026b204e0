/** A source text cut around a quoted passage, for display with the passage highlighted. */
export interface Passage {
  before: string;
  quote: string;
  after: string;
  /** True when the offsets were wrong or missing and the quote was found by searching the text. */
  located: 'offsets' | 'search' | 'missing';
}

/**
 * Finds an edge's quote in its source. Offsets are trusted only when they point at exactly the quote;
 * otherwise the first occurrence is used (the seed checks quotes occur, so this only covers drift).
 */
export function locatePassage(
  text: string,
  quote: string,
  start?: number | null,
  end?: number | null,
): Passage {
  if (
    start !== null &&
    start !== undefined &&
    end !== null &&
    end !== undefined &&
    text.slice(start, end) === quote
  ) {
    return { before: text.slice(0, start), quote, after: text.slice(end), located: 'offsets' };
  }
  const at = quote ? text.indexOf(quote) : -1;
  if (at >= 0) {
    return { before: text.slice(0, at), quote, after: text.slice(at + quote.length), located: 'search' };
  }
  return { before: text, quote: '', after: '', located: 'missing' };
}
