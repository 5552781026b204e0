import { foldName } from '../../gazetteer/fold-name.ts';
import type { Morph } from './az-morph.ts';

const NAME_POS = new Set(['NOUN', 'ADJF', 'PRTF', 'NUMR']);

/**
 * The forms a word can be matched by: its folded surface and every lemma the analyser gives it. A hyphenated
 * word keeps its first parts and lemmatises only the last, because Az.js's hyphen parser drops the prefix
 * ("Северо-Казахстанской" → "казахстанский"), which would make Северо-, Западно- and Восточно- collide.
 * `asName`: the word is part of a gazetteer name (nominative), so only its nominal nominative readings count.
 */
export function wordForms(morph: Morph, word: string, { asName = false } = {}): Set<string> {
  const folded = foldName(word);
  const forms = new Set<string>([folded]);
  const hyphen = folded.lastIndexOf('-');
  const prefix = hyphen > 0 ? folded.slice(0, hyphen + 1) : '';
  const tail = hyphen > 0 ? word.slice(word.lastIndexOf('-') + 1) : word;
  if (/^\p{N}+$/u.test(tail)) return forms;
  for (const parse of morph(tail)) {
    // A guessed prefix ("Кордай" read as "кор-" + "дай") would make unrelated words share a lemma; a known
    // one is kept on the lemma, so "наркопреступлений" reads as "наркопреступление", not "преступление".
    if (parse.parser.startsWith('Prefix')) {
      const known = parse.parser === 'PrefixKnown' && parse.prefix;
      if (known && (!asName || parse.tag.CAse === 'nomn'))
        forms.add(prefix + foldName(parse.prefix + parse.normalize().word));
      continue;
    }
    // A name's own words are in the nominative: only readings of that kind stand for it.
    if (asName && !(NAME_POS.has(parse.tag.POS ?? '') && (parse.tag.CAse === 'nomn' || parse.tag.Fixd)))
      continue;
    forms.add(prefix + foldName(parse.normalize().word));
  }
  return forms;
}

/** True for abbreviations written in capitals (КНБ, СКО, ДП): they match only capitals in the text. */
export function isAbbreviation(word: string): boolean {
  return (
    word.length >= 2 && word.length <= 6 && /^[\p{Lu}\p{N}-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word)
  );
}
