import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.ts';

/** Folder of the named queries; the same files feed `@cypher` fields, tests and benchmarks. */
export const cypherQueriesDir = path.join(repoRoot, 'cypher', 'queries');

const QUERY_NAME = /^[a-z]+(-[a-z]+)*$/;

/** Reads `cypher/queries/<name>.cypher`; names are kebab-case, so a name can never leave the folder. */
export function loadCypherQuery(name: string): string {
  if (!QUERY_NAME.test(name)) throw new Error(`Invalid Cypher query name "${name}"`);
  return fs.readFileSync(path.join(cypherQueriesDir, `${name}.cypher`), 'utf8');
}

/** Names of all named queries, for tests that check each one. */
export function listCypherQueries(): string[] {
  return fs
    .readdirSync(cypherQueriesDir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.slice(0, -'.cypher'.length))
    .sort();
}
