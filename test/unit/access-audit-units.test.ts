import { describe, expect, it } from 'vitest';
import {
  buildSchema as buildGraphqlSchema,
  parse,
  print,
  type OperationDefinitionNode,
} from '../../server/graphql/graphql-js.ts';
import { redactSecrets, REDACTED } from '../../server/audit/index.ts';
import { planIds, takeWrittenIds, withIdSelections, ID_KEY } from '../../server/graphql/audit-ids.ts';
import { describeMutation } from '../../server/graphql/describe-mutation.ts';
import { executedRootFields, fieldLabels } from '../../server/graphql/executed-root-fields.ts';

// A miniature of the generated API's shapes: create/update answer with nodes, delete with counts.
const schema = buildGraphqlSchema(/* GraphQL */ `
  type Person {
    id: ID!
    name: String
  }
  type Info {
    nodesCreated: Int
  }
  type DeleteInfo {
    nodesDeleted: Int
  }
  type CreatePeopleMutationResponse {
    info: Info
    people: [Person!]!
  }
  type PersonConnection {
    totalCount: Int
  }
  input PersonWhere {
    id: ID
  }
  input PersonInput {
    id: ID!
    name: String
    password: String
  }
  type Query {
    people(where: PersonWhere): [Person!]!
    peopleConnection(where: PersonWhere): PersonConnection
  }
  type Mutation {
    createPeople(input: [PersonInput!]!): CreatePeopleMutationResponse!
    deletePeople(where: PersonWhere): DeleteInfo!
    ping: Boolean
  }
`);

const operationOf = (source: string, name?: string) => {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!name || d.name?.value === name),
  )!;
  return { document, operation };
};
const fieldsOf = (source: string, variables?: Record<string, unknown>) => {
  const { document, operation } = operationOf(source);
  return executedRootFields(schema, document, operation, variables);
};

describe('executedRootFields', () => {
  it('reads fields through inline fragments and named fragment spreads, with aliases', () => {
    const fields =
      fieldsOf(`mutation ReadOnlyPing { ... on Mutation { deletePeople(where: { id: "p1" }) { nodesDeleted } }
      ...More } fragment More on Mutation { gone: deletePeople(where: { id: "p2" }) { nodesDeleted } ping }`);
    expect(fieldLabels(fields)).toEqual(['deletePeople', 'gone:deletePeople', 'ping']);
    expect(fields.map((f) => f.arguments)).toEqual([{ where: { id: 'p1' } }, { where: { id: 'p2' } }, {}]);
  });

  it('substitutes variables and their defaults into the arguments', () => {
    const fields = fieldsOf(
      `mutation M($id: ID!, $name: String = "Default") { createPeople(input: [{ id: $id, name: $name }]) { info { nodesCreated } } }`,
      { id: 'p9' },
    );
    expect(fields[0]!.arguments).toEqual({ input: [{ id: 'p9', name: 'Default' }] });
  });

  it('leaves out fields that @skip or @include remove, and counts one field per response key', () => {
    const fields = fieldsOf(
      `mutation M($no: Boolean!) { ping @skip(if: true) ping @include(if: $no) deletePeople { nodesDeleted } deletePeople { nodesDeleted } }`,
      { no: false },
    );
    expect(fieldLabels(fields)).toEqual(['deletePeople']);
  });

  it('ignores fragments on other types and does not loop on a fragment spread twice', () => {
    const fields = fieldsOf(
      `mutation { ... on Query { people { id } } ...F ...F } fragment F on Mutation { ping }`,
    );
    expect(fieldLabels(fields)).toEqual(['ping']);
  });
});

describe('describeMutation', () => {
  const request = (source: string, parsed = true) => {
    const { document, operation } = parsed
      ? operationOf(source)
      : { document: undefined, operation: undefined };
    return { schema, source, document, operation, request: { operationName: null } };
  };
  it('describes resolved mutations and ignores queries', () => {
    expect(describeMutation(request(`mutation X { ... on Mutation { ping } }`))).toEqual({
      operationName: 'X',
      rootFields: ['ping'],
    });
    expect(describeMutation(request(`query Q { people { id } }`))).toBeNull();
  });
  it('recognises an unparsable mutation by its keyword outside braces only', () => {
    expect(describeMutation(request(`mutation Broken { deletePeople(where: `, false))).toEqual({
      operationName: null,
      rootFields: [],
    });
    expect(describeMutation(request(`{ people(where: { mutation: 1 `, false))).toBeNull();
  });
});

describe('redactSecrets', () => {
  it('replaces secret-looking values at any depth and keeps the rest', () => {
    expect(
      redactSecrets([
        { input: [{ id: 'p1', password: 'hunter2', nested: { apiKey: 'k', Token: 't', note: 'ok' } }] },
      ]),
    ).toEqual([
      {
        input: [{ id: 'p1', password: REDACTED, nested: { apiKey: REDACTED, Token: REDACTED, note: 'ok' } }],
      },
    ]);
  });
});

describe('id capture', () => {
  it('adds an id to the nodes list the client selected, and a list of its own when it selected none', () => {
    const source = `mutation { a: createPeople(input: []) { people { name } } b: createPeople(input: []) { info { nodesCreated } } deletePeople { nodesDeleted } }`;
    const { document, operation } = operationOf(source);
    const plans = planIds(schema, executedRootFields(schema, document, operation, {}));
    expect(plans.map((p) => p.kind)).toEqual(['written', 'written', 'deleted']);
    const { document: executed, captures } = withIdSelections(document, plans);
    expect(print(executed)).toContain(
      `a: createPeople(input: []) {\n    people {\n      name\n      ${ID_KEY}: id`,
    );
    expect(print(executed)).toContain(`info {\n      nodesCreated\n    }\n    people {\n      ${ID_KEY}: id`);
    // What the executor returns for that document, and what the client gets back.
    const data = {
      a: { people: [{ name: 'One', [ID_KEY]: 'p1' }] },
      b: { info: { nodesCreated: 1 }, people: [{ [ID_KEY]: 'p2' }] },
      deletePeople: { nodesDeleted: 0 },
    };
    expect(takeWrittenIds(data, plans, captures)).toEqual({
      created: ['p1', 'p2'],
      updated: [],
      complete: true,
    });
    expect(data).toEqual({
      a: { people: [{ name: 'One' }] },
      b: { info: { nodesCreated: 1 } },
      deletePeople: { nodesDeleted: 0 },
    });
  });

  it('does not capture payloads selected through fragments, and says so', () => {
    const { document, operation } = operationOf(
      `mutation { createPeople(input: []) { ... on CreatePeopleMutationResponse { people { id } } } }`,
    );
    const plans = planIds(schema, executedRootFields(schema, document, operation, {}));
    const { document: executed, captures } = withIdSelections(document, plans);
    expect(executed).toBe(document);
    expect(takeWrittenIds({ createPeople: { people: [{ id: 'p1' }] } }, plans, captures).complete).toBe(
      false,
    );
  });
});
