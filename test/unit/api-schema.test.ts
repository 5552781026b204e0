import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  isEnumType,
  isObjectType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
} from '../../server/graphql/graphql-js.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/graphql/build-schema.ts';
import { expandAccessRules } from '../../server/graphql/access-rules.ts';
import { listCypherQueries, loadCypherQuery } from '../../server/graphql/load-cypher-query.ts';
import { loadTypeDefs, schemaDir } from '../../server/graphql/load-type-defs.ts';
import { generatedSchemaPath, printGeneratedSchema } from '../../scripts/print-schema.ts';
import { ENTITY_PROPERTIES, NODE_LABELS, RELATIONSHIP_TYPES } from '../../vocabulary/index.ts';
import { effectiveAccess, type Rule } from '../helpers/effective-access.ts';

// Building the @neo4j/graphql schema is the slow part (seconds on a loaded machine): build and print once.
let schema: GraphQLSchema;
let printed: string;
beforeAll(async () => {
  schema = await buildSchema(undefined);
  printed = await printGeneratedSchema(schema);
}, 120_000);

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

  it('matches the committed server/schema.generated.graphql (run `npm run generate`)', () => {
    expect(fs.readFileSync(generatedSchemaPath, 'utf8')).toBe(printed);
  });

  it('shows only the v7 syntax: no deprecated generated fields', () => {
    expect(printed).not.toMatch(/@deprecated/);
  });

  it('gives every Entity type the interface fields and every list a page limit', () => {
    for (const label of NODE_LABELS.filter((l) => l !== 'Source')) {
      const type = objects.find((o) => o.name.value === label)!;
      expect(
        type.interfaces?.map((i) => i.name.value),
        label,
      ).toContain('Entity');
      const fields = type.fields?.map((f) => f.name.value);
      for (const property of Object.keys(ENTITY_PROPERTIES)) expect(fields, label).toContain(property);
    }
    for (const node of objects.filter((o) => has(o.directives, 'node'))) {
      expect(
        node.directives?.filter((d) => d.name.value === 'limit'),
        node.name.value,
      ).toHaveLength(1);
    }
    const people = schema.getQueryType()!.getFields().people!;
    expect(people.args.map((a) => a.name)).toContain('limit');
  });

  it('types graph views with the vocabulary enums', () => {
    const values = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    };
    const fieldType = (type: string, field: string) => {
      const object = schema.getType(type);
      return isObjectType(object) ? String(object.getFields()[field]?.type) : undefined;
    };
    expect(values('NodeLabel').sort()).toEqual([...NODE_LABELS].sort());
    expect(values('RelType').sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    expect(fieldType('GraphNode', 'label')).toBe('NodeLabel!');
    expect(fieldType('SearchHit', 'label')).toBe('NodeLabel!');
    expect(fieldType('GraphEdge', 'type')).toBe('RelType!');
    const relTypes = schema
      .getQueryType()!
      .getFields()
      .neighborhood!.args.find((a) => a.name === 'relTypes');
    expect(String(relTypes?.type)).toBe('[RelType!]');
  });
});

