import { describe, expect, it } from 'vitest';
import {
  countGraph,
  nodeBatches,
  relationshipBatches,
  type RelBatch,
  type RelRow,
} from '../../seed/synthetic/generate-graph.ts';
import { idOf, parseSize, planFor, totalNodes } from '../../seed/synthetic/graph-plan.ts';
import { makeNode } from '../../seed/synthetic/node-factory.ts';
import { parentAgency, relationshipsOf } from '../../seed/synthetic/relationship-factory.ts';
import { SOURCE_TEXT } from '../../seed/synthetic/source-text.ts';
import { decodeEvidence } from '../../server/facts/evidence-item.ts';
import { NODE_LABELS, RELATIONSHIP_ENDS } from '../../vocabulary/index.ts';

const plan = planFor(3000);

type Rel = Omit<RelBatch, 'rows'> & RelRow;
let memo: Rel[] | undefined;
/** The plan's ~15,000 relationships, generated once: tests only read them. */
function allRels(): Rel[] {
  memo ??= [...relationshipBatches(plan, 700)].flatMap(({ rows, ...batch }) =>
    rows.map((row) => ({ ...batch, ...row })),
  );
  return memo;
}

describe('synthetic generator', () => {
  it('parses the sizes of the issue', () => {
    expect(parseSize('10k')).toBe(10_000);
    expect(parseSize('100k')).toBe(100_000);
    expect(parseSize('1m')).toBe(1_000_000);
    expect(() => parseSize('huge')).toThrow(/--size/);
  });

  it('plans exactly the requested node count over every label of the contract', () => {
    expect(totalNodes(planFor(100_000))).toBe(100_000);
    for (const label of NODE_LABELS) expect(plan.counts[label]).toBeGreaterThan(0);
  });

  it('is deterministic: same plan, same graph, whatever the batch size', () => {
    const a = [...nodeBatches(plan, 300)].flatMap((b) => b.rows);
    const b = [...nodeBatches(planFor(3000), 1234)].flatMap((b) => b.rows);
    expect(b).toEqual(a);
    const key = (r: { type: string; from: string; to: string }) => `${r.type} ${r.from} ${r.to}`;
    const relsA = allRels().map(key).sort();
    const relsB = [...relationshipBatches(planFor(3000), 97)]
      .flatMap((x) => x.rows.map((r) => key({ ...r, type: x.type })))
      .sort();
    expect(relsB).toEqual(relsA);
  });

  it('changes with the seed', () => {
    expect(makeNode(planFor(5000, { seed: 1 }), 'Person', 3)).not.toEqual(
      makeNode(planFor(5000, { seed: 2 }), 'Person', 3),
    );
  });

  it('has about five relationships per node, each (type, start, end) once, between existing nodes', () => {
    const rels = allRels();
    const ratio = rels.length / totalNodes(plan);
    expect(ratio).toBeGreaterThan(4.5);
    expect(ratio).toBeLessThan(5.5);
    const keys = new Set(rels.map((r) => `${r.type} ${r.from} ${r.to}`));
    expect(keys.size).toBe(rels.length);
    const labelOf = new Map(
      [...nodeBatches(plan, 1000)].flatMap((b) => b.rows.map((n) => [n.id, b.label] as const)),
    );
    expect(labelOf.size).toBe(totalNodes(plan));
    // One assertion over all of them (not one per relationship), showing the first offenders if any.
    const wrong = rels.filter((r) => {
      const [from, to] = RELATIONSHIP_ENDS[r.type] as readonly [readonly string[], readonly string[]];
      return (
        labelOf.get(r.from) !== r.fromLabel ||
        labelOf.get(r.to) !== r.toLabel ||
        !from.includes(r.fromLabel) ||
        !to.includes(r.toLabel)
      );
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('has heavy-tailed degrees: hubs far above the mean', () => {
    const degree = new Map<string, number>();
    for (const r of allRels()) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const values = [...degree.values()].sort((a, b) => b - a);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(values[0]!).toBeGreaterThan(30 * mean);
    expect(values[Math.floor(values.length / 2)]!).toBeLessThan(mean);
  });

  it('builds agency trees (every parent has a lower index, so no cycles) with ministries as roots', () => {
    const parents = Array.from({ length: plan.counts.Agency }, (_, i) => parentAgency(plan, i));
    expect(plan.agencyRoots).toBeGreaterThan(0);
    expect(parents.slice(0, plan.agencyRoots)).toEqual(Array(plan.agencyRoots).fill(null));
    const wrong = parents.flatMap((parent, i) =>
      i >= plan.agencyRoots && !(parent !== null && parent >= 0 && parent < i) ? [{ i, parent }] : [],
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('gives people several posts over time (validFrom/validTo years), the last one current', () => {
    const holds = relationshipsOf(plan, 'Person', 17).filter((r) => r.type === 'HOLDS');
    expect(holds.length).toBeGreaterThanOrEqual(2);
    expect(holds.at(-1)!.props.validTo).toBeUndefined();
    for (const h of holds.slice(0, -1)) {
      expect(String(h.props.validTo)).toMatch(/^\d{4}$/);
      expect(Number(h.props.validTo)).toBeGreaterThanOrEqual(Number(h.props.validFrom));
    }
  });

  it('writes facts in the v2 shape: an id, evidence lists quoting their sources, some from two or three', () => {
    const facts = allRels().filter((r) => r.type !== 'MENTIONED_IN');
    const texts = new Map(
      [...nodeBatches(plan, 1000)].flatMap((b) => b.rows).map((n) => [n.id, n.props.text]),
    );
    const sizes = new Map<number, number>();
    for (const r of facts) {
      expect(r.props.id).toBe(`${r.from}|${r.type}|${r.to}`);
      const items = (r.props.evidence as string[]).map(decodeEvidence);
      sizes.set(items.length, (sizes.get(items.length) ?? 0) + 1);
      expect(r.props.sourceIds).toEqual([...new Set(items.map((i) => i.sourceId))]);
      expect(r.props.evidenceCount).toBe(items.length);
      for (const item of items) {
        expect(String(texts.get(item.sourceId)).slice(item.start!, item.end!)).toBe(item.quote);
      }
      // The v1 fields mirror the first item.
      expect(r.props).toMatchObject({
        quote: items[0]!.quote,
        sourceId: items[0]!.sourceId,
        inferred: false,
      });
    }
    expect(sizes.get(1)! / facts.length).toBeGreaterThan(0.6);
    expect(sizes.get(2)).toBeGreaterThan(0);
    expect(sizes.get(3)).toBeGreaterThan(0);
  });

  it('gives every document its own text (one Source per sha256) and quotes at the same offsets', () => {
    const sources = [...nodeBatches(plan, 1000)].flatMap((b) => (b.label === 'Source' ? b.rows : []));
    expect(new Set(sources.map((s) => s.props.sha256)).size).toBe(sources.length);
    for (const s of sources.slice(0, 20)) expect(String(s.props.text).startsWith(SOURCE_TEXT)).toBe(true);
    for (const r of allRels().filter((x) => x.type === 'MENTIONED_IN')) {
      expect(SOURCE_TEXT.slice(Number(r.props.start), Number(r.props.end))).toBe(r.props.quote);
      expect(String(r.props.sourceId)).toMatch(/^source:syn-\d+$/);
    }
  });

  it('names every node in both scripts and prefixes ids, so a synthetic graph never meets the seed graph', () => {
    const node = makeNode(planFor(5000, { prefix: 't42' }), 'Person', 0);
    expect(node.id).toBe('person:t42-0');
    expect(String(node.props.name)).toMatch(/[А-Яа-я]/);
    expect(String(node.props.nameEn)).toMatch(/^[A-Za-z .]+$/);
    expect(idOf(plan, 'SupplyChannel', 3)).toBe('supply-channel:syn-3');
  });

  it('counts by type agree with the batches', () => {
    const counts = countGraph(plan);
    expect(Object.values(counts.relationships).reduce((s, n) => s + n, 0)).toBe(allRels().length);
  });
});
