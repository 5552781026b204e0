import { NODE_LABELS, type NodeLabel } from '../vocabulary.ts';

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
const SHARES: Record<Exclude<NodeLabel, 'Region'>, number> = {
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
  for (const [label, share] of Object.entries(SHARES)) {
    const n = Math.max(1, Math.round(total * share));
    counts[label as NodeLabel] = n;
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

const ID_KIND: Record<NodeLabel, string> = {
  Person: 'person',
  Position: 'position',
  Agency: 'agency',
  Region: 'region',
  City: 'city',
  SupplyChannel: 'supply-channel',
  Seizure: 'seizure',
  Directive: 'directive',
  Meeting: 'meeting',
  Indicator: 'indicator',
  Measure: 'measure',
  Source: 'source',
};

/** The id of node `index` of `label`, in the seed's `kind:slug` form. */
export function idOf(plan: GraphPlan, label: NodeLabel, index: number): string {
  return `${ID_KIND[label]}:${plan.prefix}-${index}`;
}

export function totalNodes(plan: GraphPlan): number {
  return NODE_LABELS.reduce((sum, label) => sum + plan.counts[label], 0);
}
