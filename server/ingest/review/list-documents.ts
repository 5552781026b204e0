import neo4j, { type Driver } from 'neo4j-driver';
import { factQuery } from '../../facts/fact-store.ts';

/** A document Source as the documents list shows it. */
export interface DocumentSummary {
  id: string;
  title: string | null;
  publishedAt: string | null;
  language: string | null;
  sha256: string;
  addedBy: string | null;
  addedAt: string | null;
  publisher: string | null;
  url: string | null;
  /** Characters of its text. */
  length: number;
  /** Drafts committed from it. */
  drafts: string[];
}

/** A page of the graph's document Sources, newest first (cypher/queries/list-document-sources.cypher). */
export async function listDocumentSources(
  driver: Driver,
  database: string | undefined,
  page: { offset: number; limit: number },
): Promise<DocumentSummary[]> {
  const { records } = await driver.executeQuery(
    factQuery('list-document-sources'),
    { offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) },
    { database, routing: 'READ' },
  );
  return records.map((r) => {
    const source = r.get('source') as Record<string, unknown>;
    return { ...source, length: Number(source.length) } as DocumentSummary;
  });
}
