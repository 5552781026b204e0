import { describe, expect, it } from 'vitest';
import { boundedDocumentStore } from '../../server/graphql/document-cache.ts';
import { parse } from '../../server/graphql/graphql-js.ts';

describe('boundedDocumentStore', () => {
  it('keeps at most maxEntries documents, dropping the least recently used', async () => {
    const store = boundedDocumentStore({ maxEntries: 2, maxQueryLength: 100 });
    await store.set('a', parse('{ a }'));
    await store.set('b', parse('{ b }'));
    expect(await store.get('a')).toBeDefined();
    await store.set('c', parse('{ c }'));
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBeDefined();
    expect(await store.get('c')).toBeDefined();
  });

  it('does not keep documents longer than maxQueryLength', async () => {
    const store = boundedDocumentStore({ maxEntries: 10, maxQueryLength: 10 });
    await store.set('long', parse(`{ search(text: "${'x'.repeat(50)}") { id } }`));
    expect(await store.get('long')).toBeUndefined();
  });
});
