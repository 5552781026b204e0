import { NODE_LABELS, type NodeLabel, type RelationshipType } from '../../vocabulary/index.ts';
import type { GraphPlan } from './graph-plan.ts';
import { makeNode, type PropValue, type SynNode } from './node-factory.ts';
import { relationshipsOf } from './relationship-factory.ts';

export interface NodeBatch {
  label: NodeLabel;
  rows: SynNode[];
}

export interface RelRow {
  from: string;
  to: string;
  props: Record<string, PropValue>;
}

/** Relationships of one type between two labels: one parameterised statement imports a whole batch. */
export interface RelBatch {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: RelRow[];
}

/** Nodes label by label, `batchSize` at a time; generated lazily so 1M nodes never sit in memory at once. */
export function* nodeBatches(plan: GraphPlan, batchSize: number): Generator<NodeBatch> {
  for (const label of NODE_LABELS) {
    for (let start = 0; start < plan.counts[label]; start += batchSize) {
      const end = Math.min(plan.counts[label], start + batchSize);
      const rows: SynNode[] = [];
      for (let i = start; i < end; i++) rows.push(makeNode(plan, label, i));
      yield { label, rows };
    }
  }
}

/** Relationships grouped by (type, start label, end label), each group flushed when it reaches `batchSize`. */
export function* relationshipBatches(plan: GraphPlan, batchSize: number): Generator<RelBatch> {
  const open = new Map<string, RelBatch>();
  for (const label of NODE_LABELS) {
    for (let i = 0; i < plan.counts[label]; i++) {
      for (const rel of relationshipsOf(plan, label, i)) {
        const key = `${rel.type}|${rel.fromLabel}|${rel.toLabel}`;
        let batch = open.get(key);
        if (!batch) {
          batch = { type: rel.type, fromLabel: rel.fromLabel, toLabel: rel.toLabel, rows: [] };
          open.set(key, batch);
        }
        batch.rows.push({ from: rel.from, to: rel.to, props: rel.props });
        if (batch.rows.length >= batchSize) {
          open.delete(key);
          yield batch;
        }
      }
    }
  }
  yield* open.values();
}

/** Relationships per owner label measured on a sample, for progress bars (exact counts need a full pass). */
export function estimateRelationships(plan: GraphPlan, samplePerLabel = 2000): number {
  let total = 0;
  for (const label of NODE_LABELS) {
    const n = plan.counts[label];
    const step = Math.max(1, Math.floor(n / samplePerLabel));
    let sampled = 0;
    let rels = 0;
    for (let i = 0; i < n; i += step) {
      rels += relationshipsOf(plan, label, i).length;
      sampled++;
    }
    total += sampled === 0 ? 0 : (rels / sampled) * n;
  }
  return Math.round(total);
}

/** Exact counts by label and by relationship type (a full pass over the generator). */
export function countGraph(plan: GraphPlan): { nodes: number; relationships: Record<string, number> } {
  const relationships: Record<string, number> = {};
  let nodes = 0;
  for (const label of NODE_LABELS) {
    nodes += plan.counts[label];
    for (let i = 0; i < plan.counts[label]; i++) {
      for (const rel of relationshipsOf(plan, label, i))
        relationships[rel.type] = (relationships[rel.type] ?? 0) + 1;
    }
  }
  return { nodes, relationships };
}
