import { draftSource, type Draft, type ExtractInput, type Extractor } from './draft.ts';
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
      source: draftSource(input),
      entities: [],
      relationships: [],
      extractor: { name: this.name, version: this.version },
    };
  },
};
