import { describe, expect, it } from 'vitest';
import {
  expansionLimit,
  nodeCaption,
  planExpansion,
  toElements,
} from '../../client/src/graph/to-elements.ts';
import type { SliceInput as Slice } from '../../client/src/graph/graph-types.ts';

const slice: Slice = {
  nodes: [
    {
      id: 'person:alenov',
      label: 'Person',
      name: 'Бауыржан Аленов',
      nameEn: 'Bauyrzhan Alenov',
      lat: null,
      lon: null,
    },
    { id: 'city:kokshetau', label: 'City', name: 'Кокшетау', nameEn: null, lat: 53.28, lon: 69.39 },
    { id: 'person:alenov', label: 'Person', name: 'dup', nameEn: null, lat: null, lon: null },
  ],
  edges: [
    {
      id: 'e1',
      type: 'HOLDS',
      source: 'person:alenov',
      target: 'city:kokshetau',
      quote: 'q',
      sourceId: 's',
      start: 0,
      end: 1,
      inferred: false,
      basis: null,
    },
    {
      id: 'e2',
      type: 'PART_OF',
      source: 'person:alenov',
      target: 'agency:missing',
      quote: null,
      sourceId: null,
      start: null,
      end: null,
      inferred: true,
      basis: 'b',
    },
    {
      id: 'e1',
      type: 'HOLDS',
      source: 'person:alenov',
      target: 'city:kokshetau',
      quote: 'q',
      sourceId: 's',
      start: 0,
      end: 1,
      inferred: false,
      basis: null,
    },
  ],
};

describe('toElements', () => {
  it('maps nodes first, drops duplicates and dangling edges', () => {
    const elements = toElements(slice, 'ru');
    expect(elements.map((e) => e.data.id)).toEqual(['person:alenov', 'city:kokshetau', 'e1']);
    expect(elements[0]).toMatchObject({
      group: 'nodes',
      data: { label: 'Person', caption: 'Бауыржан Аленов', glyph: '☻' },
    });
    expect(elements[2]).toMatchObject({
      group: 'edges',
      data: { type: 'HOLDS', caption: 'занимает', quote: 'q', inferred: false },
    });
  });

  it('keeps edges to nodes already on the canvas and marks inferred ones', () => {
    const elements = toElements(slice, 'en', new Set(['agency:missing']));
    const inferred = elements.find((e) => e.data.id === 'e2');
    expect(inferred).toMatchObject({ classes: 'inferred', data: { caption: 'part of', basis: 'b' } });
  });

  it('captions in English fall back to the Russian name', () => {
    expect(nodeCaption({ name: 'Кокшетау', nameEn: null }, 'en')).toBe('Кокшетау');
    expect(nodeCaption({ name: 'Кокшетау', nameEn: 'Kokshetau' }, 'en')).toBe('Kokshetau');
  });
});

describe('planExpansion', () => {
  it('counts only new elements and flags the cap in nodes', () => {
    const present = new Set(['person:alenov']);
    const plan = planExpansion(slice, 'ru', present, 5);
    expect(plan).toMatchObject({ overCap: false, newNodes: 1, cutByServer: false });
    expect(plan.added.map((e) => e.data.id)).toEqual(['city:kokshetau', 'e1']);
    expect(planExpansion(slice, 'ru', present, 1).overCap).toBe(false);
    expect(planExpansion(slice, 'ru', present, 0).overCap).toBe(true);
  });

  it('refuses an answer cut by its own limit, and accepts but flags one cut by the server', () => {
    const present = new Set(['person:alenov']);
    // The slice has 3 nodes (one duplicate); asked for 3, it was cut at our limit: more may exist.
    expect(planExpansion(slice, 'ru', present, 5, { asked: 3, serverMax: 500 })).toMatchObject({
      overCap: true,
      cutByServer: false,
    });
    expect(planExpansion(slice, 'ru', present, 5, { asked: 3, serverMax: 3 })).toMatchObject({
      overCap: false,
      cutByServer: true,
    });
    expect(planExpansion(slice, 'ru', present, 5, { asked: 4, serverMax: 500 }).overCap).toBe(false);
  });
});

describe('expansionLimit', () => {
  it('asks for one more than the cap besides what is drawn, never above the server limit', () => {
    expect(expansionLimit(150, 10, 500)).toBe(161);
    expect(expansionLimit(490, 30, 500)).toBe(500);
    expect(expansionLimit(0, 0, 500)).toBe(1);
  });
});
