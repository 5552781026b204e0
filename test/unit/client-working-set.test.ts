import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatViewState,
  linkProblems,
  parseViewState,
  type ViewState,
} from '../../client/src/graph/url-state.ts';
import { MAX_QUERY_LENGTH, readWorkingSet, type WorkingSet } from '../../client/src/graph/working-set.ts';

const view: ViewState = { view: 'explore', focus: 'person:alenov', to: null, layout: 'fcose', lang: 'ru' };

describe('working set in the link', () => {
  const set: WorkingSet = {
    nodes: ['person:alenov', 'meeting:m', 'position:p'],
    hidden: ['meeting:m'],
    pinned: ['position:p'],
    positions: new Map([
      ['person:alenov', { x: 10.4, y: -20.6 }],
      ['meeting:m', { x: 0, y: 0 }],
      ['position:p', { x: -300, y: 45 }],
    ]),
  };

  it('round-trips nodes, hidden and pinned ones, and rounded positions, next to the view', () => {
    const query = formatViewState(view, set);
    expect(parseViewState(query)).toEqual(view);
    const read = readWorkingSet(query)!;
    expect(read.nodes).toEqual(set.nodes);
    expect(read.hidden).toEqual(['meeting:m']);
    expect(read.pinned).toEqual(['position:p']);
    expect([...read.positions!]).toEqual([
      ['person:alenov', { x: 10, y: -21 }],
      ['meeting:m', { x: 0, y: 0 }],
      ['position:p', { x: -300, y: 45 }],
    ]);
  });

  it('drops positions first, then the node list, when the link would grow too long', () => {
    const many = Array.from({ length: 150 }, (_, i) => `agency:department-number-${i}`);
    const big: WorkingSet = {
      nodes: many,
      hidden: [],
      pinned: [],
      positions: new Map(many.map((id, i) => [id, { x: i * 1000, y: -i * 1000 }])),
    };
    const query = formatViewState(view, big);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    const read = readWorkingSet(query)!;
    expect(read.nodes).toHaveLength(150);
    expect(read.positions).toBeNull();
    const huge: WorkingSet = {
      ...big,
      nodes: Array.from({ length: 400 }, (_, i) => `agency:department-number-${i}`),
    };
    expect(readWorkingSet(formatViewState(view, huge))).toBeNull();
    // Local storage has no such limit.
    expect(readWorkingSet(formatViewState(view, big, Infinity))!.positions!.size).toBe(150);
  });

  it('reads no working set from a plain view link, and ignores hidden ids not on the canvas', () => {
    expect(readWorkingSet('?view=explore&focus=person:alenov')).toBeNull();
    expect(readWorkingSet('?n=a|b&h=c|a')!.hidden).toEqual(['a']);
    expect(readWorkingSet('?n=a|b&p=1,2|oops')!.positions).toEqual(new Map([['a', { x: 1, y: 2 }]]));
  });

  it('round-trips any ids', () => {
    const id = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('|'));
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 20 }), (nodes) => {
        const read = readWorkingSet(
          formatViewState(view, { nodes, hidden: [], pinned: [], positions: null }),
        );
        expect(read!.nodes).toEqual(nodes);
      }),
    );
  });
});

describe('link problems', () => {
  it('names the parameters replaced by defaults', () => {
    expect(linkProblems('?view=nope&layout=spiral&lang=de')).toEqual([
      'view=nope',
      'layout=spiral',
      'lang=de',
    ]);
    expect(linkProblems('?view=supply')).toEqual(['focus']);
    expect(linkProblems('?view=path&focus=a')).toEqual(['to']);
    expect(linkProblems('?view=explore&focus=person:alenov&layout=geo&lang=en')).toEqual([]);
  });
});
