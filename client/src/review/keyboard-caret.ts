import type { Span } from './review-types.ts';

// A text caret for the review without a mouse: ← → move it to the next or previous word's start, and with
// Shift they grow or shrink a selection from where Shift was first held, a whole word at a time, so a
// reviewer picks a quote or a mention from the keyboard. The keys `s` and `+` then read it as they read a
// mouse selection. Words are runs of letters and digits, as for the span keys `[ ] { }`.
const WORD = /[\p{L}\p{N}]/u;
const isWord = (text: string, i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);
const startsWord = (text: string, i: number) => isWord(text, i) && !isWord(text, i - 1);
const endsWord = (text: string, i: number) => isWord(text, i - 1) && !isWord(text, i);

/** Where the caret is, and where Shift was first held (null: no selection). */
export interface Caret {
  at: number;
  anchor: number | null;
}

/** The caret at `at`, without a selection. */
export const caretAt = (at: number): Caret => ({ at, anchor: null });

/** The next position right of `i` (or left, with -1) that `stop` accepts; the text's edge when none. */
function seek(text: string, i: number, direction: -1 | 1, stop: (j: number) => boolean): number {
  for (let j = i + direction; j > 0 && j < text.length; j += direction) if (stop(j)) return j;
  return direction === 1 ? text.length : 0;
}

/**
 * The caret moved by a word. Without `extend` it goes to the next (previous) word's start and drops the
 * selection. With `extend` the selection's moving end goes a word further from the anchor, to a word's end
 * on its right and to a word's start on its left, so the selection always holds whole words.
 */
export function moveCaret(text: string, caret: Caret, direction: -1 | 1, extend: boolean): Caret {
  if (!extend) return caretAt(seek(text, caret.at, direction, (j) => startsWord(text, j)));
  const anchor = caret.anchor ?? caret.at;
  const right = caret.at > anchor || (caret.at === anchor && direction === 1);
  const stop = right ? (j: number) => endsWord(text, j) : (j: number) => startsWord(text, j);
  // Crossing the anchor the other way first comes back to it.
  const at = seek(text, caret.at, direction, stop);
  const crossed = (caret.at - anchor) * (at - anchor) < 0;
  return { at: crossed ? anchor : at, anchor };
}

/** The selected span, or null when nothing is selected. */
export function caretSpan(caret: Caret | null): Span | null {
  if (!caret || caret.anchor === null || caret.anchor === caret.at) return null;
  return { start: Math.min(caret.anchor, caret.at), end: Math.max(caret.anchor, caret.at) };
}
