import { describe, expect, it } from 'vitest';
import { wrapCaption } from '../../client/src/graph/caption-lines.ts';
import { idGroups, missingEdges } from '../../client/src/graph/edge-sync.ts';
import {
  numericProperties,
  ruleColor,
  ruleSize,
  RULE_SIZES,
  scaledValues,
} from '../../client/src/graph/style-rules.ts';
import { flowCaption, supplyFlows } from '../../client/src/graph/supply-flows.ts';
import { nodeTip } from '../../client/src/ui/tooltip.ts';

describe('captions on the canvas', () => {
  it('wraps long names on two lines between words and marks a cut with an ellipsis', () => {
    expect(wrapCaption('Бауыржан Аленов')).toBe('Бауыржан Аленов');
    const long = wrapCaption('Первый заместитель министра внутренних дел Республики Казахстан');
    expect(long.split('\n')).toHaveLength(2);
    expect(long.endsWith('…')).toBe(true);
    expect(long.split('\n').every((line) => line.length <= 25)).toBe(true);
    expect(wrapCaption('Изъятие свыше 770 кг наркотиков')).toBe('Изъятие свыше 770 кг\nнаркотиков');
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapCaption('Оченьдлинноеслововбезпробелов и ещё', 10)).toBe('Оченьдлин…');
  });

  it('gives the tooltip the full name and the type in the interface language', () => {
    const node = {
      caption: 'Первый заместитель министра внутренних дел Республики Казахстан',
      name: 'x',
      label: 'Position',
    };
    expect(nodeTip(node, 'ru')[0]).toBe(node.caption);
    expect(nodeTip(node, 'ru')[1]).toBe('Должность');
    expect(nodeTip(node, 'en')[1]).toBe('Position');
  });
});

describe('edges among the canvas', () => {
  it('asks one group when the ids fit the server limit', () => {
    expect(idGroups(['a', 'b', 'a'], 10)).toEqual([['a', 'b']]);
    expect(idGroups([], 10)).toEqual([]);
  });

  it('splits a larger canvas so every pair of ids shares a group no larger than the limit', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `n${i}`);
    const groups = idGroups(ids, 10);
    expect(groups.every((g) => g.length <= 10)).toBe(true);
    for (const a of ids)
      for (const b of ids)
        expect(
          groups.some((g) => g.includes(a) && g.includes(b)),
          `${a}-${b}`,
        ).toBe(true);
  });

  it('keeps only edges not drawn yet, each once', () => {
    const edges = [{ id: 'e1' }, { id: 'e2' }, { id: 'e1' }, { id: 'e3' }];
    expect(missingEdges(edges, new Set(['e2'])).map((e) => e.id)).toEqual(['e1', 'e3']);
  });
});

describe('styling rules', () => {
  const nodes: { id: string; year: number | null; props: Record<string, string | number> }[] = [
    { id: 'seizure:770', year: 2024, props: { amountKg: 770, substance: 'x' } },
    { id: 'seizure:8', year: 2024, props: { amountKg: 8 } },
    { id: 'indicator:1', year: 2023, props: { value: 65.5 } },
    { id: 'person:a', year: null, props: {} },
  ];

  it('offers the numeric properties present', () => {
    expect(numericProperties(nodes)).toEqual(['amountKg', 'value', 'year']);
  });

  it('scales values between the smallest and largest, leaving nodes without the property out', () => {
    const scaled = scaledValues(nodes, 'amountKg');
    expect(scaled.get('seizure:770')).toBe(1);
    expect(scaled.get('seizure:8')).toBe(0);
    expect(scaled.has('person:a')).toBe(false);
    expect(scaledValues(nodes, 'value').get('indicator:1')).toBe(0.5);
  });

  it('maps a scaled value to a size and a colour ramp', () => {
    expect(ruleSize(0)).toBe(RULE_SIZES.min);
    expect(ruleSize(1)).toBe(RULE_SIZES.max);
    expect(ruleColor(0)).toBe('#ffeda0');
    expect(ruleColor(1)).toBe('#800026');
    expect(ruleColor(0.5)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('supply flows on the map', () => {
  const nodes: { id: string; label: string; props?: Record<string, string | number> }[] = [
    { id: 'ch', label: 'SupplyChannel', props: { count: 8 } },
    { id: 'ch2', label: 'SupplyChannel', props: {} },
    { id: 'city:a', label: 'City' },
    { id: 'city:b', label: 'City' },
    { id: 'region:r', label: 'Region' },
  ];
  const edges = [
    { type: 'ORIGINATES_IN', source: 'ch', target: 'city:a' },
    { type: 'ORIGINATES_IN', source: 'ch', target: 'city:b' },
    { type: 'DESTINED_FOR', source: 'ch', target: 'region:r' },
    { type: 'ORIGINATES_IN', source: 'ch2', target: 'city:a' },
    { type: 'DESTINED_FOR', source: 'ch2', target: 'region:r' },
  ];

  it('runs from each origin city to the destination region, summing channel counts', () => {
    const flows = supplyFlows(nodes, edges);
    expect(flows.map((f) => [f.source, f.target, f.count, f.sharedBy])).toEqual([
      ['city:a', 'region:r', 9, 2],
      ['city:b', 'region:r', 8, 2],
    ]);
    expect(flows[0]!.channels).toEqual(['ch', 'ch2']);
  });

  it('says when channels are shared by several cities instead of counting them for each', () => {
    expect(flowCaption({ count: 8, sharedBy: 3 }, 'ru')).toBe('8 каналов всего из 3 городов');
    expect(flowCaption({ count: 2, sharedBy: 1 }, 'ru')).toBe('2 канала');
    expect(flowCaption({ count: 1, sharedBy: 1 }, 'ru')).toBe('1 канал');
    expect(flowCaption({ count: 8, sharedBy: 3 }, 'en')).toBe('8 channels in all from 3 cities');
  });
});
