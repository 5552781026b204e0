import fs from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_INPUT_ERROR_CODES,
  DocumentInputError,
  type DocumentInputErrorCode,
} from '../../server/ingest/input/document-input-error.ts';
import { MAX_FILE_BYTES, MAX_TEXT_BYTES, readDocument } from '../../server/ingest/input/read-document.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'ingest');
const SLOW = 60_000;
const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(bytes: Uint8Array, fileName: string): Promise<DocumentInputError> {
  const error = await readDocument(bytes, fileName).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentInputError);
  return error as DocumentInputError;
}

async function expectCode(bytes: Uint8Array, fileName: string, code: DocumentInputErrorCode, says: RegExp) {
  const error = await refusal(bytes, fileName);
  expect(error.code).toBe(code);
  expect(error.fileName).toBe(fileName);
  expect(error.message).toContain(fileName);
  expect(error.message).toMatch(says);
  return error;
}

function blankPdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.rect(50, 50, 200, 100).fill('#333'); // a "scan": marks on the page, no text layer
  doc.end();
  return done;
}

describe('readDocument: bad input gets a code and a message that says what is wrong', () => {
  it('exports every code it can throw', () => {
    expect([...DOCUMENT_INPUT_ERROR_CODES].sort()).toEqual(
      [
        'BINARY_CONTENT',
        'CORRUPT_DOCX',
        'CORRUPT_PDF',
        'EMPTY_DOCUMENT',
        'NOT_RUSSIAN',
        'TOO_LARGE',
        'UNSUPPORTED_FORMAT',
      ].sort(),
    );
  });

  it('an empty file, or one with only whitespace', async () => {
    await expectCode(new Uint8Array(), 'empty.txt', 'EMPTY_DOCUMENT', /empty/);
    await expectCode(utf8(' \n\t\r\n\u00A0 '), 'blank.txt', 'EMPTY_DOCUMENT', /no text/);
    await expectCode(
      utf8('<html><body><nav>Главная</nav></body></html>'),
      'blank.html',
      'EMPTY_DOCUMENT',
      /no text/,
    );
  });

  it('a binary file under a text extension', async () => {
    const png = await fs.readFile(path.join(import.meta.dirname, '..', '..', 'docs', 'img', 'workspace.png'));
    await expectCode(new Uint8Array(png), 'photo.txt', 'BINARY_CONTENT', /binary/);
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0xd0));
    await expectCode(controls, 'controls.html', 'BINARY_CONTENT', /control bytes/);
  });

  it('text over 1 MB, and a file over its byte limit, before any parsing', async () => {
    const line = 'В департаменте полиции Северо-Казахстанской области проанализировали работу.\n';
    const big = utf8(line.repeat(Math.ceil((MAX_TEXT_BYTES + 1) / Buffer.byteLength(line))));
    const error = await expectCode(big, 'big.txt', 'TOO_LARGE', /over 1\.0 MB/);
    expect(error.details.limit).toBe(MAX_TEXT_BYTES);
    await expectCode(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.pdf', 'TOO_LARGE', /limit is 20\.0 MB/);
  });

  it('a corrupt PDF: not a PDF, or cut short', { timeout: SLOW }, async () => {
    await expectCode(utf8('Это не PDF, а текст.'), 'fake.pdf', 'CORRUPT_PDF', /not a PDF/);
    const real = await fs.readFile(path.join(FIXTURES, 'operation-kanal-almaty.pdf'));
    await expectCode(new Uint8Array(real.subarray(0, 1500)), 'cut.pdf', 'CORRUPT_PDF', /cannot be read/);
  });

  it('a PDF with no text layer', { timeout: SLOW }, async () => {
    await expectCode(new Uint8Array(await blankPdf()), 'scan.pdf', 'EMPTY_DOCUMENT', /no text layer/);
  });

  it('a corrupt DOCX: not a ZIP, or a ZIP without a Word document', { timeout: SLOW }, async () => {
    await expectCode(utf8('просто текст'), 'fake.docx', 'CORRUPT_DOCX', /not a ZIP/);
    const zip = new JSZip();
    zip.file('hello.txt', 'привет');
    const notWord = await zip.generateAsync({ type: 'uint8array' });
    await expectCode(notWord, 'other.docx', 'CORRUPT_DOCX', /word\/document\.xml/);
    const real = await fs.readFile(path.join(FIXTURES, 'prosecutor-directive-turkistan.docx'));
    await expectCode(
      new Uint8Array(real.subarray(0, real.length / 2)),
      'cut.docx',
      'CORRUPT_DOCX',
      /cannot be read/,
    );
  });

  it('an unsupported extension, with a hint for old Word files', async () => {
    await expectCode(
      utf8('текст'),
      'release.doc',
      'UNSUPPORTED_FORMAT',
      /"\.doc" files are not supported.*save it as \.docx/,
    );
    await expectCode(
      utf8('текст'),
      'release.odt',
      'UNSUPPORTED_FORMAT',
      /upload \.txt, \.html, \.pdf or \.docx/,
    );
    await expectCode(utf8('текст'), 'README', 'UNSUPPORTED_FORMAT', /without an extension/);
  });

  it('Kazakh and English say so, and that they come later', async () => {
    const kazakh =
      'Солтүстік Қазақстан облысының полиция департаментінде ведомствоның 2024 жылғы жұмысы талданды. ' +
      'Жедел кеңес ішкі істер министрінің бірінші орынбасарының қатысуымен өтті.';
    const kk = await expectCode(
      utf8(kazakh),
      'kk.txt',
      'NOT_RUSSIAN',
      /Kazakh letters.*Kazakh and English are a later wave/,
    );
    expect(kk.details.language).toBe('kk');
    const english = 'The police department of North Kazakhstan Region reviewed its work in 2024.';
    const en = await expectCode(utf8(english), 'en.html', 'NOT_RUSSIAN', /Latin script.*later wave/);
    expect(en.details.language).toBe('en');
  });
});

describe('readDocument: bounded work on hostile files', () => {
  it('refuses a DOCX that unpacks to more than its limit, before reading it', { timeout: SLOW }, async () => {
    const real = await JSZip.loadAsync(
      await fs.readFile(path.join(FIXTURES, 'prosecutor-directive-turkistan.docx')),
    );
    real.file('word/media/padding.bin', new Uint8Array(65 * 1024 * 1024));
    const bomb = await real.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(MAX_FILE_BYTES);
    await expectCode(bomb, 'bomb.docx', 'TOO_LARGE', /unpacks to 65 MB; the limit is 64 MB/);
  });
});
