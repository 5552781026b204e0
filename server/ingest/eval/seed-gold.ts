import fs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_DATA_DIR } from '../../../seed/read-seed-files.ts';
import type { SeedNode } from '../../../seed/seed-schema.ts';
import { validateSeed } from '../../../seed/validate-seed.ts';
import { readDocument } from '../input/read-document.ts';
import { checkGold } from './check-gold.ts';
import type { GoldCase } from './gold-case.ts';
import { goldFileSchema, type GoldFile } from './gold-schema.ts';

/** The `--gold` value that stands for the seed article. */
export const SEED_GOLD = 'seed';

/** Node properties the gold keeps: the contract's figures, times and kinds (no notes, no English). */
const KEPT_PROPERTIES = [
  'amountKg',
  'amountQualifier',
  'substance',
  'value',
  'unit',
  'change',
  'changeUnit',
  'direction',
  'comparedToYear',
  'count',
  'status',
  'year',
  'period',
  'kind',
  'periodReviewed',
] as const;

/**
 * The seed article as a gold document, converted from seed/data by code so it can never drift from the
 * seed: the article's own nodes are new entities (the article is scored against the reference graph, as
 * if read for the first time), the reference nodes it mentions or links to keep their ids, and every
 * mention and relationship keeps its quote, offsets, `inferred` and `basis`. A HOLDS `validFrom` that comes
 * from the reference file, not the article, is left out.
 */
export async function readSeedGold(dataDir: string = DEFAULT_DATA_DIR): Promise<GoldCase> {
  const seed = await validateSeed(dataDir);
  const article = seed.graphs.find((graph) => graph.data.sourceId);
  const source = seed.sources.find((s) => s.id === article?.data.sourceId);
  if (!article || !source) throw new Error(`${dataDir}: no document-derived graph file with its source`);
  const fileName = path.basename(source.textFile);
  const document = await readDocument(
    new Uint8Array(await fs.readFile(path.join(dataDir, source.textFile))),
    fileName,
  );

  const nodes = new Map<string, SeedNode>(
    seed.graphs.flatMap((g) => g.data.nodes.map((n) => [n.id, n] as const)),
  );
  const own = new Set(article.data.nodes.map((node) => node.id));
  const { mentions, relationships } = article.data;
  const used = [...own, ...mentions.map((m) => m.node), ...relationships.flatMap((r) => [r.from, r.to])];
  const entities = [...new Set(used)].map((id) => {
    const node = nodes.get(id);
    if (!node) throw new Error(`${article.file}: no node "${id}"`);
    const properties: Record<string, unknown> = {};
    for (const key of KEPT_PROPERTIES) {
      const value = (node as Record<string, unknown>)[key];
      if (value !== undefined && value !== null) properties[key] = value;
    }
    return {
      ref: id,
      label: node.label,
      name: node.name,
      aliases: node.aliases,
      existingId: own.has(id) ? null : id,
      mentions: mentions
        .filter((m) => m.node === id)
        .map((m) => ({ text: m.quote, start: m.start ?? 0, end: m.end ?? 0 })),
      properties,
    };
  });
  const gold: GoldFile = goldFileSchema.parse({
    $comment: `Converted from ${article.file} by server/ingest/eval/seed-gold.ts`,
    format: 'opsgraph-gold/1',
    document: fileName,
    sha256: document.sha256,
    gazetteer: 'reference',
    metadata: {
      title: document.title,
      publisher: document.publisher,
      url: document.url,
      publishedAt: document.publishedAt,
      language: document.language,
      format: document.format,
    },
    entities,
    relationships: relationships.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      quote: r.quote ?? '',
      start: r.start ?? 0,
      end: r.end ?? 0,
      inferred: r.inferred ?? false,
      basis: r.basis ?? null,
      properties: {
        // The article states posts as held at its time: a post without an end is current there.
        ...(r.type === 'HOLDS' ? { current: r.validTo === undefined } : {}),
        ...(r.validFrom && !r.references ? { validFrom: r.validFrom } : {}),
      },
    })),
  });
  const problems = checkGold(gold, document.text, document.sha256);
  if (problems.length) throw new Error(`The seed article's gold is unsound:\n  ${problems.join('\n  ')}`);
  return { name: SEED_GOLD, gold, document };
}
