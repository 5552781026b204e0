import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainDigest } from '../helpers/domain-digest.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import {
  createFactFixture,
  dropFactFixture,
  fixtureDigest,
  RELEASE_1,
  RELEASE_2,
  span,
  type FactFixture,
} from '../fixtures/facts/fact-fixtures.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

// Writing facts through the API: two evidence items from two fixture releases on one fact, and every
// refused write leaving the graph exactly as it was (the domain and this run's own fixture).

const run = randomUUID().slice(0, 8);
const database = testConnection().database;
const driver = testDriver();
let api: ApiServer;
let editor: string;
let fx: FactFixture;

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordFactInput!) {
    recordFact(input: $input) {
      id
      type
      from
      to
      created
      validFrom
      validTo
      evidence {
        sourceId
        quote
        start
        end
        inferred
        basis
        extractor
        reviewedBy
        reviewedAt
      }
    }
  }
`;

beforeAll(async () => {
  api = await startApiServer(driver, database);
  editor = await api.token('editor', `test-${run}-editor`);
  fx = await createFactFixture(driver, database, run);
});
afterAll(async () => {
  await dropFactFixture(driver, database, run);
  await driver.executeQuery(
    'MATCH (a:AuditEvent {actor: $actor}) DETACH DELETE a',
    { actor: `test-${run}-editor` },
    {
      database,
    },
  );
  await api.close();
});

const holds = () => ({ type: 'HOLDS', from: fx.ids.person, to: fx.ids.post });

describe('a fact with evidence from two sources', () => {
  it('is one fact: the second release adds its item to it, and both come back in order', async () => {
    const first = await api.gql(RECORD, {
      token: editor,
      variables: {
        input: {
          ...holds(),
          validFrom: '2025-02',
          evidence: {
            sourceId: fx.ids.release1,
            ...span(RELEASE_1, 'Данияр Тестбеков назначен руководителем'),
          },
        },
      },
    });
    expect(first.body.errors, JSON.stringify(first.body.errors)).toBeUndefined();
    const created = (first.body.data as { recordFact: { id: string; created: boolean } }).recordFact;
    expect(created).toMatchObject({ id: `${fx.ids.person}|HOLDS|${fx.ids.post}`, created: true });

    const second = await api.gql(RECORD, {
      token: editor,
      variables: {
        input: {
          ...holds(),
          evidence: {
            sourceId: fx.ids.release2,
            ...span(RELEASE_2, 'Данияр Тестбеков, руководитель оперативного штаба ДП СКО'),
            extractor: 'rules-ru/test',
          },
        },
      },
    });
    expect(second.body.errors, JSON.stringify(second.body.errors)).toBeUndefined();
    const fact = (second.body.data as { recordFact: Record<string, unknown> }).recordFact;
    expect(fact).toMatchObject({ id: created.id, created: false, validFrom: '2025-02', validTo: null });
    expect(fact.evidence).toEqual([
      expect.objectContaining({
        sourceId: fx.ids.release1,
        ...span(RELEASE_1, 'Данияр Тестбеков назначен руководителем'),
        inferred: false,
        extractor: 'manual',
      }),
      expect.objectContaining({ sourceId: fx.ids.release2, inferred: false, extractor: 'rules-ru/test' }),
    ]);
    for (const item of fact.evidence as { reviewedBy: string; reviewedAt: string }[]) {
      expect(item.reviewedBy).toBe(`test-${run}-editor`);
      expect(Date.parse(item.reviewedAt)).not.toBeNaN();
    }
    const { records } = await driver.executeQuery(
      'MATCH (:Person {id: $from})-[r:HOLDS]->(:Position {id: $to}) RETURN count(r) AS n, r.sourceIds AS sources',
      { from: fx.ids.person, to: fx.ids.post },
      { database },
    );
    expect(records[0]?.get('n')).toBe(1);
    expect(records[0]?.get('sources')).toEqual([fx.ids.release1, fx.ids.release2]);
  });

  it('reads back the same through the relationship-properties type and through GraphEdge.evidence', async () => {
    const viewer = await api.token('viewer');
    const typed = await api.gql(
      `query F($id: ID!) { people(where: { id: { eq: $id } }) { holdsConnection { edges { properties {
         id evidenceCount sourceIds validFrom current quote evidence { sourceId quote start end inferred } } } } } }`,
      { token: viewer, variables: { id: fx.ids.person } },
    );
    expect(typed.body.errors, JSON.stringify(typed.body.errors)).toBeUndefined();
    const props = (
      typed.body.data as {
        people: { holdsConnection: { edges: { properties: Record<string, unknown> }[] } }[];
      }
    ).people[0]!.holdsConnection.edges[0]!.properties;
    expect(props).toMatchObject({ evidenceCount: 2, validFrom: '2025-02', current: true });
    expect(props.quote).toBe('Данияр Тестбеков назначен руководителем');
    expect((props.evidence as { sourceId: string }[]).map((e) => e.sourceId)).toEqual([
      fx.ids.release1,
      fx.ids.release2,
    ]);
    const view = await api.gql(
      `query N($id: ID!) { neighborhood(id: $id, limit: 50) { edges { id type evidence { sourceId quote start end inferred } } } }`,
      { token: viewer, variables: { id: fx.ids.person } },
    );
    const edge = (
      view.body.data as { neighborhood: { edges: { type: string; evidence: unknown }[] } }
    ).neighborhood.edges.find((e) => e.type === 'HOLDS');
    expect(edge?.evidence).toEqual(props.evidence);
  });

  it('addEvidence adds an inferred item to the fact by id, and the same evidence twice stays one item', async () => {
    const add = `mutation A($id: ID!, $e: EvidenceInput!) { addEvidence(factId: $id, evidence: $e) { created evidence { sourceId inferred basis } } }`;
    const id = `${fx.ids.person}|HOLDS|${fx.ids.post}`;
    const evidence = {
      sourceId: fx.ids.release1,
      ...span(RELEASE_1, 'Руководитель оперативного штаба Тестбеков'),
      inferred: true,
      basis: 'The release calls him by his post: he holds it.',
    };
    for (let i = 0; i < 2; i++) {
      const { body } = await api.gql(add, { token: editor, variables: { id, e: evidence } });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      const fact = (body.data as { addEvidence: { created: boolean; evidence: { inferred: boolean }[] } })
        .addEvidence;
      expect(fact.created).toBe(false);
      expect(fact.evidence.map((e) => e.inferred)).toEqual([false, false, true]);
    }
  });
});

describe('concurrent writers of one fact', () => {
  it('take turns: five editors recording the same new fact at once leave one fact with all five items', async () => {
    const quotes = [
      'Тестовый фикстурный пресс-релиз №1',
      'Данияр Тестбеков назначен',
      'оперативного штаба ДП СКО',
      'Тестбеков провёл совещание',
      'совещание в Петропавловске',
    ];
    const results = await Promise.all(
      quotes.map((quote) =>
        api.gql(RECORD, {
          token: editor,
          variables: {
            input: {
              type: 'ATTENDED',
              from: fx.ids.person,
              to: fx.ids.meeting,
              evidence: { sourceId: fx.ids.release1, ...span(RELEASE_1, quote) },
            },
          },
        }),
      ),
    );
    for (const { body } of results) expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const created = results.map(
      (r) => (r.body.data as { recordFact: { created: boolean } }).recordFact.created,
    );
    expect(created.filter(Boolean)).toHaveLength(1);
    const { records } = await driver.executeQuery(
      'MATCH (:Person {id: $from})-[r:ATTENDED]->(:Meeting {id: $to}) RETURN count(r) AS n, r.evidenceCount AS items',
      { from: fx.ids.person, to: fx.ids.meeting },
      { database },
    );
    expect(records[0]?.toObject()).toEqual({ n: 1, items: 5 });
  });
});

describe('every refused write names its field and changes nothing', () => {
  const quote = () => span(RELEASE_1, 'провёл совещание в Петропавловске');
  const attended = () => ({ type: 'ATTENDED', from: fx.ids.person, to: fx.ids.meeting });
  const cases: [string, () => Record<string, unknown>, RegExp][] = [
    [
      'an unknown source',
      () => ({ ...attended(), evidence: { sourceId: `source:test-${run}-nowhere`, ...quote() } }),
      /^evidence\.sourceId: no source with id/,
    ],
    [
      'a quote off its offsets',
      () => ({
        ...attended(),
        evidence: { sourceId: fx.ids.release1, ...quote(), start: quote().start + 1 },
      }),
      /^evidence\.quote: text at \[\d+, \d+\) is "/,
    ],
    [
      'a quote that is not in the source',
      () => ({
        ...attended(),
        evidence: { sourceId: fx.ids.release1, quote: 'никогда не было', start: 0, end: 15 },
      }),
      /^evidence\.quote: .*the quote does not occur in the source/,
    ],
    [
      'inferred without a basis',
      () => ({ ...attended(), evidence: { sourceId: fx.ids.release1, ...quote(), inferred: true } }),
      /^evidence\.basis: inferred: true needs a basis/,
    ],
    [
      'a stated fact from a document without its quote',
      () => ({ ...attended(), evidence: { sourceId: fx.ids.release1 } }),
      /^evidence\.quote: a fact stated by a document needs its quote/,
    ],
    [
      'a wrong end label',
      () => ({
        type: 'HOLDS',
        from: fx.ids.body,
        to: fx.ids.post,
        evidence: { sourceId: fx.ids.release1, ...quote() },
      }),
      /^from: HOLDS cannot start at a Agency/,
    ],
    [
      'an unknown end',
      () => ({
        ...attended(),
        to: `meeting:test-${run}-none`,
        evidence: { sourceId: fx.ids.release1, ...quote() },
      }),
      /^to: no entity with id/,
    ],
    [
      'validTo on a type that is not time-bound',
      () => ({ ...attended(), validTo: '2025', evidence: { sourceId: fx.ids.release1, ...quote() } }),
      /^validTo: ATTENDED is not time-bound/,
    ],
    [
      'a date that does not exist',
      () => ({ ...holds(), validFrom: '2025-02-30', evidence: { sourceId: fx.ids.release1, ...quote() } }),
      /^validFrom: "2025-02-30" is not a date/,
    ],
    [
      'a period that ends before it starts',
      () => ({
        ...holds(),
        validFrom: '2025-03',
        validTo: '2025-02',
        evidence: { sourceId: fx.ids.release1, ...quote() },
      }),
      /^validTo: 2025-02 is before validFrom 2025-03/,
    ],
    [
      'a mention written as a fact',
      () => ({
        type: 'MENTIONED_IN',
        from: fx.ids.person,
        to: fx.ids.release1,
        evidence: { sourceId: fx.ids.release1, ...quote() },
      }),
      /^type: MENTIONED_IN is not a fact/,
    ],
  ];

  it.each(cases)('%s → 400 BAD_USER_INPUT', async (_what, input, message) => {
    const before = [await domainDigest(driver, database), await fixtureDigest(driver, database, run)];
    const { status, body } = await api.gql(RECORD, { token: editor, variables: { input: input() } });
    expect(status).toBe(400);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
    expect([await domainDigest(driver, database), await fixtureDigest(driver, database, run)]).toEqual(
      before,
    );
  });

  it.each([
    [
      'addEvidence to a fact that does not exist',
      `mutation { addEvidence(factId: "person:test-x|HOLDS|position:test-y", evidence: { sourceId: "x" }) { id } }`,
      404,
      'NOT_FOUND',
    ],
    [
      'retractSource of an unknown source',
      `mutation { retractSource(id: "source:test-none") { factsDeleted } }`,
      404,
      'NOT_FOUND',
    ],
    [
      'an Agency created with a Region’s id (ids are unique across labels)',
      `mutation { createAgencies(input: [{ id: "region:north-kazakhstan", name: "Не регион" }]) { agencies { id } } }`,
      409,
      'CONSTRAINT_VIOLATION',
    ],
    [
      'a generic connect of a fact (facts are written through recordFact)',
      `mutation { updatePeople(where: { id: { eq: "person:alenov" } }, update: { holds: [{ connect: [{ where: { node: { id: { eq: "position:mvd-minister" } } } }] }] }) { people { id } } }`,
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a generic nested create of a fact',
      `mutation { createPeople(input: [{ id: "person:test-nested", name: "X", holds: { create: [{ node: { id: "position:test-nested", name: "Y" } }] } }]) { people { id } } }`,
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ])('%s → refused', async (_what, query, status, code) => {
    const before = [await domainDigest(driver, database), await fixtureDigest(driver, database, run)];
    const response = await api.gql(query, { token: editor });
    expect(response.status).toBe(status);
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    expect([await domainDigest(driver, database), await fixtureDigest(driver, database, run)]).toEqual(
      before,
    );
  });

  it('an Agency created with an id another fixture node holds is refused too, and a viewer may not record', async () => {
    const before = await fixtureDigest(driver, database, run);
    const duplicate = await api.gql(
      `mutation C($id: ID!) { createAgencies(input: [{ id: $id, name: "Двойник" }]) { agencies { id } } }`,
      { token: editor, variables: { id: fx.ids.person } },
    );
    expect(duplicate.status).toBe(409);
    const viewer = await api.gql(RECORD, {
      token: await api.token('viewer'),
      variables: { input: { ...attended(), evidence: { sourceId: fx.ids.release1, ...quote() } } },
    });
    expect(viewer.status).toBe(403);
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await fixtureDigest(driver, database, run)).toEqual(before);
  });
});
