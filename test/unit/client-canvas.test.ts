import { describe, expect, it } from 'vitest';
import { centrality } from '../../client/src/graph/centrality.ts';
import { createCy } from '../../client/src/graph/create-cy.ts';
import { History } from '../../client/src/graph/history.ts';
import { groupHits } from '../../client/src/ui/search-box.ts';
import { shortcutFor } from '../../client/src/ui/shortcuts.ts';
import type { NodeLabel } from '../../client/src/generated/graphql.ts';

describe('centrality', () => {
  it('scales PageRank and betweenness so the hub is 1', () => {
    const cy = createCy(undefined);
    cy.add([
      { data: { id: 'hub' } },
      ...['a', 'b', 'c'].flatMap((id) => [
        { data: { id } },
        { data: { id: `${id}-hub`, source: id, target: 'hub' } },
      ]),
    ]);
    for (const metric of ['pageRank', 'betweenness'] as const) {
      const scores = centrality(cy.elements(), metric);
      expect(scores.get('hub')).toBe(1);
      expect(scores.get('a')!).toBeLessThan(1);
    }
    cy.destroy();
  });
});

describe('History', () => {
  it('undoes in reverse order, redoes what was undone, and stays bounded', () => {
    const log: string[] = [];
    const history = new History(2);
    for (const name of ['a', 'b', 'c'])
      history.push(
        name,
        () => log.push(`-${name}`),
        () => log.push(`+${name}`),
      );
    expect(history.undo()).toBe('c');
    expect(history.undo()).toBe('b');
    expect(history.undo()).toBeNull();
    expect(history.redo()).toBe('b');
    expect(history.redo()).toBe('c');
    expect(history.redo()).toBeNull();
    expect(log).toEqual(['-c', '-b', '+b', '+c']);
  });

  it('forgets the redo stack when a new action is done', () => {
    const history = new History();
    history.push(
      'a',
      () => {},
      () => {},
    );
    history.undo();
    expect(history.redoSize).toBe(1);
    history.push(
      'b',
      () => {},
      () => {},
    );
    expect(history.redoSize).toBe(0);
    expect(history.redo()).toBeNull();
  });
});

describe('search grouping and shortcuts', () => {
  it('groups hits by label in order of the best hit', () => {
    const hit = (id: string, label: NodeLabel) => ({ id, label, name: id, nameEn: null, score: 1 });
    const groups = groupHits([hit('p1', 'Person'), hit('a1', 'Agency'), hit('p2', 'Person')]);
    expect(groups.map(([label, hits]) => [label, hits.map((h) => h.id)])).toEqual([
      ['Person', ['p1', 'p2']],
      ['Agency', ['a1']],
    ]);
  });

  it('maps keys to actions', () => {
    const key = (k: string, ctrlKey = false, shiftKey = false) =>
      shortcutFor({ key: k, ctrlKey, metaKey: false, altKey: false, shiftKey });
    expect(key('z', true)).toBe('undo');
    expect(key('Z', true, true)).toBe('redo');
    expect(key('y', true)).toBe('redo');
    expect(key('l')).toBe('lasso');
    expect(key('Enter')).toBe('expand');
    expect(key('4')).toBe('layout-4');
    expect(key('c', true)).toBeNull();
    expect(key('x')).toBeNull();
  });
});
