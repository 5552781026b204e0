// Numerals as the genre writes them in words: «за девять месяцев», «за десять месяцев», «трое задержанных»,
// «двое иностранцев», «пятнадцать фактов». Stems, so every case form of one numeral reads the same («девять», «девяти»).
// prettier-ignore
const STEMS: [RegExp, number][] = [
  [/^одиннадцат/, 11], [/^двенадцат/, 12], [/^тринадцат/, 13], [/^четырнадцат/, 14], [/^пятнадцат/, 15],
  [/^шестнадцат/, 16], [/^семнадцат/, 17], [/^восемнадцат/, 18], [/^девятнадцат/, 19], [/^(?:один|одн)/, 1], [/^(?:два|две|двух|двум|двумя|двое|двоих)$/, 2], [/^(?:три|трех|трем|тремя|трое|троих)$/, 3],
  [/^(?:четыр|четвер)/, 4], [/^(?:пят|пятер)/, 5], [/^(?:шест|шестер)/, 6], [/^(?:сем|семер)(?!надцат)/, 7],
  [/^(?:восем|восьм)(?!надцат)/, 8], [/^девят(?!надцат)/, 9], [/^десят/, 10],
];

/** The value of a numeral written as a word (any case), or undefined. */
export function numberWord(word: string): number | undefined {
  const folded = word.toLowerCase().replaceAll('ё', 'е');
  return STEMS.find(([re]) => re.test(folded))?.[1];
}

/** Tens written as a word, in any case: «сорок», «сорока», «двадцати», «пятьюдесятью». */
// prettier-ignore
const TENS: [RegExp, number][] = [
  [/^двадцат/, 20], [/^тридцат/, 30], [/^сорок/, 40], [/^пят\p{L}*десят/u, 50], [/^шест\p{L}*десят/u, 60],
  [/^сем\p{L}*десят/u, 70], [/^вос\p{L}*десят/u, 80], [/^девяност/, 90],
];

/** Hundreds written as a word, in any case: «сто», «двести», «трёхсот», «пятьсот». */
// prettier-ignore
const HUNDREDS: [RegExp, number][] = [
  [/^ст[оа]$/, 100], [/^двест|^двухсот/, 200], [/^трист|^трехсот/, 300], [/^четырест|^четырехсот/, 400],
  [/^пят\p{L}*сот/u, 500], [/^шест\p{L}*сот/u, 600], [/^сем\p{L}*сот/u, 700], [/^вос\p{L}*сот/u, 800], [/^девят\p{L}*сот/u, 900],
];

/**
 * A number written in up to three words, hundreds, tens and units («двести сорок пять», «полторы», «двух»), in
 * any case; undefined when a word is no numeral or they are out of order.
 */
export function numberWords(words: readonly string[]): number | undefined {
  let total = 0;
  let rank = 1000;
  for (const word of words) {
    const folded = word.toLowerCase().replaceAll('ё', 'е');
    const [value, size] = /^(?:полтор|полутор)/.test(folded)
      ? [1.5, 1]
      : ((): [number | undefined, number] => {
          const hundred = HUNDREDS.find(([re]) => re.test(folded))?.[1];
          if (hundred) return [hundred, 100];
          const ten = TENS.find(([re]) => re.test(folded))?.[1];
          if (ten) return [ten, 10];
          return [numberWord(folded), 1];
        })();
    if (value === undefined || size >= rank) return undefined;
    total += value;
    rank = size;
  }
  return words.length ? total : undefined;
}

/**
 * «сто двенадцать наркопреступлений», «двести сорок семь фактов»: the hundreds and tens written before a numeral's
 * last word, with where they start; undefined when the words before are neither.
 */
export function leadBefore(text: string, start: number): { value: number; start: number } | undefined {
  let found: { value: number; start: number } | undefined;
  let at = start;
  let rank = 1;
  for (let i = 0; i < 2; i++) {
    const m = /(?<![\p{L}\d-])(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at));
    if (!m) break;
    const folded = m[1]!.toLowerCase().replaceAll('ё', 'е');
    const ten = rank < 10 ? TENS.find(([re]) => re.test(folded))?.[1] : undefined;
    const hundred = ten ? undefined : HUNDREDS.find(([re]) => re.test(folded))?.[1];
    if (!ten && !hundred) break;
    at -= m[0].length;
    rank = ten ? 10 : 100;
    found = { value: (found?.value ?? 0) + (ten ?? hundred!), start: at };
    if (hundred) break;
  }
  return found;
}
