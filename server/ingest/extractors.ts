import type { Draft, ExtractInput, Extractor } from './draft.ts';
import { createHash } from 'node:crypto';
import { createRulesRuExtractor } from './extract/rules-ru-extractor.ts';

/**
 * The extractors the CLI, the review and the evaluation can choose by name. `rules-ru` is the default;
 * `empty` proposes nothing: it is the floor every real extractor is scored against.
 */
export const EXTRACTORS: Record<string, () => Promise<Extractor>> = {
  empty: async () => emptyExtractor,
  'rules-ru': async () => createRulesRuExtractor(),
};

/** The offline Russian rule-based extractor (server/ingest/extract/); see docs/ingestion.md. */
export const DEFAULT_EXTRACTOR = 'rules-ru';

/** The extractor called `name`, or a clear error listing the known ones. */
export async function createExtractor(name: string = DEFAULT_EXTRACTOR): Promise<Extractor> {
  const make = EXTRACTORS[name];
  if (!make) {
    throw new Error(`Unknown extractor "${name}"; known: ${Object.keys(EXTRACTORS).join(', ')}`);
  }
  return make();
}

const emptyExtractor: Extractor = {
  name: 'empty',
  version: '0',
  async extract(input: ExtractInput): Promise<Draft> {
    return {
      source: {
        title: input.title ?? null,
        language: 'ru',
        publishedAt: input.publishedAt ?? null,
        sha256: createHash('sha256').update(input.text, 'utf8').digest('hex'),
        text: input.text,
        publisher: input.publisher ?? null,
        url: input.url ?? null,
      },
      entities: [],
      relationships: [],
      extractor: { name: this.name, version: this.version },
    };
  },
};
