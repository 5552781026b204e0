import { foldName } from '../../gazetteer/fold-name.ts';
import type { Morph } from './az-morph.ts';

/**
 * The forms a word can be matched by: its folded surface and every lemma the analyser gives it. A hyphenated
 * word keeps its first parts and lemmatises only the last, because Az.js's hyphen parser drops the prefix
 * ("Северо-Казахстанской" → "казахстанский"), which would make Северо-, Западно- and Восточно- collide.
 */
export function wordForms(morph: Morph, word: string): Set<string> {
  const folded = foldName(word);
  const forms = new Set<string>([folded]);
  const hyphen = folded.lastIndexOf('-');
  const prefix = hyphen > 0 ? folded.slice(0, hyphen + 1) : '';
  const tail = hyphen > 0 ? word.slice(word.lastIndexOf('-') + 1) : word;
  if (/^\p{N}+$/u.test(tail)) return forms;
  for (const parse of morph(tail)) forms.add(prefix + foldName(parse.normalize().word));
  return forms;
}

/** True for abbreviations written in capitals (КНБ, СКО, ДП): they match only capitals in the text. */
export function isAbbreviation(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && /^[\p{Lu}\p{N}-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}
