import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { blockTexts } from './block-texts.ts';
import { DocumentInputError } from './document-input-error.ts';
import { cleanField, type FormatReading } from './format-reading.ts';
import { toPartialDate } from './partial-date.ts';

/**
 * A DOCX's paragraphs through mammoth, which reads Word's XML into clean HTML (paragraphs, headings, lists,
 * tables; comments dropped). Its HTML goes through the same block rule as a web page, so paragraphs split
 * alike in both formats. The core and app properties (title, company, created) come from the package's
 * docProps parts, which mammoth does not read; JSZip is the ZIP reader mammoth itself uses.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<FormatReading> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw corrupt(fileName, 'it is not a ZIP package, as every .docx is', error);
  }
  if (!zip.file('word/document.xml')) {
    throw corrupt(fileName, 'the package has no word/document.xml (is it a Word document?)');
  }
  const unpacked = unpackedBytes(zip);
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new DocumentInputError(
      'TOO_LARGE',
      fileName,
      `the DOCX unpacks to ${Math.round(unpacked / 1024 / 1024)} MB; the limit is ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`,
      { bytes: unpacked, limit: MAX_UNPACKED_BYTES },
    );
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw corrupt(fileName, (error as Error).message, error);
  }
  const core = await xmlPart(zip, 'docProps/core.xml');
  const app = await xmlPart(zip, 'docProps/app.xml');
  return {
    text: blockTexts(parseHTML(`<html><body>${html}</body></html>`).document.body).join('\n'),
    title: element(core, 'dc:title'),
    // The company is the issuing body; dc:creator is whoever typed the file, not a publisher.
    publisher: element(app, 'Company'),
    url: null,
    publishedAt: null,
    fileDate: toPartialDate(element(core, 'dcterms:created')),
  };
}

/** A DOCX is a ZIP: a small file can unpack to gigabytes, so its declared sizes are checked first. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

function unpackedBytes(zip: JSZip): number {
  // JSZip keeps each entry's size from the central directory on a field it does not type.
  return Object.values(zip.files).reduce(
    (sum, file) =>
      sum + ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0),
    0,
  );
}

function corrupt(fileName: string, why: string, cause?: unknown): DocumentInputError {
  return new DocumentInputError('CORRUPT_DOCX', fileName, `the DOCX cannot be read: ${why}`, {}, { cause });
}

async function xmlPart(zip: JSZip, path: string): Promise<Document | null> {
  const xml = await zip.file(path)?.async('string');
  if (!xml) return null;
  const { DOMParser } = parseHTML('');
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

function element(document: Document | null, tag: string): string | null {
  return cleanField(document?.getElementsByTagName(tag)[0]?.textContent);
}
