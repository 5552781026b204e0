// Runs the real rules-ru extractor on a development text (test/fixtures/extract-dev: invented people, real
// bodies and places) with the seed gazetteer, and lists a draft's facts by their ends' names.
import fs from 'node:fs';
import path from 'node:path';
import type { Draft, GazetteerEntry } from '../../server/ingest/draft.ts';
import { createRulesRuExtractor } from '../../server/ingest/extract/rules-ru-extractor.ts';
import { loadSeedGazetteer } from '../../server/ingest/gazetteer/seed-gazetteer.ts';

const DEV = path.join(import.meta.dirname, '../fixtures/extract-dev');
const extractor = createRulesRuExtractor();
let gazetteer: Promise<GazetteerEntry[]> | undefined;

/** The draft of `test/fixtures/extract-dev/<name>.txt`, published on the date its `.json` gives. */
export async function extractDev(name: string): Promise<Draft> {
  const text = fs.readFileSync(path.join(DEV, `${name}.txt`), 'utf8');
  const meta = JSON.parse(fs.readFileSync(path.join(DEV, `${name}.json`), 'utf8')) as { publishedAt: string };
  return extractor.extract({
    text,
    publishedAt: meta.publishedAt,
    gazetteer: await (gazetteer ??= loadSeedGazetteer()),
  });
}

const NOTICE = 'Тестовый документ (вымышленные лица): фикстура для разработки экстрактора.\n';

/** The draft of an inline development text (invented people), the fixture notice put before it. */
export async function extractInline(body: string, publishedAt = '2025-10-20'): Promise<Draft> {
  return extractor.extract({
    text: `${NOTICE}${body}`,
    publishedAt,
    gazetteer: await (gazetteer ??= loadSeedGazetteer()),
  });
}

/** The draft's facts of a type with their ends' names and properties. */
export function facts(draft: Draft, type: string) {
  const name = new Map(draft.entities.map((e) => [e.ref, e.name]));
  return draft.relationships
    .filter((r) => r.type === type)
    .map((r) => ({ from: name.get(r.from), to: name.get(r.to), inferred: r.inferred, ...r.properties }));
}

/** Each entity of a label in a draft, with its name, first quoted mention and properties. */
export function entitiesOf(draft: Draft, label: string): Record<string, unknown>[] {
  return draft.entities
    .filter((e) => e.label === label)
    .map((e) => ({
      name: e.name,
      quote: draft.source.text.slice(e.mentions[0]!.start, e.mentions[0]!.end),
      ...(e.properties as Record<string, unknown>),
    }));
}

/** Each indicator of a draft with its name, first quoted mention and figures. */
export function indicators(draft: Draft): Record<string, unknown>[] {
  return entitiesOf(draft, 'Indicator');
}
