import { beforeAll, describe, expect, it } from 'vitest';
import {
  getOperationAST,
  getVariableValues,
  Kind,
  parse,
  print,
  type DocumentNode,
  type GraphQLSchema,
} from '../../server/graphql/graphql-js.ts';
import { boundListArguments } from '../../server/graphql/bounds/bound-list-arguments.ts';
import { checkArguments } from '../../server/graphql/bounds/check-arguments.ts';
import { escapeFulltextPhrases } from '../../server/graphql/bounds/escape-fulltext-phrases.ts';
import type { TypeLimit } from '../../server/graphql/bounds/list-limits.ts';
import { operationCost, type CostModel } from '../../server/graphql/bounds/operation-cost.ts';
import { fragmentsOf } from '../../server/graphql/trusted-operations.ts';
import { smallSchema } from '../fixtures/api/small-schema.ts';

let schema: GraphQLSchema;
let limits: Map<string, TypeLimit>;
let model: CostModel;

beforeAll(async () => {
  ({ schema, limits } = await smallSchema());
  model = { limits, nestedListDefault: 50, nestedListMax: 100 };
}, 60_000);

function coerce(document: DocumentNode, variables: Record<string, unknown>) {
  const operation = getOperationAST(document)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return coerced.coerced;
}

/** Cost as the guard computes it: after the list bounds are applied. */
function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const values = coerce(document, variables);
  const bounded = boundListArguments(schema, document, values, model);
  const fragments = Object.fromEntries(fragmentsOf(bounded).map((f) => [f.name.value, f]));
  return operationCost({ schema, variables: values, fragments }, getOperationAST(bounded)!, model);
}

function bounded(query: string, variables: Record<string, unknown> = {}): string {
  const document = parse(query);
  return print(boundListArguments(schema, document, coerce(document, variables), model));
}

function problem(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return checkArguments(schema, document, coerce(document, variables));
}

describe('operation cost', () => {
  it('counts every field once per object, lists at their limit', () => {
    expect(cost('{ agencies(limit: 10) { id name } }')).toBe(1 + 10 * 2);
    // The type's @limit default (50) when no limit is given, its max (500) when more is asked.
    expect(cost('{ agencies { id } }')).toBe(1 + 50);
    expect(cost('{ agencies(limit: 9999) { id } }')).toBe(1 + 500);
    expect(cost('{ sources { id } }')).toBe(1 + 20);
  });

  it('resolves variables: `limit: $n` costs what `limit: 500` costs', () => {
    const literal = cost('{ agencies(limit: 500) { id parts(limit: 100) { id } } }');
    const variable = cost(
      'query Q($n: Int, $m: Int) { agencies(limit: $n) { id parts(limit: $m) { id } } }',
      {
        n: 500,
        m: 100,
      },
    );
    expect(variable).toBe(literal);
    expect(literal).toBe(1 + 500 * (1 + 1 + 100));
  });

  it('counts `first` of connections, with their default when absent', () => {
    const query = 'query Q($n: Int) { agenciesConnection(first: $n) { edges { node { id name } } } }';
    expect(cost(query, { n: 7 })).toBe(1 + 1 + 7 * (1 + 2));
    expect(cost('{ agenciesConnection { edges { node { id } } } }')).toBe(1 + 1 + 50 * 2);
  });

  it('lowers nested limits to the nested maximum and gives nested lists the nested default', () => {
    expect(cost('{ agencies(limit: 1) { parts(limit: 500) { id } } }')).toBe(1 + 1 + 100);
    expect(cost('{ agencies(limit: 1) { parts { id } } }')).toBe(1 + 1 + 50);
  });

  it('counts a filter on one id as one item, and `id: { in }` as that many', () => {
    expect(cost('{ agencies(where: { id: { eq: "a" } }) { id } }')).toBe(2);
    expect(
      cost('query Q($ids: [ID!]) { agencies(where: { id: { in: $ids } }) { id } }', { ids: ['a', 'b', 'c'] }),
    ).toBe(4);
  });

  it('counts the costliest member of a union, and expands fragments', () => {
    const query = `{ agencies(limit: 1) { reportsTo(limit: 10) { ...A ... on Position { id name holder since } } } }
      fragment A on Agency { id }`;
    expect(cost(query)).toBe(1 + 1 * (1 + 10 * 4));
  });

  it('sizes the graph views by their clamped arguments', () => {
    expect(cost('{ search(text: "x", limit: 5000) { id } }')).toBe(1 + 100);
    // A quote is free text: five units.
    expect(cost('{ neighborhood(id: "x", limit: 10) { nodes { id } edges { id quote } } }')).toBe(
      1 + 1 + 10 + 1 + 20 * (1 + 5),
    );
  });

  it('weighs a document text as fifty values, and honours @skip', () => {
    expect(cost('{ sources(limit: 1) { text } }')).toBe(1 + 50);
    expect(cost('query Q($s: Boolean!) { sources(limit: 1) { id text @skip(if: $s) } }', { s: true })).toBe(
      2,
    );
  });

  it('prices the stall of issue 15 in the quadrillions', () => {
    const stall = `{ agencies(where: { id: { eq: "agency:mvd" } }) { id parts(limit: 500) { id partOf { id parts(limit: 500) {
      id partOf { id parts(limit: 500) { id partOf { id parts(limit: 500) { id partOf { id name } } } } } } } } } }`;
    expect(cost(stall)).toBeGreaterThan(1e12);
  });
});

