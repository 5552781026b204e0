import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../client/src/graph/export-graphml.ts';

describe('toGraphML', () => {
  const xml = toGraphML([
    {
      group: 'nodes',
      data: {
        id: 'person:alenov',
        label: 'Person',
        name: 'Аленов & Co <x>',
        caption: 'skip',
        year: null,
        aliases: ['A', 'B'],
      },
    },
    {
      group: 'nodes',
      data: {
        id: 'seizure:2024',
        label: 'Seizure',
        name: 's',
        year: 2024,
        short: 'skip',
        props: { amountKg: 770.5, substance: 'героин', label: 'clash' },
      },
    },
    {
      group: 'edges',
      data: { id: 'e1', source: 'person:alenov', target: 'seizure:2024', type: 'SEIZED', inferred: false },
    },
  ]);

  it('declares keys from the data present, with GraphML types', () => {
    expect(xml).toContain('<key id="node_label" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<key id="node_year" for="node" attr.name="year" attr.type="long"/>');
    expect(xml).toContain('<key id="edge_inferred" for="edge" attr.name="inferred" attr.type="boolean"/>');
    expect(xml).not.toContain('attr.name="caption"');
  });

  it('writes nodes and directed edges with escaped values', () => {
    expect(xml).toContain('<graph id="opsgraph" edgedefault="directed">');
    expect(xml).toContain('<data key="node_name">Аленов &amp; Co &lt;x&gt;</data>');
    expect(xml).toContain('<data key="node_aliases">A; B</data>');
    expect(xml).toContain('<edge id="e1" source="person:alenov" target="seizure:2024">');
  });

  it('writes nested properties as properties of their own, never "[object Object]"', () => {
    expect(xml).not.toContain('[object Object]');
    expect(xml).toContain('<key id="node_amountKg" for="node" attr.name="amountKg" attr.type="double"/>');
    expect(xml).toContain('<data key="node_amountKg">770.5</data>');
    expect(xml).toContain('<data key="node_substance">героин</data>');
    // A nested name that clashes with a top-level one keeps its prefix.
    expect(xml).toContain('<data key="node_props.label">clash</data>');
    expect(xml).not.toContain('attr.name="short"');
  });

  it('is well-formed enough to count its elements', () => {
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml.trim().endsWith('</graphml>')).toBe(true);
  });
});
