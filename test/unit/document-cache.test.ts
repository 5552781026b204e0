import { describe, expect, it } from 'vitest';
import { boundedDocumentStore } from '../../server/graphql/document-cache.ts';
import { parse } from '../../server/graphql/graphql-js.ts';

describe('boundedDocumentStore', () => {
  it('keeps at most maxEntries documents, dropping the least recently used', async () => {
    const store = boundedDocumentStore({ maxEntries: 2, maxQueryLength: 100 });
    const [a, b, c] = [parse('{ a }'), parse('{ b }'), parse('{ c }')];
    await store.set('a', a);
    await store.set('b', b);
    expect(await store.get('a')).toBe(a);
    await store.set('c', c);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe(a);
    expect(await store.get('c')).toBe(c);
  });

  it('does not keep documents longer than maxQueryLength', async () => {
    const store = boundedDocumentStore({ maxEntries: 10, maxQueryLength: 10 });
    await store.set('long', parse(`{ search(text: "${'x'.repeat(50)}") { id } }`));
    expect(await store.get('long')).toBeUndefined();
  });
});
