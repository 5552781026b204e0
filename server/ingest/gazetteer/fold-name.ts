// Kazakh letters folded to the Russian ones the press writes instead (Ә→А, Қ→К, Ң→Н, Ғ→Г, Ө→О, Ұ/Ү→У, Һ→Х,
// І→И; reference §5), plus ё→е, so "Жетісу" matches "Жетысу" only through their shared folding.
const FOLD: Record<string, string> = {
  ә: 'а',
  қ: 'к',
  ң: 'н',
  ғ: 'г',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/** Lower case, Kazakh letters and ё folded, quotes and repeated spaces removed: the form names are compared in. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[әқңғөұүһіё]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/[«»"„“”']/g, '')
    .replace(/[‐–]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
