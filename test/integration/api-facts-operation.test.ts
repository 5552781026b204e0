import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { dropFactFixture, span } from '../fixtures/facts/fact-fixtures.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

// A named operation through the API: created by an editor, linked by its four relationship types to real
// bodies and places with evidence from a fixture release (invented operation, says it is a test fixture).

const run = randomUUID().slice(0, 8);
const database = testConnection().database;
const driver = testDriver();
const RELEASE =
  'Тестовый фикстурный пресс-релиз, вымышленная операция. В июне–сентябре 2024 года ДП СКО совместно с ' +
  'департаментом КНБ провёл ОПМ «Фикстура» в Северо-Казахстанской области. В ходе операции изъято 12 кг гашиша.';
const ids = {
  source: `source:test-${run}-release`,
  operation: `operation:test-${run}-fixture`,
  seizure: `seizure:test-${run}-hashish`,
};
let api: ApiServer;
let editor: string;

beforeAll(async () => {
  api = await startApiServer(driver, database);
  editor = await api.token('editor', `test-${run}-editor`);
  await driver.executeQuery(
    `CREATE (:Source:Entity {id: $id, name: 'Тестовый релиз об операции', kind: 'document', language: 'ru',
             text: $text, sha256: $sha})`,
    { id: ids.source, text: RELEASE, sha: createHash('sha256').update(RELEASE, 'utf8').digest('hex') },
    { database },
  );
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

async function ok(query: string, variables: Record<string, unknown>) {
  const { status, body } = await api.gql(query, { token: editor, variables });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data as Record<string, unknown>;
}

describe('an Operation', () => {
  it('is created by an editor with its code name, kind, year and period, and carries the id label', async () => {
    await ok(
      `mutation O($op: ID!, $z: ID!) {
         createOperations(input: [{ id: $op, name: "ОПМ «Фикстура»", codeName: "Фикстура", kind: "ОПМ", year: 2024,
                                    period: "2024-06/2024-09" }]) { operations { id } }
         createSeizures(input: [{ id: $z, name: "12 кг гашиша (тест)", amountKg: 12, substance: "гашиш", year: 2024 }]) { seizures { id } }
       }`,
      { op: ids.operation, z: ids.seizure },
    );
    const { records } = await driver.executeQuery(
      'MATCH (o {id: $id}) RETURN labels(o) AS labels',
      { id: ids.operation },
      { database },
    );
    expect([...(records[0]?.get('labels') as string[])].sort()).toEqual(['Entity', 'Operation']);
  });

  it('takes its four relationship types, each with checked evidence, and reads them back', async () => {
    const record = `mutation R($input: RecordFactInput!) { recordFact(input: $input) { id created } }`;
    const facts: [string, string, string, string][] = [
      ['CONDUCTED_BY', ids.operation, 'agency:dp-north-kazakhstan', 'ДП СКО совместно с'],
      ['PARTICIPATED_IN', 'agency:knb-north-kazakhstan', ids.operation, 'совместно с департаментом КНБ'],
      ['OCCURRED_IN', ids.operation, 'region:north-kazakhstan', 'в Северо-Казахстанской области'],
      ['RESULTED_IN', ids.operation, ids.seizure, 'В ходе операции изъято 12 кг гашиша'],
    ];
    for (const [type, from, to, quote] of facts) {
      const evidence = { sourceId: ids.source, ...span(RELEASE, quote) };
      const data = await ok(record, { input: { type, from, to, evidence } });
      expect(data.recordFact).toEqual({ id: `${from}|${type}|${to}`, created: true });
    }
    const viewer = await api.token('viewer');
    const { body } = await api.gql(
      `query O($id: ID!) { operations(where: { id: { eq: $id } }) {
         codeName kind year period
         conductedBy { id } participants { id }
         resultedIn { ... on Seizure { id amountKg } }
         occurredIn { ... on Region { id } }
         occurredInConnection { edges { properties { evidence { sourceId quote } current } } }
       } }`,
      { token: viewer, variables: { id: ids.operation } },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const operation = (body.data as { operations: Record<string, unknown>[] }).operations[0];
    expect(operation).toMatchObject({
      codeName: 'Фикстура',
      kind: 'ОПМ',
      year: 2024,
      period: '2024-06/2024-09',
      conductedBy: [{ id: 'agency:dp-north-kazakhstan' }],
      participants: [{ id: 'agency:knb-north-kazakhstan' }],
      resultedIn: [{ id: ids.seizure, amountKg: 12 }],
      occurredIn: [{ id: 'region:north-kazakhstan' }],
      occurredInConnection: {
        edges: [
          {
            properties: {
              evidence: [{ sourceId: ids.source, quote: 'в Северо-Казахстанской области' }],
              current: null,
            },
          },
        ],
      },
    });
    const view = await api.gql(
      `query N($id: ID!) { neighborhood(id: $id, limit: 50) { nodes { id label properties } edges { type evidence { quote } } } }`,
      { token: viewer, variables: { id: ids.operation } },
    );
    const slice = (
      view.body.data as {
        neighborhood: {
          nodes: { id: string; label: string; properties: unknown }[];
          edges: { type: string }[];
        };
      }
    ).neighborhood;
    // Its four facts, and the edges among its neighbours (the bodies' jurisdiction over the region).
    expect(new Set(slice.edges.map((e) => e.type))).toEqual(
      new Set(['CONDUCTED_BY', 'OCCURRED_IN', 'PARTICIPATED_IN', 'RESULTED_IN', 'JURISDICTION']),
    );
    expect(slice.nodes.find((n) => n.id === ids.operation)).toMatchObject({
      label: 'Operation',
      properties: { codeName: 'Фикстура', kind: 'ОПМ', period: '2024-06/2024-09' },
    });
  });

  it('cannot conduct a person: the ends of each type are checked', async () => {
    const { status, body } = await api.gql(
      `mutation R($input: RecordFactInput!) { recordFact(input: $input) { id } }`,
      {
        token: editor,
        variables: {
          input: {
            type: 'CONDUCTED_BY',
            from: ids.operation,
            to: 'person:alenov',
            evidence: { sourceId: ids.source, ...span(RELEASE, 'ДП СКО совместно с') },
          },
        },
      },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/^to: CONDUCTED_BY cannot end at a Person \(person:alenov\)/);
  });
});
