import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGoldFile } from '../../server/ingest/eval/read-gold.ts';
import { readDocument } from '../../server/ingest/input/read-document.ts';

// An invented release (test fixture) about a real body, annotated in the gold format.
const RELEASE =
  'Департамент полиции Павлодарской области изъял 2,5 кг гашиша.\nТестовый документ (fixture).\n';

let dir: string;
let text: string;
let sha256: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-gold-mentions-'));
  await fs.writeFile(path.join(dir, 'release.txt'), RELEASE);
  ({ text, sha256 } = await readDocument(new TextEncoder().encode(RELEASE), 'release.txt'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const span = (quoted: string) => {
  const start = text.indexOf(quoted);
  return { text: quoted, start, end: start + quoted.length };
};

/** Writes a gold file for release.txt whose Seizure has the given mentions, offsets on the stored text. */
async function writeGold(seizureMentions: string[]): Promise<string> {
  const file = path.join(dir, 'release.gold.json');
  const gold = {
    format: 'opsgraph-gold/1',
    document: 'release.txt',
    sha256,
    metadata: {
      title: null,
      publisher: null,
      url: null,
      publishedAt: '2025-09-02',
      language: 'ru',
      format: 'txt',
    },
    ignore: [{ ...span('Тестовый документ (fixture).'), why: 'fixture notice' }],
    entities: [
      {
        ref: 'dp',
        label: 'Agency',
        name: 'Департамент полиции Павлодарской области',
        existingId: null,
        mentions: [span('Департамент полиции Павлодарской области')],
        properties: {},
      },
      {
        ref: 's-hash',
        label: 'Seizure',
        name: 'Изъятие 2,5 кг гашиша',
        existingId: null,
        mentions: seizureMentions.map(span),
        properties: { amountKg: 2.5, substance: 'гашиш' },
      },
    ],
    relationships: [],
  };
  await fs.writeFile(file, JSON.stringify(gold));
  return file;
}

describe('a gold entity without a mention', () => {
  it('is a problem naming the file and the ref, and the file is refused', async () => {
    const file = await writeGold([]);
    const { goldCase, problems } = await readGoldFile(file);
    expect(goldCase).toBeUndefined();
    expect(problems).toEqual([
      `${file}: entities[1] (s-hash): has no mention; add the phrase of the text that names it`,
    ]);
  });

  it('is sound once the phrase naming it is added', async () => {
    const file = await writeGold(['2,5 кг гашиша']);
    const { goldCase, problems } = await readGoldFile(file);
    expect(problems).toEqual([]);
    expect(goldCase?.gold.entities[1]?.mentions).toEqual([span('2,5 кг гашиша')]);
  });
});
