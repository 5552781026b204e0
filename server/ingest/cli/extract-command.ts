import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import type { Draft } from '../draft.ts';
import { createExtractor, DEFAULT_EXTRACTOR } from '../extractors.ts';
import { parsePartialDate } from '../extract/recognise/partial-date.ts';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { readDocument } from '../input/read-document.ts';
import { formatDraftSummary } from './format-draft-summary.ts';
import { parseCommandArgs } from './parse-command-args.ts';

const USAGE =
  'usage: npm run ingest -- extract FILE [--published YYYY-MM-DD] [--title T] [--json] [--extractor NAME] [--repeat N]';

/**
 * `npm run ingest -- extract FILE [--published YYYY-MM-DD] [--title T] [--json]`: reads the document, proposes
 * its facts and prints the draft (`--json`: exactly the Draft JSON) — it writes nothing. Timings go to stderr.
 */
export async function extractCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('extract', USAGE, args, {
    published: { type: 'string' },
    title: { type: 'string' },
    json: { type: 'boolean', default: false },
    extractor: { type: 'string', default: DEFAULT_EXTRACTOR },
    // Times warm runs: the first run loads the dictionaries, the others show the per-document cost.
    repeat: { type: 'string', default: '1' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(
      `ingest extract: ${positionals.length === 0 ? 'FILE is missing' : `one FILE expected, got ${positionals.length}`}\n${USAGE}`,
    );
    return 2;
  }
  if (values.published !== undefined && !validDate(values.published)) {
    console.error(
      `ingest extract: --published "${values.published}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`,
    );
    return 2;
  }
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 1000) {
    console.error(`ingest extract: --repeat "${values.repeat}" must be a whole number from 1 to 1000`);
    return 2;
  }
  const file = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `ingest extract: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`,
    );
    return 1;
  }
  const started = performance.now();
  const document = await readDocument(bytes, path.basename(file));
  const extractor = await createExtractor(values.extractor);
  const gazetteer = await loadGazetteer(loadConfig());
  const ready = performance.now();
  const input = {
    text: document.text,
    title: values.title ?? document.title,
    publishedAt: values.published ?? document.publishedAt,
    publisher: document.publisher,
    url: document.url,
    gazetteer: gazetteer.entries,
  };
  const draft: Draft = await extractor.extract(input);
  const done = performance.now();
  const warm: number[] = [];
  for (let i = 1; i < repeat; i++) {
    const t0 = performance.now();
    await extractor.extract(input);
    warm.push(performance.now() - t0);
  }
  console.log(values.json ? JSON.stringify(draft, null, 2) : formatDraftSummary(draft));
  if (gazetteer.note) console.error(`ingest extract: ${gazetteer.note}`);
  console.error(
    `ingest extract: ${draft.entities.length} entities, ${draft.relationships.length} relationships; ` +
      `gazetteer ${gazetteer.entries.length} entries (${gazetteer.from}); read + load ${Math.round(ready - started)} ms, ` +
      `extract ${Math.round(done - ready)} ms (first run, dictionaries included)` +
      (warm.length
        ? `; warm runs: median ${median(warm).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms over ${warm.length}`
        : ''),
  );
  return 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function validDate(value: string): boolean {
  const date = parsePartialDate(value);
  if (!date) return false;
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return false;
  if (date.day !== undefined) {
    const d = new Date(Date.UTC(date.year, date.month! - 1, date.day));
    if (d.getUTCDate() !== date.day) return false;
  }
  return true;
}
