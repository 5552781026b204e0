import type { Driver } from 'neo4j-driver';
import type { Extractor } from '../draft.ts';
import { createExtractor, DEFAULT_EXTRACTOR } from '../extractors.ts';
import { loadDbGazetteer, mergeGazetteers } from '../gazetteer/db-gazetteer.ts';
import { loadSeedGazetteer } from '../gazetteer/seed-gazetteer.ts';
import type { IngestDeps } from './ingest-service.ts';

/**
 * The ingestion service's dependencies over a running graph: the default extractor, loaded once, and a
 * gazetteer of the seed plus the graph's own nodes, read for every document so a node committed a minute
 * ago is linked, not proposed again.
 */
export function graphIngestDeps(
  driver: Driver,
  database: string | undefined,
  extractorName = DEFAULT_EXTRACTOR,
): IngestDeps {
  let extractor: Promise<Extractor> | undefined;
  return {
    driver,
    database,
    extractor: () => (extractor ??= createExtractor(extractorName)),
    gazetteer: async () => {
      const [graph, seed] = await Promise.all([loadDbGazetteer(driver, database), loadSeedGazetteer()]);
      return mergeGazetteers(graph, seed);
    },
  };
}
