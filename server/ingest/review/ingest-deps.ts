import type { Driver } from 'neo4j-driver';
import { loadCypherQuery } from '../../graphql/load-cypher-query.ts';
import type { Extractor, GazetteerEntry } from '../draft.ts';
import { createExtractor, DEFAULT_EXTRACTOR } from '../extractors.ts';
import { loadDbGazetteer, mergeGazetteers } from '../gazetteer/db-gazetteer.ts';
import { loadSeedGazetteer } from '../gazetteer/seed-gazetteer.ts';
import type { IngestDeps } from './ingest-service.ts';

/** A gazetteer kept this long is read again even when the graph's entity count has not changed. */
const GAZETTEER_TTL_MS = 30_000;

/**
 * The ingestion service's dependencies over a running graph: the default extractor, loaded once, and a
 * gazetteer of the seed plus the graph's own nodes. Reading it costs ~1 s on a 100k-node graph (20,000
 * entries), which made proposing 100 releases take 145 s, so it is kept and read again when the entity
 * count changes (a node added by anyone), after this process commits a draft (new aliases), or after 30 s
 * (a rename through the API), so a node committed a minute ago is still linked, not proposed again.
 */
export function graphIngestDeps(
  driver: Driver,
  database: string | undefined,
  extractorName = DEFAULT_EXTRACTOR,
): IngestDeps {
  let extractor: Promise<Extractor> | undefined;
  let seed: Promise<GazetteerEntry[]> | undefined;
  let kept: { entries: GazetteerEntry[]; entities: number; at: number } | null = null;
  const entityCount = async () => {
    const result = await driver.executeQuery(
      loadCypherQuery('read-gazetteer-version'),
      {},
      { database, routing: 'READ' },
    );
    return Number(result.records[0]?.get('entities') ?? 0);
  };
  return {
    driver,
    database,
    extractor: () => (extractor ??= createExtractor(extractorName)),
    gazetteer: async () => {
      const entities = await entityCount();
      if (kept && kept.entities === entities && Date.now() - kept.at < GAZETTEER_TTL_MS) return kept.entries;
      seed ??= loadSeedGazetteer();
      const [graph, fromSeed] = await Promise.all([loadDbGazetteer(driver, database), seed]);
      kept = { entries: mergeGazetteers(graph, fromSeed), entities, at: Date.now() };
      return kept.entries;
    },
    gazetteerChanged: () => {
      kept = null;
    },
  };
}
