import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit, type DocumentNode } from './graphql-js.ts';
import { repoRoot } from '../config.ts';
import { expandAccessRules } from './access-rules.ts';
import { addDefaultLimits } from './default-limits.ts';
import { factsOnlyThroughRecordFact } from './facts-only-through-record.ts';
import { fillInterfaceFields } from './interface-fields.ts';
import { expandCypher, loadCypherQuery } from './load-cypher-query.ts';

export const schemaDir = path.join(repoRoot, 'server', 'schema');

const CYPHER_FILE = /^cypher\/queries\/([a-z-]+)\.cypher$/;

/**
 * Reads `server/schema/*.graphql` (one file per domain area, plus the generated vocabulary) into the one
 * document @neo4j/graphql gets. On the way it expands what the files write once:
 * - `@access(…)` into the library's @authentication/@authorization (access-rules.ts);
 * - the fields of implemented interfaces, e.g. Entity's (interface-fields.ts);
 * - the default @limit of every list (default-limits.ts);
 * - DISCONNECT as the only nested operation of every relationship field: facts are created through
 *   recordFact, which checks their evidence (facts-only-through-record.ts);
 * - `@cypher(statement: "cypher/queries/<name>.cypher")` into that query's text, and the `{{…}}`
 *   placeholders of every statement into the vocabulary's lists (load-cypher-query.ts).
 */
export function loadTypeDefs(dir: string = schemaDir): DocumentNode {
  // Generated files first: the domain files build on the vocabulary's Entity interface, and @neo4j/graphql
  // warns about an interface's @limit when it comes after the types implementing it.
  const generated = (file: string) => (file.endsWith('.generated.graphql') ? 0 : 1);
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => generated(a) - generated(b) || a.localeCompare(b));
  const definitions = files.flatMap((file) => {
    const where = path.relative(repoRoot, path.join(dir, file));
    const document = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    return expandAccessRules(document, where).definitions;
  });
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
  return inlineCypherFiles(factsOnlyThroughRecordFact(addDefaultLimits(fillInterfaceFields(document))));
}

/** Replaces statement paths of `@cypher` directives with the named query's text; expands placeholders. */
export function inlineCypherFiles(document: DocumentNode): DocumentNode {
  // Where the statement stands, for error messages; `visit` enters a type, then its fields.
  let typeName = '';
  let fieldName = '';
  return visit(document, {
    ObjectTypeDefinition(type) {
      typeName = type.name.value;
    },
    FieldDefinition(field) {
      fieldName = field.name.value;
    },
    Directive(directive) {
      if (directive.name.value !== 'cypher') return undefined;
      return {
        ...directive,
        arguments: directive.arguments?.map((argument) => {
          if (argument.name.value !== 'statement' || argument.value.kind !== Kind.STRING) return argument;
          const file = CYPHER_FILE.exec(argument.value.value);
          const text = file
            ? loadCypherQuery(file[1]!)
            : expandCypher(argument.value.value, `the @cypher statement of ${typeName}.${fieldName}`);
          return { ...argument, value: { kind: Kind.STRING, value: text, block: true } };
        }),
      };
    },
  });
}
