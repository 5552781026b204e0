import type { Span } from './review-types.ts';

// Word-wise span editing for the review keys `[` `]` `{` `}`: a reviewer fixes a span a word at a time
// instead of dragging a selection. A word is a run of letters and digits; what lies between words (spaces,
// punctuation) goes with the word it is crossed for.
const WORD = /[\p{L}\p{N}]/u;
const isWord = (text: string, i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);

/**
 * `span` with one edge moved by a word: `direction` -1 moves it left, +1 right (so the end grows with +1 and
 * the start with -1). Never returns an empty span or one past the text: at a limit the span is unchanged.
 */
export function moveSpanEdge(text: string, span: Span, edge: 'start' | 'end', direction: -1 | 1): Span {
  let i = edge === 'start' ? span.start : span.end;
  if (edge === 'end' && direction === 1) {
    while (i < text.length && !isWord(text, i)) i++;
    if (!isWord(text, i)) return span;
    while (isWord(text, i)) i++;
  } else if (edge === 'end') {
    while (i > span.start && !isWord(text, i - 1)) i--;
    while (i > span.start && isWord(text, i - 1)) i--;
    while (i > span.start && !isWord(text, i - 1)) i--;
  } else if (direction === -1) {
    while (i > 0 && !isWord(text, i - 1)) i--;
    if (!isWord(text, i - 1)) return span;
    while (isWord(text, i - 1)) i--;
  } else {
    while (i < span.end && isWord(text, i)) i++;
    while (i < span.end && !isWord(text, i)) i++;
  }
  const moved = edge === 'start' ? { start: i, end: span.end } : { start: span.start, end: i };
  return moved.start < moved.end ? moved : span;
}

/** `span` without white space at either end, or null when nothing else is in it. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
