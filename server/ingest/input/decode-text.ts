import { DocumentInputError } from './document-input-error.ts';

/**
 * Bytes of a .txt or .html file as a string. UTF-8 (with or without BOM) is the norm; UTF-16 with a BOM and
 * Windows-1251 (still common for Russian files from Windows) are accepted, because a user cannot tell which
 * one they have. A NUL byte or many control characters mean it is not text at all.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  assertNotBinary(bytes, fileName);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8. Every byte is a character in Windows-1251, so this cannot fail; the language check later
    // rejects a file that was neither.
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** Control characters other than tab, line feed, form feed and carriage return, as a share of the bytes. */
const MAX_CONTROL_SHARE = 0.01;

function assertNotBinary(bytes: Uint8Array, fileName: string): void {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      throw new DocumentInputError(
        'BINARY_CONTENT',
        fileName,
        `this is a binary file, not text (a NUL byte at offset ${i}); upload .txt, .html, .pdf or .docx`,
        { offset: i },
      );
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  if (control > bytes.length * MAX_CONTROL_SHARE) {
    throw new DocumentInputError(
      'BINARY_CONTENT',
      fileName,
      `this is a binary file, not text (${control} control bytes in ${bytes.length})`,
      { controlBytes: control },
    );
  }
}
