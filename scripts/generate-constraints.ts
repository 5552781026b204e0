// Renders cypher/constraints.cypher from the vocabulary: one uniqueness constraint per label, the lookup
// indexes the labels and relationship types declare, and the full-text index over every label's names.
import path from 'node:path';
import { repoRoot } from '../server/config.ts';
import {
  DOMAIN_TYPES,
  FACT_SOURCES_INDEX,
  ID_LABEL,
  LABELS,
  NODE_LABELS,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  SEARCH_PROPERTIES,
  SEARCHABLE_LABELS,
  snakeName,
  type LabelSpec,
  type RelationshipSpec,
} from '../vocabulary/index.ts';
import { generatedHeader } from './generated-header.ts';

export const constraintsPath = path.join(repoRoot, 'cypher', 'constraints.cypher');

const uniqueId = (label: string) =>
  `CREATE CONSTRAINT ${snakeName(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;`;

const props = (variable: string, names: readonly string[]) =>
  names.map((name) => `${variable}.${name}`).join(', ');

/** Uniqueness constraints besides `id` that labels declare (one Source per text). */
function otherUniques(): string[] {
  return NODE_LABELS.flatMap((label) =>
    Object.entries((LABELS[label] as LabelSpec).unique ?? {}).map(
      ([name, keys]) =>
        `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE (${props('n', keys)}) IS UNIQUE;`,
    ),
  );
}

function lookupIndexes(): string[] {
  const nodes = NODE_LABELS.flatMap((label) =>
    Object.entries((LABELS[label] as LabelSpec).indexes ?? {}).map(
      ([name, keys]) => `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (${props('n', keys)});`,
    ),
  );
  const rels = RELATIONSHIP_TYPES.flatMap((type) =>
    Object.entries((RELATIONSHIPS[type] as RelationshipSpec).indexes ?? {}).map(
      ([name, keys]) => `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (${props('r', keys)});`,
    ),
  );
  return [...nodes, ...rels];
}

/** The text of cypher/constraints.cypher, which server/neo4j/apply-constraints.ts applies. */
export function renderConstraints(): string {
  return [
    generatedHeader('//'),
    '// Schema of the OpsGraph graph. Every statement is idempotent (IF NOT EXISTS);',
    '// server/neo4j/apply-constraints.ts splits this file on `;` at line ends and skips `//` lines.',
    '',
    '// Uniqueness of `id` per label: the MERGE key of the seed loader (and an index for lookups by id).',
    ...NODE_LABELS.map(uniqueId),
    `// Ids are unique across labels too: every node also carries :${ID_LABEL} (data contract v2).`,
    uniqueId(ID_LABEL),
    ...otherUniques(),
    '',
    "// Lookup indexes for the filters the API and the docs' queries use.",
    ...lookupIndexes(),
    '',
    '// One full-text index over the names of every entity label, for `search` in Cyrillic and Latin.',
    "// 'standard-no-stop-words': Unicode word segmentation (UAX #29) and lower-casing work the same for Russian,",
    '// Kazakh and Latin script; no stemming (names are not prose, and stems break prefix queries such as',
    "// 'Але*'); no stop words, so short name parts are kept. Typos: fuzzy terms ('Alenof~'). Case forms such",
    "// as 'Аленова' are found by prefix ('Аленов*'). `aliases` is a LIST<STRING>: every element is indexed.",
    'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS',
    `FOR (n:${SEARCHABLE_LABELS.join('|')})`,
    `ON EACH [${props('n', SEARCH_PROPERTIES)}]`,
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };",
    '',
    '// Which facts cite a source: `sourceIds` (a LIST<STRING>, one element per cited Source) of every domain',
    "// relationship. 'keyword' keeps each id one whole term, so a quoted id matches exactly that id; updated",
    '// at commit (not eventually consistent), so a retraction right after a write sees it.',
    `CREATE FULLTEXT INDEX ${FACT_SOURCES_INDEX} IF NOT EXISTS`,
    `FOR ()-[r:${DOMAIN_TYPES.join('|')}]-()`,
    'ON EACH [r.sourceIds]',
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };",
    '',
  ].join('\n');
}
