// A dateline is the line that says where and when a release was written: «Караганда, 21 октября 2025 года»,
// «17 июля 2025 г., Туркестан», «Уральск, 28.08.2025», «Пресс-служба АФМ РК, 3 ноября 2025 года». It is no
// headline, and the city it names is where a meeting the release reports was held (facts/dateline-place.ts).

const DATE = String.raw`\d{1,2}(?:\s+[\p{Ll}]+|\.\d{1,2}\.)\s*\d{4}(?:\s*(?:года|год|г\.?))?`;
/** Words before or after the date: a place («Караганда», «г. Нур-Султан») or a press office's name. */
const WHO_OR_WHERE = String.raw`[\p{Lu}][\p{L}.-]*(?:\s+[\p{L}.-]+){0,4}`;
const DATELINE = new RegExp(
  String.raw`^\s*(?:${WHO_OR_WHERE}\s*,\s*)?${DATE}(?:\s*,\s*${WHO_OR_WHERE})?\s*\.?\s*$`,
  'u',
);
const MAX_LENGTH = 80;

/** True when a whole line is a dateline. */
export function isDateline(line: string): boolean {
  return line.length <= MAX_LENGTH && DATELINE.test(line);
}
