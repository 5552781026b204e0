import { createHash } from 'node:crypto';

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

/**
 * Reads an uploaded or local file into its text. Placeholder: plain UTF-8 text only, until the input work
 * (HTML through a readability-style library, PDF text layer, DOCX paragraphs, validation) replaces it.
 */
export async function readDocument(bytes: Uint8Array, _fileName: string): Promise<DocumentText> {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  return {
    text,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    title: null,
    publisher: null,
    url: null,
    publishedAt: null,
    language: 'ru',
    format: 'txt',
  };
}
