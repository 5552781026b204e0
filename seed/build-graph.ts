import neo4j from 'neo4j-driver';
import { relationshipId } from './check-seed.ts';
import type { SeedFiles } from './read-seed-files.ts';
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
}

export interface SeedGraph {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

/** Fields that steer the seed tooling but are not graph data. */
const TOOLING_FIELDS = new Set(['label', 'key', 'occurrence', 'from', 'to', 'type', 'node']);

/** Neo4j-ready properties: no nulls (Neo4j stores none), INTEGER where the vocabulary says so. */
function toProps(item: Props, citations: Map<number, string>): Props {
  const props: Props = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === null || value === undefined || TOOLING_FIELDS.has(key)) continue;
    if (key === 'references') {
      // Kept as readable citations so a reviewer needs no lookup table to see where a fact comes from.
      props.references = (value as number[]).map((n) => `[${n}] ${citations.get(n) ?? ''}`.trim());
    } else if (INTEGER_PROPERTIES.has(key) && typeof value === 'number') props[key] = neo4j.int(value);
    else props[key] = value;
  }
  return props;
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
    return { id: source.id, label: 'Source', props: { ...props, aliases: searchAliases(source) } };
  });
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
    });
  };
  for (const { data } of seed.graphs) {
    const provenance = data.sourceId ? 'source' : 'reference';
    for (const rel of data.relationships) {
      const sourceId = rel.quote ? (rel.sourceId ?? data.sourceId) : undefined;
      push(rel, { ...toProps(rel, citations), sourceId, inferred: rel.inferred ?? false, provenance });
    }
    for (const mention of data.mentions) {
      const rel = { type: 'MENTIONED_IN' as const, from: mention.node, to: data.sourceId as string };
      const props = { ...toProps(mention, citations), sourceId: data.sourceId, inferred: false, provenance };
      push({ ...rel, key: `at-${mention.start}` }, props);
    }
  }
  return { nodes, relationships };
}
