/**
 * Developer tool: fills `start`/`end` of every quote in the document-based seed files, so offsets are
 * computed by code, never by hand. Offsets are JS string indices (UTF-16 code units) into the source text
 * as read from its UTF-8 file. `occurrence: n` picks the n-th match when a quote repeats.
 * Usage: `npx tsx seed/annotate-offsets.ts [dataDir]`, then `npx prettier --write seed/data`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_DATA_DIR, GRAPH_FILES } from './read-seed-files.ts';

type Item = Record<string, unknown>;

/** Index of the n-th (1-based) occurrence of `quote` in `text`, or -1. */
export function findOccurrence(text: string, quote: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function annotate(item: Item, text: string, where: string): Item {
  if (typeof item.quote !== 'string') return item;
  const at = findOccurrence(text, item.quote, typeof item.occurrence === 'number' ? item.occurrence : 1);
  if (at < 0) throw new Error(`${where}: quote not found in the source: "${item.quote}"`);
  const out: Item = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'start' || key === 'end') continue;
    out[key] = value;
    if (key === 'quote') Object.assign(out, { start: at, end: at + item.quote.length });
  }
  return out;
}

async function main(dataDir: string): Promise<void> {
  const sources = JSON.parse(await fs.readFile(path.join(dataDir, 'source.json'), 'utf8')) as {
    sources: { id: string; textFile: string }[];
  };
  const texts = new Map<string, string>();
  for (const s of sources.sources) texts.set(s.id, await fs.readFile(path.join(dataDir, s.textFile), 'utf8'));
  for (const file of GRAPH_FILES) {
    const full = path.join(dataDir, file);
    const data = JSON.parse(await fs.readFile(full, 'utf8')) as Item & {
      relationships?: Item[];
      mentions?: Item[];
    };
    const fileSource = typeof data.sourceId === 'string' ? data.sourceId : undefined;
    const fix = (list: Item[] | undefined, name: string) =>
      list?.map((item, i) => {
        const text = texts.get(String(item.sourceId ?? fileSource));
        return text === undefined ? item : annotate(item, text, `${file} ${name}[${i}]`);
      });
    data.relationships = fix(data.relationships, 'relationships');
    data.mentions = fix(data.mentions, 'mentions');
    await fs.writeFile(full, `${JSON.stringify(data, null, 2)}\n`);
    console.log(`annotated ${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main(process.argv[2] ?? DEFAULT_DATA_DIR);
}
