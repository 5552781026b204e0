/** A styling rule: colour or size nodes by a numeric property (a seizure's kg, an indicator's value…). */
export interface StyleRule {
  property: string;
  mode: 'size' | 'color';
}

interface RuleNode {
  id: string;
  year?: number | null;
  props?: Record<string, unknown>;
}

/** Node sizes a rule maps to, from the smallest value to the largest (the default node is 34). */
export const RULE_SIZES = { min: 22, max: 84 } as const;
/** Colour ramp of a rule (light to dark), chosen to read on white and against the label colours. */
const RAMP: readonly [number, number, number][] = [
  [255, 237, 160],
  [254, 178, 76],
  [240, 59, 32],
  [128, 0, 38],
];

/** A property's number on a node: `year` or a numeric entry of `props`; null when absent. */
export function propertyValue(node: RuleNode, property: string): number | null {
  const value = property === 'year' ? node.year : node.props?.[property];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The numeric properties present on some of the nodes, sorted, for the rule's property list. */
export function numericProperties(nodes: readonly RuleNode[]): string[] {
  const names = new Set<string>();
  for (const node of nodes) {
    if (typeof node.year === 'number') names.add('year');
    for (const [name, value] of Object.entries(node.props ?? {}))
      if (typeof value === 'number' && Number.isFinite(value)) names.add(name);
  }
  return [...names].sort();
}

/** Each node's value scaled to [0, 1] between the smallest and largest present (0.5 when all are equal). */
export function scaledValues(nodes: readonly RuleNode[], property: string): Map<string, number> {
  const values = nodes.flatMap((n) => {
    const v = propertyValue(n, property);
    return v === null ? [] : [[n.id, v] as const];
  });
  const min = Math.min(...values.map(([, v]) => v));
  const max = Math.max(...values.map(([, v]) => v));
  return new Map(values.map(([id, v]) => [id, max > min ? (v - min) / (max - min) : 0.5]));
}

/** The rule's size for a scaled value. */
export function ruleSize(t: number): number {
  return Math.round(RULE_SIZES.min + (RULE_SIZES.max - RULE_SIZES.min) * Math.min(1, Math.max(0, t)));
}

/** The rule's colour for a scaled value, interpolated along the ramp, as #rrggbb. */
export function ruleColor(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const f = x - i;
  const rgb = RAMP[i]!.map((c, k) => Math.round(c + (RAMP[i + 1]![k]! - c) * f));
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
