import fs from 'node:fs';
import {
  Kind,
  type ConstDirectiveNode,
  type ObjectTypeDefinitionNode,
} from '../../server/graphql/graphql-js.ts';
import { describe, expect, it } from 'vitest';
import { listCypherQueries, loadCypherQuery } from '../../server/graphql/load-cypher-query.ts';
import { loadTypeDefs } from '../../server/graphql/load-type-defs.ts';
import { generatedSchemaPath, printGeneratedSchema } from '../../scripts/print-schema.ts';

const document = loadTypeDefs();
const objects = document.definitions.filter(
  (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
);
const has = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  (directives ?? []).some((d) => d.name.value === name);

describe('type definitions', () => {
  it('protects every node type with @authentication', () => {
    const nodes = objects.filter((o) => has(o.directives, 'node'));
    expect(nodes.length).toBeGreaterThanOrEqual(15);
    for (const node of nodes) expect(has(node.directives, 'authentication'), node.name.value).toBe(true);
  });

  it('protects every root field with @authentication, and the whole schema too', () => {
    const query = objects.find((o) => o.name.value === 'Query')!;
    for (const field of query.fields ?? [])
      expect(has(field.directives, 'authentication'), field.name.value).toBe(true);
    const schemaExtension = document.definitions.find((d) => d.kind === Kind.SCHEMA_EXTENSION);
    expect(schemaExtension && has(schemaExtension.directives, 'authentication')).toBe(true);
  });

  it('inlines each named query into its @cypher field, parameterised', () => {
    const query = objects.find((o) => o.name.value === 'Query')!;
    for (const field of query.fields ?? []) {
      const statement = field.directives?.find((d) => d.name.value === 'cypher')?.arguments?.[0]?.value;
      expect(statement?.kind).toBe(Kind.STRING);
      if (statement?.kind !== Kind.STRING) continue;
      expect(statement.value).toMatch(/^\/\/ /);
      for (const argument of field.arguments ?? [])
        expect(statement.value).toContain(`$${argument.name.value}`);
    }
  });

  it('keeps every named query free of string building from parameters', () => {
    for (const name of listCypherQueries()) {
      const text = loadCypherQuery(name);
      expect(text, name).not.toMatch(/\$\w+\s*\+\s*'\s*\)/); // no "' + $param + '" fragments fed to Cypher
      expect(text, name).not.toMatch(/apoc\.cypher\.(run|doIt)/);
    }
    expect(() => loadCypherQuery('../constraints')).toThrow(/Invalid/);
  });

  it('matches the committed server/schema.generated.graphql (run `npm run schema:print`)', async () => {
    expect(fs.readFileSync(generatedSchemaPath, 'utf8')).toBe(await printGeneratedSchema());
  });

  it('shows only the v7 syntax: no deprecated generated fields', async () => {
    expect(await printGeneratedSchema()).not.toMatch(/@deprecated/);
  });
});
