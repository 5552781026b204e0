/**
 * Why a document cannot be taken in. The API and the CLI map each code to a 4xx (or an exit code) in one
 * place; the message says what is wrong in words a user can act on, and names the file.
 */
export const DOCUMENT_INPUT_ERROR_CODES = [
  /** Zero bytes, only whitespace, or a PDF without a text layer. */
  'EMPTY_DOCUMENT',
  /** Bytes that are not text: NUL or control characters in a .txt or .html file. */
  'BINARY_CONTENT',
  /** The file is over its byte limit, or its text over 1 MB. */
  'TOO_LARGE',
  /** Not a readable PDF (no %PDF header, damaged, password-protected). */
  'CORRUPT_PDF',
  /** Not a readable DOCX (not a ZIP, or no word/document.xml). */
  'CORRUPT_DOCX',
  /** An extension other than .txt, .html/.htm, .pdf or .docx. */
  'UNSUPPORTED_FORMAT',
  /** The text is not in Russian (Kazakh and English come in a later wave). */
  'NOT_RUSSIAN',
] as const;

export type DocumentInputErrorCode = (typeof DOCUMENT_INPUT_ERROR_CODES)[number];

/** A document that cannot be taken in; nothing has been stored when this is thrown. */
export class DocumentInputError extends Error {
  override readonly name = 'DocumentInputError';

  constructor(
    readonly code: DocumentInputErrorCode,
    readonly fileName: string,
    message: string,
    /** Machine-readable details, e.g. { language: 'kk' } or { bytes, limit }. */
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(`${fileName}: ${message}`, options);
  }
}
