import { describe, expect, it } from 'vitest';
import { chainLevels, chainPositions } from '../../client/src/graph/chain-levels.ts';
import { chainSteps } from '../../client/src/graph/chain-steps.ts';
import type { NodeLabel, RelType } from '../../client/src/generated/graphql.ts';
import type { SliceEdgeInput as SliceEdge, SliceInput as Slice } from '../../client/src/graph/graph-types.ts';

const node = (id: string, label: NodeLabel, name: string) => ({
  id,
  label,
  name,
  nameEn: null,
  lat: null,
  lon: null,
});
const edge = (
  id: string,
  type: RelType,
  source: string,
  target: string,
  quote: string | null = null,
): SliceEdge => ({
  id,
  type,
  source,
  target,
  quote,
  sourceId: quote ? 'source:1' : null,
  start: null,
  end: null,
  inferred: false,
  basis: null,
});

const D = 'directive:drugs';
const slice: Slice = {
  nodes: [
    node(D, 'Directive', 'Борьба с наркобизнесом'),
    node('position:head-of-state', 'Position', 'Глава государства'),
    node('person:alenov', 'Person', 'Аленов'),
    node('position:first-deputy', 'Position', 'Первый заместитель министра'),
    node('agency:mvd', 'Agency', 'МВД РК'),
    node('position:unit-heads', 'Position', 'Начальники подразделений'),
    node('agency:knb-dept', 'Agency', 'ДКНБ'),
    node('agency:government', 'Agency', 'Правительство'),
  ],
  edges: [
    edge(
      'e5',
      'ASSIGNED_TO',
      D,
      'position:unit-heads',
      'Поручаю это руководству департаментов, начальникам подразделений',
    ),
    edge(
      'e1',
      'UNDER_CONTROL_OF',
      D,
      'position:head-of-state',
      'на особом контроле находится у главы государства',
    ),
    edge('e2', 'ISSUED', 'person:alenov', D),
    edge('e3', 'HOLDS', 'person:alenov', 'position:first-deputy'),
    edge('e4', 'POSITION_IN', 'position:first-deputy', 'agency:mvd'),
    edge('e6', 'COOPERATES_WITH', D, 'agency:knb-dept'),
    edge('e7', 'PART_OF', 'agency:mvd', 'agency:government'),
  ],
};

describe('responsibility chain', () => {
  const levels = chainLevels(slice, D);

  it('ranks controllers, issuer, his post and body, directive, assignees, partners top-down', () => {
    expect(levels.get('position:head-of-state')).toBe(0);
    expect(levels.get('person:alenov')).toBe(1);
    expect(levels.get('position:first-deputy')).toBe(2);
    expect(levels.get('agency:mvd')).toBe(3);
    expect(levels.get(D)).toBe(4);
    expect(levels.get('position:unit-heads')).toBe(5);
    expect(levels.get('agency:knb-dept')).toBe(6);
    expect(levels.get('agency:government')).toBe(4);
  });

  it('lays rows out top-down', () => {
    const positions = chainPositions(levels);
    expect(positions.get('position:head-of-state')!.y).toBeLessThan(positions.get('person:alenov')!.y);
    expect(positions.get(D)!.y).toBeLessThan(positions.get('position:unit-heads')!.y);
  });

  it('explains each hop in order, with its quote', () => {
    const steps = chainSteps(slice, levels, 'en');
    expect(steps[0]!.edge.id).toBe('e1');
    expect(steps[0]!.sentence).toBe(
      '“Борьба с наркобизнесом” is under the special control of Глава государства',
    );
    expect(steps.map((s) => s.edge.id).indexOf('e5')).toBeGreaterThan(
      steps.map((s) => s.edge.id).indexOf('e2'),
    );
    expect(steps.find((s) => s.edge.id === 'e2')!.sentence).toBe(
      'Аленов issued the directive “Борьба с наркобизнесом”',
    );
    expect(chainSteps(slice, levels, 'ru')[0]!.sentence).toContain('на особом контроле у');
  });
});
