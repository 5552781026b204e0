/**
 * A name as compared by the scorer: lower case, ё as е, quotes and punctuation dropped, hyphens and runs of
 * spaces as one space. "ОПМ «Мак-2025»" and "опм мак 2025" compare equal; case forms do not
 * ("Аленова" ≠ "Аленов"): names must be in the nominative.
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"„“”'’`()[\]]/g, '')
    .replace(/[\s\-–—.,:;]+/g, ' ')
    .trim();
}
