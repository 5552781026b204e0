import fs from 'node:fs/promises';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../server/ingest/input/read-document.ts';
import { goldFileSchema } from '../../server/ingest/eval/gold-schema.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'ingest');
const SEED_TEXT = path.join(
  import.meta.dirname,
  '..',
  '..',
  'seed',
  'data',
  'sources',
  '000_45e4f8d52d4d9bbc.txt',
);
const SEED_SHA256 = '61c886dfe42ecc113df60882753a33e4653d4affa123ec021f51a18bf8081dbb';
// PDF.js and mammoth load lazily and the machine is shared: generous, never a timing assertion.
const SLOW = 60_000;

async function readFixture(name: string) {
  return readDocument(new Uint8Array(await fs.readFile(path.join(FIXTURES, name))), name);
}

async function expectedMetadata(name: string) {
  const gold = goldFileSchema.parse(JSON.parse(await fs.readFile(path.join(FIXTURES, name), 'utf8')));
  return { ...gold.metadata, sha256: gold.sha256 };
}

function pdfOf(paragraphs: string[]): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf').fontSize(11);
  for (const p of paragraphs) {
    doc.text(p);
    doc.moveDown();
  }
  doc.end();
  return done;
}

describe('readDocument: each format', () => {
  it('reads the seed article unchanged: the same text and sha256 as the seed Source', async () => {
    const bytes = new Uint8Array(await fs.readFile(SEED_TEXT));
    const doc = await readDocument(bytes, '000_45e4f8d52d4d9bbc.txt');
    expect(doc.text).toBe(bytes.length ? new TextDecoder().decode(bytes) : '');
    expect(doc.sha256).toBe(SEED_SHA256);
    expect(doc).toMatchObject({ format: 'txt', language: 'ru', title: null, publishedAt: null });
  });

  it.each([
    ['results-meeting-pavlodar.txt', 'results-meeting-pavlodar.gold.json'],
    ['arrest-karaganda.txt', 'arrest-karaganda.gold.json'],
    ['operation-mak-zhambyl.html', 'operation-mak-zhambyl.gold.json'],
    ['operation-kanal-almaty.pdf', 'operation-kanal-almaty.gold.json'],
    ['prosecutor-directive-turkistan.docx', 'prosecutor-directive-turkistan.gold.json'],
  ])(
    '%s gives the metadata and text hash its gold file states',
    { timeout: SLOW },
    async (file, goldFile) => {
      const doc = await readFixture(file);
      const expected = await expectedMetadata(goldFile);
      expect(doc).toMatchObject(expected);
    },
  );

  it("takes an HTML page's article without its navigation, sidebar, footer or scripts", async () => {
    const doc = await readFixture('operation-mak-zhambyl.html');
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe('Итоги первого этапа ОПМ «Мак-2025» в Жамбылской области');
    expect(doc.text).toContain(
      'Его провели Департамент полиции Жамбылской области совместно с Департаментом КНБ',
    );
    expect(doc.text).toContain('— сказал Даурен Тлеубердиев.');
    for (const chrome of [
      'Главная',
      'Приём граждан',
      'Читайте также',
      'Политика конфиденциальности',
      'analytics',
      'Поиск по сайту',
    ]) {
      expect(doc.text).not.toContain(chrome);
    }
    // &nbsp; inside "2,3&nbsp;тонны" is stored as a plain space (the NBSP policy).
    expect(doc.text).toContain('свыше 2,3 тонны марихуаны');
    expect(doc.text).not.toMatch(/\u00A0/);
  });

  it(
    "rebuilds a PDF's paragraphs from its lines, one paragraph per line of text",
    { timeout: SLOW },
    async () => {
      const doc = await readFixture('operation-kanal-almaty.pdf');
      const source = JSON.parse(
        await fs.readFile(path.join(FIXTURES, 'sources', 'operation-kanal-almaty.pdf.json'), 'utf8'),
      );
      expect(doc.text).toBe((source.paragraphs as string[]).join('\n'));
    },
  );

  it(
    "reads a DOCX's heading and paragraphs in order, and its core and app properties",
    { timeout: SLOW },
    async () => {
      const doc = await readFixture('prosecutor-directive-turkistan.docx');
      const source = JSON.parse(
        await fs.readFile(path.join(FIXTURES, 'sources', 'prosecutor-directive-turkistan.docx.json'), 'utf8'),
      );
      expect(doc.text).toBe([source.heading, ...source.paragraphs].join('\n'));
      expect(doc.title).toBe(source.core.title);
      expect(doc.publisher).toBe(source.company);
      // The dateline in the text (21 Nov) wins over the file's created date (24 Nov).
      expect(doc.publishedAt).toBe('2025-11-21');
      expect(source.core.created.startsWith('2025-11-24')).toBe(true);
    },
  );

  it('falls back to the PDF file date when the text has no dateline', { timeout: SLOW }, async () => {
    const doc = await readFixture('operation-kanal-almaty.pdf');
    expect(doc.publishedAt).toBe('2025-03-14');
  });

  it(
    'gives the same text and sha256 for the same release in any format or line-ending style',
    { timeout: SLOW },
    async () => {
      const paragraphs = [
        'Итоги года в ДП Павлодарской области',
        'Изъято 1,2 тонны наркотиков, раскрываемость 65,5 %.',
      ];
      const txt = await readDocument(new TextEncoder().encode(paragraphs.join('\n')), 'a.txt');
      const crlf = await readDocument(
        new TextEncoder().encode(`\uFEFF${paragraphs.join('\r\n\r\n').replace('65,5 %', '65,5\u00A0%')}\r\n`),
        'b.txt',
      );
      const html = await readDocument(
        new TextEncoder().encode(
          `<html><body><article><h1>${paragraphs[0]}</h1><p>${paragraphs[1]}</p></article></body></html>`,
        ),
        'c.html',
      );
      const docx = await readDocument(
        await Packer.toBuffer(
          new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] }),
        ),
        'd.docx',
      );
      const pdf = await readDocument(await pdfOf(paragraphs), 'e.pdf');
      for (const doc of [crlf, html, docx, pdf]) {
        expect(doc.text).toBe(txt.text);
        expect(doc.sha256).toBe(txt.sha256);
      }
      const other = await readDocument(new TextEncoder().encode(`${paragraphs.join('\n')}.`), 'f.txt');
      expect(other.sha256).not.toBe(txt.sha256);
    },
  );

  it('reads Windows-1251 and UTF-16 text files', async () => {
    const text = 'Департамент полиции Костанайской области';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect((await readDocument(utf16, 'u.txt')).text).toBe(text);
    // "Костанай" in Windows-1251, built byte by byte: Node has no encoder for it.
    const cp1251 = new Uint8Array([0xca, 0xee, 0xf1, 0xf2, 0xe0, 0xed, 0xe0, 0xe9]);
    expect((await readDocument(cp1251, 'w.txt')).text).toBe('Костанай');
  });

  it('takes a headline from a short first line of a text file, never from a sentence', async () => {
    const headed = await readDocument(
      new TextEncoder().encode('Задержан курьер\nВ Темиртау задержан курьер.'),
      'h.txt',
    );
    expect(headed.title).toBe('Задержан курьер');
    const sentence = await readDocument(
      new TextEncoder().encode('В Темиртау задержан курьер.\nЕщё.'),
      's.txt',
    );
    expect(sentence.title).toBeNull();
  });
});
