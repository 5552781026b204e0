import type { Driver } from 'neo4j-driver';
import { buildGraph } from './build-graph.ts';
import { validateSeed } from './validate-seed.ts';
import { countGraph, type GraphCounts } from './count-graph.ts';
import { DEFAULT_DATA_DIR } from './read-seed-files.ts';
import { writeGraph, type WriteCounters } from './write-graph.ts';

export interface SeedOptions {
  database?: string;
  log?: (line: string) => void;
  /** Folder with the seed files; defaults to `seed/data` (tests point it at fixtures). */
  dataDir?: string;
}

/** What a load did: the seed's nodes and relationships in the database, and what this run created. */
export interface SeedSummary extends GraphCounts {
  totals: { nodes: number; relationships: number };
  created: WriteCounters;
}

const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

function describe(record: Record<string, number>): string {
  return Object.entries(record)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

/**
 * Validates every seed file first (throwing SeedValidationError, with nothing written, on any problem),
 * then MERGEs the graph in batched transactions and reports counts by label and relationship type.
 */
export async function loadSeed(driver: Driver, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const seed = await validateSeed(options.dataDir ?? DEFAULT_DATA_DIR);
  const graph = buildGraph(seed);
  const created = await writeGraph(driver, graph, options.database);
  const counts = await countGraph(driver, graph, options.database);
  const totals = { nodes: sum(counts.nodes), relationships: sum(counts.relationships) };
  log(`Seed loaded: ${totals.nodes} nodes, ${totals.relationships} relationships.`);
  log(`  nodes: ${describe(counts.nodes)}`);
  log(`  relationships: ${describe(counts.relationships)}`);
  log(`  this run created ${created.nodesCreated} nodes and ${created.relationshipsCreated} relationships.`);
  return { ...counts, totals, created };
}
