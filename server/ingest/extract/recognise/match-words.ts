import { foldName } from '../../gazetteer/fold-name.ts';
import type { SentenceContext } from '../context.ts';

// Matches a body's head word by word; the HEADS of headed-bodies.ts and district-bodies' own heads share it.

/** Index after the words if tokens from `i` match them (lemmas, or capitals for abbreviations); else 0. */
export function matchWords(sc: SentenceContext, i: number, words: string[]): number {
  for (const [k, word] of words.entries()) {
    const token = sc.tokens[i + k];
    if (!token) return 0;
    const abbreviation =
      /^[а-я]{2,4}$/.test(word) &&
      word.length <= 4 &&
      !['полиция'].includes(word) &&
      word === word.toLowerCase() &&
      token.abbreviation;
    if (abbreviation ? foldName(token.text) !== word : !token.forms.has(word)) return 0;
  }
  return i + words.length;
}
