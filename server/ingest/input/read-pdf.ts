import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { DocumentInputError } from './document-input-error.ts';
import { cleanField, type FormatReading } from './format-reading.ts';
import { toPartialDate } from './partial-date.ts';

interface Line {
  text: string;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  /** Font size of its tallest run. */
  size: number;
}

/** Far beyond any press release; a PDF of thousands of blank pages would cost time for no text. */
const MAX_PAGES = 1000;

/** A gap between baselines this much wider than the page's usual line gap starts a new paragraph. */
const PARAGRAPH_GAP = 1.4;
/** The usual line gap as a multiple of the font size, when a page has too few lines to measure it. */
const LEADING = 1.2;
const LINES_TO_MEASURE = 3;

/**
 * A PDF's text layer through pdfjs-dist (Mozilla's PDF.js; its legacy build is the one for Node). PDF has
 * no paragraphs, only positioned lines: lines are joined into a paragraph until the gap to the next line is
 * clearly wider than the usual one. A line ending in a hyphen is joined without a space and keeps the
 * hyphen, since in press releases it is far more often a compound (Северо-Казахстанской) than a word break.
 * Stops reading once the text passes `maxChars`, so a huge file costs little.
 */
export async function readPdf(bytes: Uint8Array, fileName: string, maxChars: number): Promise<FormatReading> {
  if (new TextDecoder().decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) {
    throw new DocumentInputError('CORRUPT_PDF', fileName, 'this is not a PDF file (no %PDF- header)');
  }
  // PDF.js takes ownership of the buffer it is given, so it gets a copy. No eval, no system fonts: text only.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      const password = (error as { name?: string }).name === 'PasswordException';
      throw new DocumentInputError(
        'CORRUPT_PDF',
        fileName,
        password
          ? 'the PDF is password-protected; upload an unprotected copy'
          : `the PDF cannot be read (${(error as Error).message})`,
        {},
        { cause: error },
      );
    });
    if (pdf.numPages > MAX_PAGES) {
      throw new DocumentInputError(
        'TOO_LARGE',
        fileName,
        `the PDF has ${pdf.numPages} pages; the limit is ${MAX_PAGES}`,
        { pages: pdf.numPages, limit: MAX_PAGES },
      );
    }
    const paragraphs: string[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages && chars <= maxChars; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pageParagraphs = linesToParagraphs(toLines(content.items.filter(isTextItem)));
      // A paragraph that runs over a page break goes on without sentence-final punctuation.
      const last = paragraphs.at(-1);
      if (last && pageParagraphs[0] && !/[.!?…:»"”]$/.test(last)) {
        paragraphs[paragraphs.length - 1] = joinLines(last, pageParagraphs.shift()!);
      }
      paragraphs.push(...pageParagraphs);
      chars = paragraphs.reduce((sum, p) => sum + p.length + 1, 0);
      page.cleanup();
    }
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    return {
      text: paragraphs.join('\n'),
      title: cleanField(typeof info.Title === 'string' ? info.Title : null),
      publisher: cleanField(typeof info.Author === 'string' ? info.Author : null),
      url: null,
      publishedAt: null,
      fileDate: toPartialDate(typeof info.CreationDate === 'string' ? info.CreationDate : null),
    };
  } finally {
    await task.destroy();
  }
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

/** pdfjs gives runs of text; a run flagged hasEOL ends a line. */
function toLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y: number | null = null;
  let size = 0;
  for (const item of items) {
    if (y === null && item.str.trim()) y = item.transform[5] as number;
    if (item.str.trim()) size = Math.max(size, item.height);
    text += item.str;
    if (item.hasEOL) {
      lines.push({ text: text.trim(), y: y ?? NaN, size });
      text = '';
      y = null;
      size = 0;
    }
  }
  if (text.trim()) lines.push({ text: text.trim(), y: y ?? NaN, size });
  return lines;
}

function linesToParagraphs(lines: Line[]): string[] {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  const sizes = lines.map((line) => line.size).filter((size) => size > 0);
  const usual =
    gaps.length >= LINES_TO_MEASURE
      ? gaps[Math.floor(gaps.length / 2)]!
      : Math.max(...sizes, 0) * LEADING || Infinity;
  const paragraphs: string[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    // An empty line, a wide gap, or a jump up the page (a new column) ends the paragraph.
    const breaks = !previous || !line.text || !previous.text || gap > usual * PARAGRAPH_GAP || gap < 0;
    if (line.text) {
      if (breaks || paragraphs.length === 0) paragraphs.push(line.text);
      else paragraphs[paragraphs.length - 1] = joinLines(paragraphs.at(-1)!, line.text);
    }
    previous = line;
  }
  return paragraphs;
}

function joinLines(before: string, after: string): string {
  return /\p{L}-$/u.test(before) ? before + after : `${before} ${after}`;
}
