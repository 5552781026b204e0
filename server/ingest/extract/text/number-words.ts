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
