import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit, type DocumentNode } from './graphql-js.ts';
import { repoRoot } from '../config.ts';
import { loadCypherQuery } from './load-cypher-query.ts';

export const schemaDir = path.join(repoRoot, 'server', 'schema');

const CYPHER_FILE = /^cypher\/queries\/([a-z-]+)\.cypher$/;

/**
 * Reads `server/schema/*.graphql` (one file per domain area) into one document, replacing every
 * `@cypher(statement: "cypher/queries/<name>.cypher")` by that file's text, so each query is written once.
 */
export function loadTypeDefs(dir: string = schemaDir): DocumentNode {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  const source = files.map((file) => fs.readFileSync(path.join(dir, file), 'utf8')).join('\n');
  return inlineCypherFiles(parse(source));
}

/** Replaces statement paths of `@cypher` directives with the named query's text. */
export function inlineCypherFiles(document: DocumentNode): DocumentNode {
  return visit(document, {
    Directive(directive) {
      if (directive.name.value !== 'cypher') return undefined;
      return {
        ...directive,
        arguments: directive.arguments?.map((argument) => {
          const match = argument.value.kind === Kind.STRING ? CYPHER_FILE.exec(argument.value.value) : null;
          if (argument.name.value !== 'statement' || !match) return argument;
          return {
            ...argument,
            value: { kind: Kind.STRING, value: loadCypherQuery(match[1]!), block: true },
          };
        }),
      };
    },
  });
}
