import anyAscii from 'any-ascii';

/**
 * Passport (ICAO 9303-style) romanisation as Kazakh passports print it, letter by letter. It differs from
 * any-ascii mainly in й → i (any-ascii: y), ъ → ie, ь → nothing, and Kazakh ғ → g, қ → k, ң → n
 * (any-ascii: gh, q, ng). һ → kh follows the reference table, where it is marked unsure.
 */
// prettier-ignore
const PASSPORT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'kh', і: 'i',
};

const CYRILLIC = /[\u0400-\u04ff]/;

/** True when the text has any Cyrillic letter (Russian or Kazakh). */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Passport-style Latin form; letters outside the table pass through unchanged. */
export function passportLatin(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = PASSPORT[lower];
    if (latin === undefined) out += char;
    else if (lower === char || latin === '') out += latin;
    else out += latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** any-ascii's Latin form without apostrophes (from ь/ъ), which would split or spoil search terms. */
export function anyAsciiLatin(text: string): string {
  return anyAscii(text).replaceAll("'", '');
}

/** The distinct Latin forms of a Cyrillic name (any-ascii first, then passport); none for Latin text. */
export function latinForms(text: string): string[] {
  if (!hasCyrillic(text)) return [];
  return [...new Set([anyAsciiLatin(text), passportLatin(text)])];
}

/**
 * The aliases a node is stored with: its own, then the Latin forms of its Cyrillic name, Kazakh name and
 * aliases, so "Alenov", "Аленов" and "Mukhametkaliev" all find the person. Order is stable, so re-running
 * the seed writes the same list; entries equal to the name or nameEn are left out.
 */
export function searchAliases(node: { name: string; nameEn: string; nameKk?: string; aliases: string[] }) {
  const cyrillic = [node.name, ...(node.nameKk ? [node.nameKk] : []), ...node.aliases];
  const all = [...node.aliases, ...(node.nameKk ? [node.nameKk] : []), ...cyrillic.flatMap(latinForms)];
  return [...new Set(all)].filter((alias) => alias !== node.name && alias !== node.nameEn);
}
