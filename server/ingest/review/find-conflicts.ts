import type { Driver } from 'neo4j-driver';
import { factQuery } from '../../facts/fact-store.ts';
import { factId } from '../../facts/index.ts';
import type { RelationshipType } from '../../../vocabulary/index.ts';
import type { StoredDraft } from './draft-store.ts';

/** Something the reviewer should see before accepting a proposal. */
export type Conflict =
  /** Relationship `index` (a HOLDS) gives a post the graph says `name` holds on that day. */
  | {
      kind: 'post-held';
      index: number;
      id: string;
      name: string;
      validFrom: string | null;
      validTo: string | null;
    }
  /** Relationship `index` is already in the graph: committing adds this document's evidence to it. */
  | { kind: 'fact-exists'; index: number; id: string; evidenceCount: number }
  /** New entity `ref` is named like an existing node of its label: perhaps it should be linked. */
  | { kind: 'similar-name'; ref: string; id: string; name: string };

/** Labels whose new entities are checked for namesakes (events and figures are new by nature). */
const NAMED_LABELS = new Set(['Person', 'Position', 'Agency', 'Region', 'City', 'Operation']);
const MAX_NAME_CHECKS = 60;

/**
 * The conflicts of a pending draft, read with parameterised queries: a post someone else holds on the
 * fact's date (its validFrom, else the publication date, else today), facts the graph already has, and
 * new entities named like existing ones (the `search` query: every word must match, fuzzily).
 */
export async function findConflicts(
  driver: Driver,
  database: string | undefined,
  stored: StoredDraft,
): Promise<Conflict[]> {
  const { draft } = stored;
  const entity = new Map(draft.entities.map((e) => [e.ref, e]));
  const linked = (ref: string) => {
    const decision = stored.decisions.entities[ref];
    return decision?.existingId !== undefined ? decision.existingId : (entity.get(ref)?.existingId ?? null);
  };
  const today = new Date().toISOString().slice(0, 10);
  const holds: object[] = [];
  const facts: object[] = [];
  draft.relationships.forEach((r, index) => {
    const from = linked(r.from);
    const to = linked(r.to);
    if (r.type === 'HOLDS' && to && r.properties.current !== false) {
      const day = dayOf(r.properties.validFrom) ?? dayOf(draft.source.publishedAt) ?? today;
      holds.push({ index, position: to, person: from, day });
    }
    if (from && to)
      facts.push({
        index,
        from,
        to,
        type: r.type,
        id: factId({ from, to, type: r.type as RelationshipType }),
      });
  });
  const { records } = await driver.executeQuery(
    factQuery('find-ingest-conflicts'),
    { holds, facts },
    { database, routing: 'READ' },
  );
  const conflicts = (records[0]?.get('conflicts') ?? []) as Conflict[];
  const fresh = draft.entities
    .filter((e) => NAMED_LABELS.has(e.label) && linked(e.ref) === null)
    .slice(0, MAX_NAME_CHECKS);
  const search = factQuery('search-entities');
  for (const e of fresh) {
    const name = stored.decisions.entities[e.ref]?.name ?? e.name;
    const hits = await driver.executeQuery(search, { text: name, limit: 5 }, { database, routing: 'READ' });
    for (const record of hits.records) {
      const hit = record.get('hit') as { id: string; label: string; name: string };
      if (hit.label === (stored.decisions.entities[e.ref]?.label ?? e.label))
        conflicts.push({ kind: 'similar-name', ref: e.ref, id: hit.id, name: hit.name });
    }
  }
  return conflicts.map((c) => ({
    ...c,
    ...('evidenceCount' in c ? { evidenceCount: Number(c.evidenceCount) } : {}),
  }));
}

/** A YYYY-MM-DD day for a partial date: its first day (a post held since 2024 is held on 2024-01-01). */
function dayOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  return null;
}
