/** A span of the source text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (line) it belongs to. */
  paragraph: number;
}

// Abbreviations after which a full stop does not end a sentence ("г. Астана", "т.е.", "ст. 296 УК").
const NO_BREAK_BEFORE =
  /(?:^|[\s(])(?:г|гг|ст|п|пп|ч|т|им|обл|р-н|тыс|млн|млрд|руб|тг|см|напр|т\.е|т\.к|и\.о|[А-ЯЁ])$/;

/** Splits text into sentences with their offsets; a line break always ends one. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) out.push({ ...span, text: text.slice(span.start, span.end), paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      paragraph++;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // «… прошлого года. 41 из задержанных — …»: a sentence may open with a number after a word's full stop.
    const digit =
      ch === '.' && /^[ \t]+\d/u.test(text.slice(i + 1, i + 4)) && /\p{L}{2}$/u.test(text.slice(i - 2, i));
    if (!digit && !/^(?:[ \t]+[«"„(–—-]?\s?\p{Lu}|\s*$)/u.test(text.slice(i + 1, i + 6))) continue;
    if (ch === '.' && NO_BREAK_BEFORE.test(text.slice(Math.max(0, i - 6), i))) continue;
    push(i + 1);
    start = i + 1;
  }
  push(text.length);
  return out;
}

/** Words (letters and digits, joined by hyphens) inside a span, with their offsets. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;
  re.lastIndex = span.start;
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The span without surrounding white space and trailing commas, colons or semicolons. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  return { start, end };
}