// The intended access matrix, written out by hand: a role changed anywhere in server/schema/ fails here.
// Facts are created only through recordFact (which checks their evidence), so no type offers connect.
const EDITORIAL: Record<string, Rule> = {
  read: 'viewer',
  aggregate: 'viewer',
  create: 'editor',
  update: 'editor',
  delete: 'editor',
  connect: '-',
  disconnect: 'editor',
};
const INTENDED: Record<string, Record<string, Rule>> = {
  // Every label of the vocabulary: viewers read, editors write.
  ...Object.fromEntries(NODE_LABELS.map((label) => [label, EDITORIAL])),
  // Notes: analysts write, and only in their own name; they link nothing (aboutIds are plain ids). A note
  // about a saved investigation exists only for those who may open it (`visible`).
  Annotation: {
    read: 'viewer+if:visible',
    aggregate: 'viewer+if:visible',
    create: 'analyst+own+if:visible',
    update: 'analyst+own+if:visible',
    delete: 'analyst+own+if:visible',
    connect: '-',
    disconnect: '-',
  },
  // Accounts: admins only; created by `npm run user`, never through the API.
  User: {
    read: 'admin',
    aggregate: 'admin',
    create: '-',
    update: 'admin',
    delete: 'admin',
    connect: '-',
    disconnect: '-',
  },
  // The audit trail and the record of refusals: admins read them, nobody writes them through the API.
  AuditEvent: {
    read: 'admin',
    aggregate: 'admin',
    create: '-',
    update: '-',
    delete: '-',
    connect: '-',
    disconnect: '-',
  },
  AccessRefusal: {
    read: 'admin',
    aggregate: 'admin',
    create: '-',
    update: '-',
    delete: '-',
    connect: '-',
    disconnect: '-',
  },
  'Query.search': { call: 'viewer' },
  'Query.neighborhood': { call: 'viewer' },
  'Query.shortestPath': { call: 'viewer' },
  'Query.responsibilityChain': { call: 'viewer' },
  'Query.supplyNetwork': { call: 'viewer' },
  'Query.edgesAmong': { call: 'viewer' },
  'Query.viewLimits': { call: 'viewer' },
  // Facts and their evidence: editors, each write checked (server/facts).
  'Mutation.recordFact': { call: 'editor' },
  'Mutation.addEvidence': { call: 'editor' },
  'Mutation.retractSource': { call: 'editor' },
  // Saved investigations: viewers read (what is theirs or shared with them, decided in the Cypher),
  // analysts save and delete their own.
  'Query.investigations': { call: 'viewer' },
  'Query.investigation': { call: 'viewer' },
  'Mutation.saveInvestigation': { call: 'analyst' },
  'Mutation.deleteInvestigation': { call: 'analyst' },
};

describe('access rules', () => {
  it('enforce exactly the intended role per type and operation', () => {
    expect(effectiveAccess(document, schema)).toEqual(INTENDED);
  });

  it('are read from what the library enforces: one weaker role in server/schema/ shows', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opsgraph-schema-'));
    try {
      for (const file of fs.readdirSync(schemaDir))
        fs.copyFileSync(path.join(schemaDir, file), path.join(dir, file));
      const people = path.join(dir, 'people.graphql');
      const text = fs.readFileSync(people, 'utf8');
      const weakened = text.replace(
        '@access(read: viewer, write: editor)',
        '@access(read: viewer, write: analyst)',
      );
      expect(weakened).not.toBe(text);
      fs.writeFileSync(people, weakened);
      const rules = effectiveAccess(loadTypeDefs(dir), schema);
      expect(rules.Person).toEqual({
        ...EDITORIAL,
        create: 'analyst',
        update: 'analyst',
        delete: 'analyst',
        disconnect: 'analyst',
      });
      expect(rules).not.toEqual(INTENDED);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a @node type without @access', 'type T @node { id: ID! }', /type T: every @node type needs @access/],
    [
      'hand-written library directives',
      'type T @node @authentication(jwt: { roles: { includes: "viewer" } }) { id: ID! }',
      /type T: state its access with @access/,
    ],
    [
      'an unknown role',
      'type T @node @access(read: guest, write: editor) { id: ID! }',
      /read:\) must be one of/,
    ],
    [
      'a write weaker than read',
      'type T @node @access(read: editor, write: viewer) { id: ID! }',
      /weaker than read/,
    ],
    ['a missing write', 'type T @node @access(read: viewer) { id: ID! }', /needs write/],
    [
      'an owner that is no field',
      'type T @node @access(read: viewer, write: analyst, owner: "author") { id: ID! }',
      /names no field/,
    ],
    [
      'a visibility that is no field',
      'type T @node @access(read: viewer, write: analyst, visibleIf: "visible") { id: ID! }',
      /visibleIf: "visible"\) names no field/,
    ],
    [
      'a write on a field',
      'type Query { f: Int @access(read: viewer, write: editor) }',
      /Query.f: @access takes read/,
    ],
  ])('refuse %s, naming the file and the type', (_what, sdl, message) => {
    expect(() => expandAccessRules(parse(sdl), 'server/schema/x.graphql')).toThrow(message);
    expect(() => expandAccessRules(parse(sdl), 'server/schema/x.graphql')).toThrow(
      /server\/schema\/x\.graphql/,
    );
  });
});
