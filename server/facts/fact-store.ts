import type { ManagedTransaction, Record as Neo4jRecord, ResultSummary, Transaction } from 'neo4j-driver';
import { loadCypherQuery } from '../graphql/load-cypher-query.ts';
import type { NodeLabel, RelationshipType } from '../../vocabulary/index.ts';
import type { SourceText } from './check-fact.ts';

/** The writing transaction: a mutation's own (audit-plugin.ts), the ingestion commit's, or a seed batch. */
export type FactTransaction = Transaction | ManagedTransaction;

// Named statements in cypher/queries/, read once.
const queries = new Map<string, string>();
export function factQuery(name: string): string {
  let text = queries.get(name);
  if (text === undefined) queries.set(name, (text = loadCypherQuery(name)));
  return text;
}

/** A fact's ends and, when it exists, the fact itself, as read before a write. */
export interface FactEnds {
  fromLabel: NodeLabel | null;
  toLabel: NodeLabel | null;
  /** The existing fact of that type between the ends; null when there is none yet. */
  fact: {
    elementId: string;
    id: string | null;
    evidence: string[];
    validFrom: string | null;
    validTo: string | null;
  } | null;
}

/** One fact's ends and the fact itself: `readFactsEnds` for one (one statement for one fact or many). */
export async function readFactEnds(
  tx: FactTransaction,
  fact: { id: string; type: RelationshipType; from: string; to: string },
): Promise<FactEnds> {
  const [ends] = await readFactsEnds(tx, [fact]);
  return ends!;
}

/**
 * The ends of facts (their labels) and the existing fact of each type between them, in one statement and in
 * their order; every existing end is locked first (in id order), before any of them is read.
 */
export async function readFactsEnds(
  tx: FactTransaction,
  facts: readonly { id: string; type: RelationshipType; from: string; to: string }[],
): Promise<FactEnds[]> {
  const { records } = await tx.run(factQuery('read-facts-ends'), {
    ids: [...new Set(facts.flatMap((f) => [f.from, f.to]))],
    facts: facts.map((f, index) => ({ index, id: f.id, type: f.type, from: f.from, to: f.to })),
  });
  const ends: FactEnds[] = [];
  for (const row of records) ends[Number(row.get('index'))] = factEnds(row);
  return ends;
}

function factEnds(row: Neo4jRecord): FactEnds {
  const elementId = row.get('elementId') as string | null;
  return {
    fromLabel: row.get('fromLabel'),
    toLabel: row.get('toLabel'),
    fact: elementId
      ? {
          elementId,
          id: row.get('id'),
          evidence: row.get('evidence') ?? [],
          validFrom: row.get('validFrom'),
          validTo: row.get('validTo'),
        }
      : null,
  };
}

/** The cited Sources by id; an unknown id is absent from the map. */
export async function readSources(
  tx: FactTransaction,
  ids: readonly string[],
): Promise<Map<string, SourceText>> {
  const { records } = await tx.run(factQuery('read-sources'), { ids: [...new Set(ids)] });
  const found = records.filter((r) => r.get('found'));
  return new Map(
    found.map((r) => [r.get('id'), { id: r.get('id'), kind: r.get('kind'), text: r.get('text') }]),
  );
}

/** One fact to write: MERGEd by id between its ends, or updated by element id. */
export interface FactRow {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  elementId?: string | null;
  props: Record<string, unknown>;
}

/** Writes the rows; returns how many were written and the statement's summary (its update counters). */
export async function writeFacts(
  tx: FactTransaction,
  rows: readonly FactRow[],
): Promise<{ written: number; summary: ResultSummary }> {
  const { records, summary } = await tx.run(factQuery('write-facts'), {
    rows: rows.map((row) => ({ ...row, elementId: row.elementId ?? null })),
  });
  return { written: Number(records[0]?.get('written') ?? 0), summary };
}
