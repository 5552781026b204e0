/**
 * The one text normalisation, applied to every format before anything is stored, so offsets, quotes and
 * the sha256 all refer to the same string. The policy (docs/ingestion.md, "Stored text"):
 * - Unicode NFC (a PDF may spell «й» as «и» + a combining breve);
 * - line breaks (CRLF, CR, U+2028/2029/0085, form feed) become "\n";
 * - no-break and typographic spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000) and tabs become a plain
 *   space: "3 343" and "5 кг" read the same whatever the source typed, and an extractor needs one pattern;
 * - invisible characters are removed (zero-width space and joiners, word joiner, BOM, soft hyphen) and so are
 *   the remaining C0/C1 control characters;
 * - runs of spaces collapse to one, every line is trimmed, and blank lines are dropped: one paragraph per line.
 * Letters, digits, punctuation, quotes («» „“) and dashes (— –) are kept exactly as written.
 * Normalising an already normalised text changes nothing (the seed article is such a text).
 */
export function normaliseText(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, '\n')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '')
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n')
  );
}
