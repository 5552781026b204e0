import { idKind, NODE_LABELS, type NodeLabel } from '../../vocabulary/index.ts';

export const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 } as const;
export type SizeName = keyof typeof SIZES;

/** Everything the generator needs: the same plan always yields the same graph. */
export interface GraphPlan {
  seed: number;
  /** Part of every id (`person:syn-42`), so a synthetic graph never collides with the seed graph. */
  prefix: string;
  counts: Record<NodeLabel, number>;
  /** Agencies below this index are tree roots (ministries, committees); all others have a parent. */
  agencyRoots: number;
}

// Shares of the node count, shaped like a country's officialdom: many posts and people, fewer bodies,
// directives as the densest hubs of edges. Regions are fixed: 17 regions and 3 cities of republican status.
// A label added to the vocabulary without a share here gets NEW_LABEL_SHARE, so the generator never lags it.
const SHARES: Partial<Record<Exclude<NodeLabel, 'Region'>, number>> = {
  City: 0.01,
  Agency: 0.08,
  Position: 0.2,
  Person: 0.22,
  SupplyChannel: 0.04,
  Seizure: 0.08,
  Directive: 0.14,
  Meeting: 0.05,
  Indicator: 0.06,
  Measure: 0.05,
  Source: 0.07,
};

const NEW_LABEL_SHARE = 0.01;

export const REGION_COUNT = 20;

/** Parses `10k`, `100k`, `1m` or a plain node count. */
export function parseSize(text: string): number {
  if (text in SIZES) return SIZES[text as SizeName];
  const n = Number(text);
  if (!Number.isInteger(n) || n < 200)
    throw new Error(`--size must be 10k, 100k, 1m or a count >= 200, got "${text}"`);
  return n;
}

/** The plan for about `total` nodes (the sum of the counts is `total` exactly). */
export function planFor(total: number, options: { seed?: number; prefix?: string } = {}): GraphPlan {
  const counts = { Region: REGION_COUNT } as Record<NodeLabel, number>;
  let assigned = REGION_COUNT;
  for (const label of NODE_LABELS) {
    if (label === 'Region') continue;
    const n = Math.max(1, Math.round(total * (SHARES[label] ?? NEW_LABEL_SHARE)));
    counts[label] = n;
    assigned += n;
  }
  counts.Source = Math.max(1, counts.Source + total - assigned);
  return {
    seed: options.seed ?? 20240101,
    prefix: options.prefix ?? 'syn',
    counts,
    agencyRoots: Math.max(3, Math.round(counts.Agency / 2000)),
  };
}

// Looked up once per label: idOf runs for every node and relationship end of a million-node graph.
const ID_KIND = Object.fromEntries(NODE_LABELS.map((label) => [label, idKind(label)])) as Record<
  NodeLabel,
  string
>;

/** The id of node `index` of `label`, in the seed's `kind:slug` form. */
export function idOf(plan: GraphPlan, label: NodeLabel, index: number): string {
  return `${ID_KIND[label]}:${plan.prefix}-${index}`;
}

export function totalNodes(plan: GraphPlan): number {
  return NODE_LABELS.reduce((sum, label) => sum + plan.counts[label], 0);
}
