import { describe, expect, it } from 'vitest';
import { caretAt, caretSpan, moveCaret, type Caret } from '../../client/src/review/keyboard-caret.ts';

// The review's keyboard caret (← → by word, Shift to select), on an invented sentence (a test fixture).
const TEXT = 'Приказом министра, подполковник Ерболат Жумабаев назначен.';
const at = (word: string) => TEXT.indexOf(word);
const picked = (caret: Caret) => {
  const span = caretSpan(caret);
  return span && TEXT.slice(span.start, span.end);
};
const press = (caret: Caret, ...keys: ('←' | '→' | '⇧←' | '⇧→')[]) =>
  keys.reduce((c, key) => moveCaret(TEXT, c, key.endsWith('←') ? -1 : 1, key.startsWith('⇧')), caret);

describe('keyboard caret', () => {
  it('moves to the next and previous word start, over punctuation, and stops at the text’s edges', () => {
    expect(press(caretAt(0), '→').at).toBe(at('министра'));
    expect(press(caretAt(0), '→', '→').at).toBe(at('подполковник'));
    expect(press(caretAt(at('подполковник')), '←').at).toBe(at('министра'));
    expect(press(caretAt(0), '←').at).toBe(0);
    expect(press(caretAt(at('назначен')), '→').at).toBe(TEXT.length);
    expect(press(caretAt(at('Ерболат') + 2), '←').at).toBe(at('Ерболат'));
  });

  it('selects whole words with Shift, grows and shrinks a word at a time, and crosses the anchor cleanly', () => {
    const start = caretAt(at('Ерболат'));
    expect(picked(press(start, '⇧→'))).toBe('Ерболат');
    expect(picked(press(start, '⇧→', '⇧→'))).toBe('Ерболат Жумабаев');
    expect(picked(press(start, '⇧→', '⇧→', '⇧←'))).toBe('Ерболат');
    // Back over the anchor: first nothing, then the word before it.
    expect(picked(press(start, '⇧→', '⇧←'))).toBeNull();
    expect(picked(press(start, '⇧→', '⇧←', '⇧←'))).toBe('подполковник ');
    expect(picked(press(start, '⇧←', '⇧←'))).toBe('министра, подполковник ');
    expect(picked(press(start, '⇧←', '⇧→'))).toBeNull();
  });

  it('drops the selection when the caret moves without Shift', () => {
    const selected = press(caretAt(at('Ерболат')), '⇧→', '⇧→');
    const moved = press(selected, '→');
    expect(moved).toEqual({ at: at('назначен'), anchor: null });
    expect(caretSpan(moved)).toBeNull();
    expect(caretSpan(null)).toBeNull();
  });
});
