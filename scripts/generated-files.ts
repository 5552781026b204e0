import { clientVocabularyPath, renderClientVocabulary } from './generate-client-vocabulary.ts';
import { constraintsPath, renderConstraints } from './generate-constraints.ts';
import { renderVocabularyGraphql, vocabularyGraphqlPath } from './generate-vocabulary-graphql.ts';

/** A file rendered from the vocabulary alone (no schema build): what `npm run generate` writes first. */
export interface GeneratedFile {
  path: string;
  render: () => string | Promise<string>;
}

export const VOCABULARY_FILES: readonly GeneratedFile[] = [
  { path: constraintsPath, render: renderConstraints },
  { path: vocabularyGraphqlPath, render: renderVocabularyGraphql },
  { path: clientVocabularyPath, render: renderClientVocabulary },
];