describe('list bounds', () => {
  it('adds the nested default to nested lists and connections without one', () => {
    const out = bounded('{ agencies { parts { id } partOfConnection { edges { node { id } } } } }');
    expect(out).toContain('parts(limit: 50)');
    expect(out).toContain('partOfConnection(first: 50)');
    // Root lists of types with @limit are left to @neo4j/graphql.
    expect(out).toMatch(/agencies \{/);
  });

  it('lowers nested limits above the maximum, literal or variable, and keeps smaller ones', () => {
    expect(bounded('{ agencies { parts(limit: 500) { id } } }')).toContain('parts(limit: 100)');
    expect(bounded('query Q($n: Int) { agencies { parts(limit: $n) { id } } }', { n: 400 })).toContain(
      'parts(limit: 100)',
    );
    expect(bounded('query Q($n: Int) { agencies { parts(limit: $n) { id } } }', { n: 7 })).toContain(
      'parts(limit: $n)',
    );
  });

  it('bounds lists of a union type, which the library would not cut at all', () => {
    expect(bounded('{ agencies { reportsTo { ... on Agency { id } } } }')).toContain('reportsTo(limit: 50)');
  });

  it('returns the same document when nothing needs a bound', () => {
    const document = parse('{ agencies(limit: 3) { id parts(limit: 2) { id } } }');
    expect(boundListArguments(schema, document, {}, model)).toBe(document);
  });
});

describe('argument checks', () => {
  it('refuses negative limit, offset and first, naming the argument', () => {
    expect(problem('{ agencies(limit: -1) { id } }')).toMatchObject({
      field: 'Query.agencies',
      argument: 'limit',
    });
    expect(problem('query Q($o: Int) { agencies(offset: $o) { id } }', { o: -5 })?.message).toMatch(
      /Query\.agencies\(offset:\) must be 0 or more, got -5/,
    );
    expect(problem('{ agencies { partsConnection(first: -2) { totalCount } } }')).toMatchObject({
      field: 'Agency.partsConnection',
      argument: 'first',
    });
    expect(problem('{ agencies(limit: 0, offset: 0) { id } }')).toBeNull();
  });

  it('refuses an explicit null for an argument that has a default', () => {
    expect(problem('{ search(text: "a", limit: null) { id } }')?.message).toMatch(
      /limit.*may not be null.*default 20/,
    );
    expect(
      problem('query Q($d: Int) { neighborhood(id: "x", depth: $d) { nodes { id } } }', { d: null }),
    ).toMatchObject({
      argument: 'depth',
    });
    // Leaving it out, or a variable that is not given, takes the default.
    expect(problem('query Q($d: Int) { neighborhood(id: "x", depth: $d) { nodes { id } } }')).toBeNull();
  });

  it('refuses DateTimes Neo4j cannot read, with their place in the input', () => {
    const query = 'query Q($t: DateTime) { positions(where: { since: { gt: $t } }) { id } }';
    expect(problem(query, { t: '2024-05-01T09:30:00Z' })).toBeNull();
    expect(problem('{ positions(where: { since: { gt: "yesterday" } }) { id } }')?.message).toMatch(
      /where\.since\.gt is "yesterday"/,
    );
    expect(problem('{ positions(where: { since: { in: ["2024-02-30"] } }) { id } }')?.message).toMatch(
      /since\.in\[0\]/,
    );
  });

  it('bounds the words of search and of full-text phrases', () => {
    expect(problem('{ search(text: "Аленов Бауыржан") { id } }')).toBeNull();
    expect(problem('{ search(text: "a b c d e f g h i") { id } }')?.message).toMatch(/9 words; at most 8/);
    expect(problem(`{ search(text: "${'щ'.repeat(25)}") { id } }`)?.message).toMatch(
      /25 letters; at most 24/,
    );
    expect(problem('{ search(text: "*** ~~~") { id } }')?.message).toMatch(/needs a letter or a digit/);
    expect(problem('{ agenciesByName(phrase: "???") { totalCount } }')).toMatchObject({ argument: 'phrase' });
  });
});

describe('full-text phrases', () => {
  it('are rebuilt from escaped words, so no Lucene syntax reaches the index', () => {
    const document = parse('query Q($p: String!) { agenciesByName(phrase: $p) { totalCount } }');
    const out = escapeFulltextPhrases(schema, document, coerce(document, { p: 'name:МВД* OR /.*/~ Але' }));
    const phrase = getOperationAST(out)!.selectionSet.selections[0]!;
    expect(phrase.kind).toBe(Kind.FIELD);
    const value = phrase.kind === Kind.FIELD ? phrase.arguments?.[0]?.value : undefined;
    expect(value).toEqual({
      kind: Kind.STRING,
      value:
        '(name^2 OR name* OR name~) AND (мвд^2 OR мвд* OR мвд*) AND (or^2 OR or* OR or*) AND (але^2 OR але* OR але*)',
    });
  });
});
