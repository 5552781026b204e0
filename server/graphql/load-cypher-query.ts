import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.ts';
import {
  DOMAIN_TYPES,
  ENTITY_LABELS,
  ID_LABEL,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  TIME_BOUND_TYPES,
} from '../../vocabulary/index.ts';

/** Folder of the named queries; the same files feed `@cypher` fields, tests and benchmarks. */
export const cypherQueriesDir = path.join(repoRoot, 'cypher', 'queries');

/** Folder of the pieces several queries share, included with `{{<name>}}`. */
export const cypherFragmentsDir = path.join(repoRoot, 'cypher', 'fragments');

const QUERY_NAME = /^[a-z]+(-[a-z]+)*$/;
const PLACEHOLDER = /\{\{([a-z]+(?:-[a-z]+)*)\}\}/g;

const listOf = (names: readonly string[]) => `[${names.map((name) => `'${name}'`).join(', ')}]`;

/**
 * The vocabulary's names as Cypher, so that no query repeats a label or type list. Labels and types come
 * from vocabulary/ (code), never from input; every value a query compares with stays a $parameter.
 */
export const VOCABULARY_PLACEHOLDERS: Readonly<Record<string, string>> = {
  /** Label expression of every label, for `(n:{{node-labels}} {id: $id})`. */
  'node-labels': NODE_LABELS.join('|'),
  /** Label expression of the entity labels (every label but Source). */
  'entity-labels': ENTITY_LABELS.join('|'),
  /** List literal of every label, for picking a node's primary label. */
  'node-label-list': listOf(NODE_LABELS),
  /** Type expression of the domain types (all but MENTIONED_IN), for `-[:{{domain-types}}*..10]-`. */
  'domain-types': DOMAIN_TYPES.join('|'),
  'domain-type-list': listOf(DOMAIN_TYPES),
  'relationship-type-list': listOf(RELATIONSHIP_TYPES),
  /** List literal of the types whose facts hold for a period (validFrom/validTo, a derived `current`). */
  'time-bound-type-list': listOf(TIME_BOUND_TYPES),
  /** The label every node carries, whose `id` constraint spans all labels: `(n:{{id-label}} {id: $id})`. */
  'id-label': ID_LABEL,
};

/**
 * Replaces `{{name}}` by a vocabulary list (above) or by the text of `cypher/fragments/<name>.cypher`
 * (itself expanded). An unknown name is an error naming `where`, so a typo never reaches Neo4j.
 */
export function expandCypher(text: string, where: string, depth = 0): string {
  if (depth > 4) throw new Error(`${where}: fragments include each other too deeply`);
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const listed = VOCABULARY_PLACEHOLDERS[name];
    if (listed !== undefined) return listed;
    const fragment = path.join(cypherFragmentsDir, `${name}.cypher`);
    if (!fs.existsSync(fragment)) {
      const known = Object.keys(VOCABULARY_PLACEHOLDERS).join(', ');
      throw new Error(
        `${where}: unknown placeholder {{${name}}} (known: ${known}, or cypher/fragments/*.cypher)`,
      );
    }
    return expandCypher(
      fs.readFileSync(fragment, 'utf8').trimEnd(),
      `cypher/fragments/${name}.cypher`,
      depth + 1,
    );
  });
}

/**
 * Reads `cypher/queries/<name>.cypher` with its placeholders expanded: the text the API, the tests and the
 * benchmarks run. Names are kebab-case, so a name can never leave the folder.
 */
export function loadCypherQuery(name: string): string {
  if (!QUERY_NAME.test(name)) throw new Error(`Invalid Cypher query name "${name}"`);
  const file = `cypher/queries/${name}.cypher`;
  return expandCypher(fs.readFileSync(path.join(cypherQueriesDir, `${name}.cypher`), 'utf8'), file);
}

/** Names of all named queries, for tests that check each one. */
export function listCypherQueries(): string[] {
  return fs
    .readdirSync(cypherQueriesDir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.slice(0, -'.cypher'.length))
    .sort();
}
