import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypherQuery } from '../../graphql/load-cypher-query.ts';
import type { GazetteerEntry } from '../draft.ts';
import { CONTEXT_TYPES, LINKABLE_LABELS } from './seed-gazetteer.ts';

/** Most entries read from the database; a graph this size is several times the seed's reference data. */
export const DB_GAZETTEER_LIMIT = 20_000;

/**
 * The gazetteer read from the graph (cypher/queries/read-gazetteer.cypher): every linkable node's name,
 * aliases and neighbours by context types, so linking sees people and bodies added after the seed.
 */
export async function loadDbGazetteer(driver: Driver, database?: string): Promise<GazetteerEntry[]> {
  const result = await driver.executeQuery(
    loadCypherQuery('read-gazetteer'),
    // The driver sends JS numbers as floats; LIMIT needs an integer.
    { labels: LINKABLE_LABELS, contextTypes: CONTEXT_TYPES, limit: neo4j.int(DB_GAZETTEER_LIMIT) },
    { database, routing: 'READ' },
  );
  return result.records.map((record) => ({
    id: record.get('id') as string,
    label: record.get('label') as string,
    name: record.get('name') as string,
    aliases: (record.get('aliases') as string[] | null) ?? [],
    nameEn: (record.get('nameEn') as string | null) ?? null,
    context: (record.get('context') as string[] | null) ?? [],
  }));
}

/** Entries of both lists, the first winning on a shared id. */
export function mergeGazetteers(...lists: GazetteerEntry[][]): GazetteerEntry[] {
  const byId = new Map<string, GazetteerEntry>();
  for (const list of lists) for (const entry of list) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()];
}
