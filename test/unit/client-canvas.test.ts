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
  it('undoes in reverse order and stays bounded', () => {
    const log: string[] = [];
    const history = new History(2);
    history.push('a', () => log.push('a'));
    history.push('b', () => log.push('b'));
    history.push('c', () => log.push('c'));
    expect(history.undo()).toBe('c');
    expect(history.undo()).toBe('b');
    expect(history.undo()).toBeNull();
    expect(log).toEqual(['c', 'b']);
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
    const key = (k: string, ctrlKey = false) =>
      shortcutFor({ key: k, ctrlKey, metaKey: false, altKey: false });
    expect(key('z', true)).toBe('undo');
    expect(key('Enter')).toBe('expand');
    expect(key('4')).toBe('layout-4');
    expect(key('c', true)).toBeNull();
    expect(key('x')).toBeNull();
  });
});
