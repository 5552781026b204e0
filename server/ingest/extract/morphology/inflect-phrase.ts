import type { Morph } from './az-morph.ts';

/**
 * A nominative name in another case, its adjectives and head noun inflected and the rest kept:
 * "Туркестанская область" → "Туркестанской области", "Управление полиции города Кокшетау" → "Управления
 * полиции города Кокшетау", "город Алматы" → "города Алматы".
 */
export function inflectPhrase(morph: Morph, name: string, grammaticalCase: string): string {
  const words = name.split(' ');
  let head = -1;
  for (let i = 0; i < words.length && head < 0; i++) {
    const parses = morph(words[i]!);
    if (parses.some((p) => p.tag.POS === 'NOUN' && p.tag.CAse === 'nomn')) head = i;
  }
  if (head < 0) return name;
  return words
    .map((word, i) => {
      if (i > head) return word;
      // "Северо-Казахстанская": the last part declines, the prefix stays.
      const cut = word.lastIndexOf('-') + 1;
      const parse = morph(word.slice(cut)).find(
        (p) => p.tag.CAse === 'nomn' && (i === head ? p.tag.POS === 'NOUN' : p.tag.POS === 'ADJF'),
      );
      const form = parse?.inflect([grammaticalCase, String(parse.tag.NMbr ?? 'sing')]);
      if (!form) return word;
      const inflected = word.slice(0, cut) + form.word;
      return /^\p{Lu}/u.test(word) ? inflected.charAt(0).toUpperCase() + inflected.slice(1) : inflected;
    })
    .join(' ');
}
