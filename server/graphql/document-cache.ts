import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from './graphql-js.ts';

export interface DocumentCacheLimits {
  /** Most documents kept; the least recently used one goes first. */
  maxEntries: number;
  /** Longest query text (characters) worth caching; the client's operations are far shorter. */
  maxQueryLength: number;
}

/**
 * Apollo's cache of parsed and validated documents, bounded by what an attacker controls. Apollo's default
 * LRU budgets ~30 MiB by its own size estimate, and hostile clients filled it with documents of up to the
 * body limit each: the retained heap grew ~95 MB before it levelled off (issue 7, malformed requests).
 * Here only short documents are kept, and only so many, so the cache stays within a few MB while the
 * operations the client really repeats still skip parsing and validation.
 */
export function boundedDocumentStore(limits: DocumentCacheLimits): DocumentStore {
  const entries = new Map<string, DocumentNode>();
  return {
    async get(key) {
      const document = entries.get(key);
      if (document) {
        // Map keeps insertion order: re-inserting marks the entry most recently used.
        entries.delete(key);
        entries.set(key, document);
      }
      return document;
    },
    async set(key, document) {
      if ((document.loc?.source.body.length ?? Infinity) > limits.maxQueryLength) return;
      entries.delete(key);
      entries.set(key, document);
      while (entries.size > limits.maxEntries) entries.delete(entries.keys().next().value!);
    },
    async delete(key) {
      return entries.delete(key);
    },
  };
}
