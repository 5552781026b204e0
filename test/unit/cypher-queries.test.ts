import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Kind,
  type ObjectTypeDefinitionNode,
  type StringValueNode,
} from '../../server/graphql/graphql-js.ts';
import {
  cypherFragmentsDir,
  cypherQueriesDir,
  expandCypher,
  listCypherQueries,
  loadCypherQuery,
} from '../../server/graphql/load-cypher-query.ts';
import { loadTypeDefs, schemaDir } from '../../server/graphql/load-type-defs.ts';
import { DOMAIN_TYPES, ENTITY_LABELS, ID_LABEL, NODE_LABELS } from '../../vocabulary/index.ts';

const SLICE_QUERIES = [
  'expand-neighborhood',
  'find-shortest-path',
  'map-supply-network',
  'trace-responsibility-chain',
];
const document = loadTypeDefs();
const typeDef = (name: string) =>
  document.definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name,
  )!;

describe('named queries', () => {
  it.each(listCypherQueries())('%s loads with every placeholder expanded', (name) => {
    const text = loadCypherQuery(name);
    expect(text).not.toMatch(/\{\{[a-z-]*\}\}/);
    expect(text).toMatch(/^\/\/ /);
  });

  it('repeat no label or type list: those come from the vocabulary', () => {
    const sources = [
      ...fs.readdirSync(cypherQueriesDir).map((f) => path.join(cypherQueriesDir, f)),
      ...fs.readdirSync(cypherFragmentsDir).map((f) => path.join(cypherFragmentsDir, f)),
      ...fs
        .readdirSync(schemaDir)
        .filter((f) => !f.includes('.generated.'))
        .map((f) => path.join(schemaDir, f)),
    ];
    for (const file of sources) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\w+\|\w+\|\w+\|\w+/); // label or type expressions of 4 and more
      expect(text, file).not.toMatch(/'[A-Z][A-Za-z_]+',\s*'[A-Z][A-Za-z_]+',\s*'[A-Z][A-Za-z_]+'/); // list literals
    }
  });

  it('find an entity of any label and follow every domain type', () => {
    const neighborhood = loadCypherQuery('expand-neighborhood');
    // Every node carries the id label, whose one constraint index finds an id of any label.
    expect(neighborhood).toContain(`(start:${ID_LABEL} {id: $id})`);
    for (const type of DOMAIN_TYPES) expect(neighborhood).toContain(`'${type}'`);
    expect(loadCypherQuery('find-shortest-path')).toContain(`-[:${DOMAIN_TYPES.join('|')}*..10]-`);
    for (const label of NODE_LABELS) expect(loadCypherQuery('search-entities')).toContain(`'${label}'`);
  });

  it('share one slice projection, whose fields are exactly those of GraphNode and GraphEdge', () => {
    const fragment = expandCypher(
      fs.readFileSync(path.join(cypherFragmentsDir, 'slice-projection.cypher'), 'utf8'),
      'cypher/fragments/slice-projection.cypher',
    );
    for (const name of SLICE_QUERIES) {
      const raw = fs.readFileSync(path.join(cypherQueriesDir, `${name}.cypher`), 'utf8');
      expect(raw.match(/\{\{slice-projection\}\}/g), name).toHaveLength(1);
      expect(raw, name).not.toContain('AS slice');
      expect(loadCypherQuery(name).match(/\} AS slice$/gm), name).toHaveLength(1);
    }
    const projected = (variable: string) => {
      const body = new RegExp(`\\[${variable} IN \\w+ \\| ${variable} \\{([^]*?)\\n  \\}\\]`).exec(
        fragment,
      )![1]!;
      const keys = [...body.matchAll(/(?:^|[\s,])(?:\.(\w+)|(\w+):)/g)].map((m) => m[1] ?? m[2]);
      return keys.sort();
    };
    const fields = (type: string) =>
      typeDef(type)
        .fields!.map((f) => f.name.value)
        .sort();
    expect(projected('n')).toEqual(fields('GraphNode'));
    expect(projected('r')).toEqual(fields('GraphEdge'));
  });

  it('refuse an unknown placeholder, naming the file', () => {
    expect(() => expandCypher('MATCH (n:{{node-lables}}) RETURN n', 'cypher/queries/x.cypher')).toThrow(
      /cypher\/queries\/x\.cypher: unknown placeholder \{\{node-lables\}\}/,
    );
    expect(() => loadCypherQuery('../constraints')).toThrow(/Invalid/);
  });
});

describe('inline @cypher statements', () => {
  it('get the same placeholders: a note is about entities of every label but Source', () => {
    const about = typeDef('Annotation').fields!.find((f) => f.name.value === 'about')!;
    const statement = about.directives!.find((d) => d.name.value === 'cypher')!.arguments![0]!
      .value as StringValueNode;
    expect(statement.value).toContain(`MATCH (e:${ENTITY_LABELS.join('|')})`);
    expect(statement.value).not.toContain('Source');
  });
});
