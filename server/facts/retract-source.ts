import { apiError, ErrorCode } from '../errors.ts';
import { decodeEvidence } from './evidence-item.ts';
import { factEvidenceProperties } from './fact-properties.ts';
import { factQuery, readSources, type FactTransaction } from './fact-store.ts';

/** What a retraction changed. */
export interface Retraction {
  sourceId: string;
  evidenceRemoved: number;
  factsUpdated: number;
  factsDeleted: number;
  mentionsDeleted: number;
  aliasesRemoved: number;
  nodesDeleted: number;
}

/** A Lucene term matching exactly this id under the `keyword` analyzer: quoted, `\` and `"` escaped. */
export function exactTerm(id: string): string {
  return `"${id.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * Retracts a Source in the caller's transaction: takes its items out of every fact that cites it, deletes
 * the facts left without evidence, its mentions, the document-derived nodes left without evidence, and the
 * Source itself. 404 NOT_FOUND for an unknown source; nothing is written then.
 */
export async function retractSource(tx: FactTransaction, sourceId: string): Promise<Retraction> {
  if (!(await readSources(tx, [sourceId])).has(sourceId))
    throw apiError(ErrorCode.NOT_FOUND, `no source with id ${sourceId}`);
  const citing = await tx.run(factQuery('find-facts-citing-source'), { sourceId, term: exactTerm(sourceId) });
  const updates: { elementId: string; props: Record<string, unknown> }[] = [];
  const deletes: string[] = [];
  const candidates = new Set<string>();
  let evidenceRemoved = 0;
  for (const record of citing.records) {
    const items = (record.get('evidence') as string[]).map(decodeEvidence);
    const kept = items.filter((item) => item.sourceId !== sourceId);
    evidenceRemoved += items.length - kept.length;
    if (kept.length > 0) {
      updates.push({ elementId: record.get('elementId'), props: { ...factEvidenceProperties(kept) } });
    } else {
      deletes.push(record.get('elementId'));
      candidates.add(record.get('fromElementId'));
      candidates.add(record.get('toElementId'));
    }
  }
  const applied = await tx.run(factQuery('apply-retraction'), {
    sourceId,
    updates,
    deletes,
    candidates: [...candidates],
  });
  const row = applied.records[0]!;
  const count = (key: string) => Number(row.get(key));
  return {
    sourceId,
    evidenceRemoved,
    factsUpdated: count('factsUpdated'),
    factsDeleted: count('factsDeleted'),
    mentionsDeleted: count('mentionsDeleted'),
    aliasesRemoved: count('aliasesRemoved'),
    nodesDeleted: count('nodesDeleted'),
  };
}
