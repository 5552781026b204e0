import { createHash } from 'node:crypto';
import path from 'node:path';
import { decodeText } from './decode-text.ts';
import { detectLanguage } from './detect-language.ts';
import { DocumentInputError } from './document-input-error.ts';
import { findDateline } from './find-dateline.ts';
import type { FormatReading } from './format-reading.ts';
import { normaliseText } from './normalise-text.ts';
import { readDocx } from './read-docx.ts';
import { readHtml } from './read-html.ts';
import { readPdf } from './read-pdf.ts';

/** A document's text as stored, with the metadata the file itself states. */
export interface DocumentText {
  /** The stored text; every offset refers to it. */
  text: string;
  /** SHA-256 (hex) of `text` as UTF-8: the same text is one Source. */
  sha256: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD where the document states it. */
  publishedAt: string | null;
  /** ISO 639-1, e.g. "ru". */
  language: string;
  /** txt, html, pdf or docx. */
  format: string;
}

/** Largest stored text, as UTF-8 bytes: far above any press release, low enough to review in a browser. */
export const MAX_TEXT_BYTES = 1024 * 1024;
/** Largest file read at all; a PDF or DOCX carries images and fonts beside its text. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Reader = (bytes: Uint8Array, fileName: string) => Promise<FormatReading>;

const READERS: Record<string, { format: string; read: Reader }> = {
  '.txt': { format: 'txt', read: async (bytes, name) => plain(decodeText(bytes, name)) },
  '.text': { format: 'txt', read: async (bytes, name) => plain(decodeText(bytes, name)) },
  '.html': { format: 'html', read: async (bytes, name) => readHtml(decodeText(bytes, name)) },
  '.htm': { format: 'html', read: async (bytes, name) => readHtml(decodeText(bytes, name)) },
  '.pdf': { format: 'pdf', read: (bytes, name) => readPdf(bytes, name, MAX_TEXT_BYTES) },
  '.docx': { format: 'docx', read: readDocx },
};

/**
 * Reads an uploaded or local file into its stored text and the metadata it states. The format comes from
 * the extension; the text is normalised once (normalise-text.ts), so every later offset refers to it. Bad
 * input throws a DocumentInputError with a code (document-input-error.ts) and nothing is kept.
 *
 * Publication date, most trusted first: the page's publication metadata (HTML), a dateline in the text,
 * then the file's own date (PDF CreationDate, DOCX created). Title: the document's metadata, else a first
 * line that reads as a headline.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<DocumentText> {
  const extension = path.extname(fileName).toLowerCase();
  const reader = READERS[extension];
  if (!reader) {
    const hint = extension === '.doc' || extension === '.rtf' ? '; save it as .docx' : '';
    throw new DocumentInputError(
      'UNSUPPORTED_FORMAT',
      fileName,
      `${extension ? `"${extension}" files are` : 'a file without an extension is'} not supported: ` +
        `upload .txt, .html, .pdf or .docx${hint}`,
      { extension },
    );
  }
  if (bytes.length === 0) throw new DocumentInputError('EMPTY_DOCUMENT', fileName, 'the file is empty');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DocumentInputError(
      'TOO_LARGE',
      fileName,
      `the file is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_FILE_BYTES)}`,
      { bytes: bytes.length, limit: MAX_FILE_BYTES },
    );
  }
  const reading = await reader.read(bytes, fileName);
  const text = normaliseText(reading.text);
  if (!text) {
    const why =
      reader.format === 'pdf'
        ? 'the PDF has no text layer (a scan?); OCR is not supported'
        : 'it has no text';
    throw new DocumentInputError('EMPTY_DOCUMENT', fileName, why);
  }
  const textBytes = Buffer.byteLength(text, 'utf8');
  if (textBytes > MAX_TEXT_BYTES) {
    throw new DocumentInputError(
      'TOO_LARGE',
      fileName,
      `its text is over ${megabytes(MAX_TEXT_BYTES)}; split the document`,
      { bytes: textBytes, limit: MAX_TEXT_BYTES },
    );
  }
  const { language, reason } = detectLanguage(text);
  if (language !== 'ru') {
    throw new DocumentInputError(
      'NOT_RUSSIAN',
      fileName,
      `the text is not in Russian: ${reason}. Only Russian is read for now; Kazakh and English are a later wave`,
      { language },
    );
  }
  return {
    text,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    title: reading.title ?? headline(text),
    publisher: reading.publisher,
    url: reading.url,
    publishedAt: reading.publishedAt ?? findDateline(text) ?? reading.fileDate,
    language,
    format: reader.format,
  };
}

function plain(text: string): FormatReading {
  return { text, title: null, publisher: null, url: null, publishedAt: null, fileDate: null };
}

const MAX_HEADLINE = 160;

/** A first line that is short, not a sentence (no closing . ! ? … : ;), and followed by more text. */
function headline(text: string): string | null {
  const newline = text.indexOf('\n');
  if (newline < 0) return null;
  const first = text.slice(0, newline);
  return first.length <= MAX_HEADLINE && !/[.!?…:;]$/.test(first) ? first : null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
