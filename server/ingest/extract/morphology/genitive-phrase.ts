import type { AzParse } from 'az';
import type { Morph } from './az-morph.ts';

/** An adjective's genitive by its ending, for names the dictionary does not know («Мангистауская»). */
const GENITIVE_ENDINGS: [RegExp, string][] = [
  [/ая$/u, 'ой'],
  [/яя$/u, 'ей'],
  [/([кгхжшщч])ий$/u, '$1ого'],
  [/ий$/u, 'его'],
  [/ый$/u, 'ого'],
  [/ой$/u, 'ого'],
  [/ое$/u, 'ого'],
  [/ее$/u, 'его'],
];
const ADJECTIVE_ENDING = /(?:ая|яя|ий|ый|ой|ое|ее)$/u;

/**
 * A nominative name in the genitive, its adjectives and head noun inflected and the rest kept:
 * "Туркестанская область" → "Туркестанской области", "Управление полиции города Кокшетау" → "Управления
 * полиции города Кокшетау", "город Алматы" → "города Алматы". The head is the first word that is no adjective.
 */
export function genitivePhrase(morph: Morph, name: string): string {
  const words = name.split(' ');
  const head = words.findIndex((w) => !ADJECTIVE_ENDING.test(w.toLowerCase()));
  if (head < 0) return name;
  const noun = morph(words[head]!).find((p) => p.tag.POS === 'NOUN' && p.tag.CAse === 'nomn');
  const number = String(noun?.tag.NMbr ?? 'sing');
  const gender = String(noun?.tag.GNdr ?? 'masc');
  return words
    .map((word, i) => {
      if (i > head) return word;
      if (i === head) return keepCase(word, inflected(noun?.inflect(['gent', number])));
      // "Северо-Казахстанская": the last part declines, the prefix stays.
      const cut = word.lastIndexOf('-') + 1;
      const tail = word.slice(cut);
      const parse = morph(tail).find((p) => p.tag.POS === 'ADJF' && p.tag.CAse === 'nomn');
      const form = inflected(parse?.inflect(number === 'plur' ? ['gent', 'plur'] : ['gent', 'sing', gender]));
      const byEnding = GENITIVE_ENDINGS.find(([re]) => re.test(tail.toLowerCase()));
      const declined = form ?? (byEnding ? tail.toLowerCase().replace(byEnding[0], byEnding[1]) : tail);
      return word.slice(0, cut) + keepCase(tail, declined);
    })
    .join(' ');
}

function inflected(parse: AzParse | false | undefined): string | undefined {
  return parse ? parse.word : undefined;
}

function keepCase(original: string, inflected: string | undefined): string {
  if (!inflected) return original;
  return /^\p{Lu}/u.test(original) ? inflected.charAt(0).toUpperCase() + inflected.slice(1) : inflected;
}
