// Numerals as the genre writes them in words: «за девять месяцев», «за десять месяцев», «трое задержанных»,
// «двое иностранцев». Stems, so every case form of one numeral reads the same («девять», «девяти»).
// prettier-ignore
const STEMS: [RegExp, number][] = [
  [/^одиннадцат/, 11], [/^двенадцат/, 12], [/^(?:один|одн)/, 1], [/^(?:два|две|двух|двум|двумя|двое|двоих)$/, 2], [/^(?:три|трех|трем|тремя|трое|троих)$/, 3],
  [/^(?:четыр|четвер)/, 4], [/^(?:пят|пятер)/, 5], [/^(?:шест|шестер)/, 6], [/^(?:сем|семер)(?!надцат)/, 7],
  [/^(?:восем|восьм)(?!надцат)/, 8], [/^девят(?!надцат)/, 9], [/^десят/, 10],
];

/** The value of a numeral written as a word (any case), or undefined. */
export function numberWord(word: string): number | undefined {
  const folded = word.toLowerCase().replaceAll('ё', 'е');
  if (/надцат/.test(folded) && !/^(?:одиннадцат|двенадцат)/.test(folded)) return undefined;
  return STEMS.find(([re]) => re.test(folded))?.[1];
}

/** Tens written as a word, in any case: «сорок», «сорока», «двадцати», «пятьюдесятью». */
// prettier-ignore
const TENS: [RegExp, number][] = [
  [/^двадцат/, 20], [/^тридцат/, 30], [/^сорок/, 40], [/^пят\p{L}*десят/u, 50], [/^шест\p{L}*десят/u, 60],
  [/^сем\p{L}*десят/u, 70], [/^вос\p{L}*десят/u, 80], [/^девяност/, 90],
];

/**
 * «сорок семь фактов»: the tens written right before a numeral's last word, with where they start; undefined
 * when the word before is no tens.
 */
export function tensBefore(text: string, start: number): { value: number; start: number } | undefined {
  const m = /(?<![\p{L}\d-])(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  if (!m) return undefined;
  const folded = m[1]!.toLowerCase().replaceAll('ё', 'е');
  const value = TENS.find(([re]) => re.test(folded))?.[1];
  return value ? { value, start: start - m[0].length } : undefined;
}
