import neo4j from 'neo4j-driver';
import type { EvidenceItem } from '../server/facts/evidence-item.ts';
import { relationshipId } from './check-seed.ts';
import type { SeedFiles } from './read-seed-files.ts';
import { REFERENCE_FILE_SOURCE, referenceSourceId, referenceSources } from './reference-sources.ts';
import type { SeedMention, SeedRelationship } from './seed-schema.ts';
import { searchAliases } from './transliterate.ts';
import { INTEGER_PROPERTIES, type NodeLabel, type RelationshipType } from '../vocabulary/index.ts';

type Props = Record<string, unknown>;

export interface NodeRow {
  id: string;
  label: NodeLabel;
  props: Props;
}

export interface RelationshipRow {
  id: string;
  type: RelationshipType;
  from: string;
  fromLabel: NodeLabel;
  to: string;
  toLabel: NodeLabel;
  props: Props;
  /** A fact's evidence items (every type but MENTIONED_IN); written through server/facts. */
  evidence?: EvidenceItem[];
}

export interface SeedGraph {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

/** Fields that steer the seed tooling but are not graph data. */
const TOOLING_FIELDS = new Set(['label', 'key', 'occurrence', 'from', 'to', 'type', 'node']);
/** What a fact's evidence list holds; server/facts derives the stored mirror of them. */
const EVIDENCE_FIELDS = new Set(['quote', 'sourceId', 'start', 'end', 'inferred', 'basis', 'basisRu']);
/** Every seed item is the seed's own and reviewed as such; re-seeding replaces exactly these. */
const SEED_ITEM = { extractor: 'seed', reviewedBy: 'seed' } as const;

/** Neo4j-ready properties: no nulls (Neo4j stores none), INTEGER where the vocabulary says so. */
function toProps(
  item: Props,
  citations: Map<number, string>,
  skip: ReadonlySet<string> = TOOLING_FIELDS,
): Props {
  const props: Props = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === null || value === undefined || TOOLING_FIELDS.has(key) || skip.has(key)) continue;
    if (key === 'references') {
      // Kept as readable citations so a reviewer needs no lookup table to see where a fact comes from.
      props.references = (value as number[]).map((n) => `[${n}] ${citations.get(n) ?? ''}`.trim());
    } else if (INTEGER_PROPERTIES.has(key) && typeof value === 'number') props[key] = neo4j.int(value);
    else props[key] = value;
  }
  return props;
}

/**
 * A seed relationship's evidence: its quote (from its document), then one item per cited reference, each
 * with the relationship's `inferred` and `basis`. Reference data without a numbered source cites the
 * reference file (the validator makes sure it is inferred, with a basis).
 */
function evidenceOf(rel: SeedRelationship, fileSourceId: string | undefined): EvidenceItem[] {
  const caveat = {
    inferred: rel.inferred ?? false,
    basis: rel.basis ?? null,
    basisRu: rel.basisRu ?? null,
    ...SEED_ITEM,
  };
  const items: EvidenceItem[] = [];
  if (rel.quote) {
    const sourceId = (rel.sourceId ?? fileSourceId) as string;
    items.push({ sourceId, quote: rel.quote, start: rel.start, end: rel.end, ...caveat });
  }
  for (const n of rel.references ?? []) items.push({ sourceId: referenceSourceId(n), ...caveat });
  if (items.length === 0) items.push({ sourceId: REFERENCE_FILE_SOURCE, ...caveat });
  return items;
}

function mentionProps(mention: SeedMention, sourceId: string, citations: Map<number, string>): Props {
  // `inferred` as the file says: the КНБ department of North Kazakhstan is identified, not named.
  return { ...toProps(mention, citations), sourceId, inferred: mention.inferred ?? false, ...SEED_ITEM };
}

/** Turns validated seed files into rows for the batched MERGE writes. */
export function buildGraph(seed: SeedFiles): SeedGraph {
  const citations = new Map(
    seed.references.references.map((r) => [r.n, `${seed.references.file}: ${r.citation}`]),
  );
  const labels = new Map<string, NodeLabel>();
  const nodes: NodeRow[] = seed.sources.map((source) => {
    labels.set(source.id, 'Source');
    const props = toProps({ ...source, text: seed.texts.get(source.id) }, citations);
    const document = { kind: 'document', addedBy: 'seed', aliases: searchAliases(source) };
    return { id: source.id, label: 'Source', props: { ...props, ...document } };
  });
  for (const { id, props } of referenceSources(seed.references)) {
    labels.set(id, 'Source');
    nodes.push({
      id,
      label: 'Source',
      props: { ...toProps(props, citations), addedBy: 'seed', aliases: [] },
    });
  }
  for (const { file, data } of seed.graphs) {
    const provenance = data.sourceId ? 'source' : 'reference';
    for (const node of data.nodes) {
      labels.set(node.id, node.label);
      const props = { ...toProps(node, citations), aliases: searchAliases(node), provenance, seedFile: file };
      nodes.push({ id: node.id, label: node.label, props });
    }
  }
  const relationships: RelationshipRow[] = [];
  const push = (
    rel: { type: RelationshipType; from: string; to: string; key?: string | undefined },
    props: Props,
    evidence?: EvidenceItem[],
  ) => {
    const id = relationshipId(rel);
    const fromLabel = labels.get(rel.from) as NodeLabel;
    const toLabel = labels.get(rel.to) as NodeLabel;
    relationships.push({
      id,
      type: rel.type,
      from: rel.from,
      fromLabel,
      to: rel.to,
      toLabel,
      props: { ...props, id },
      evidence,
    });
  };
  for (const { data } of seed.graphs) {
    const provenance = data.sourceId ? 'source' : 'reference';
    for (const rel of data.relationships) {
      push(rel, { ...toProps(rel, citations, EVIDENCE_FIELDS), provenance }, evidenceOf(rel, data.sourceId));
    }
    for (const mention of data.mentions) {
      const rel = { type: 'MENTIONED_IN' as const, from: mention.node, to: data.sourceId as string };
      const props = { ...mentionProps(mention, data.sourceId as string, citations), provenance };
      push({ ...rel, key: `at-${mention.start}` }, props);
    }
    // A node citing reference [n] is mentioned in that reference's Source, without a quote.
    for (const node of data.nodes) {
      for (const n of node.references ?? []) {
        const sourceId = referenceSourceId(n);
        const cited = { sourceId, inferred: false, provenance: 'reference', ...SEED_ITEM };
        const props = { ...cited, ...toProps({ references: [n] }, citations) };
        push({ type: 'MENTIONED_IN', from: node.id, to: sourceId }, props);
      }
    }
  }
  return { nodes, relationships };
}
