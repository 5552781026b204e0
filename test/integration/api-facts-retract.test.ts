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

// Sources through the API (Source.facts, paging) and retracting one of two fixture releases: what only it
// supported goes, what the other release also supports stays, and nothing else changes.

const run = randomUUID().slice(0, 8);
const database = testConnection().database;
const driver = testDriver();
let api: ApiServer;
let editor: string;
let viewer: string;
let fx: FactFixture;

const RECORD = `mutation R($input: RecordFactInput!) { recordFact(input: $input) { id } }`;
const FACTS = `query F($id: ID!, $limit: Int, $offset: Int) { sources(where: { id: { eq: $id } }) { id kind
  facts(limit: $limit, offset: $offset) { id type from fromName fromLabel to toLabel evidence { sourceId quote start end } } } }`;

interface SourceFact {
  id: string;
  type: string;
  from: string;
  evidence: { sourceId: string; quote: string | null }[];
}

async function record(input: Record<string, unknown>) {
  const { body } = await api.gql(RECORD, { token: editor, variables: { input } });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
}

async function factsOf(id: string, limit?: number, offset?: number): Promise<SourceFact[]> {
  const { body } = await api.gql(FACTS, { token: viewer, variables: { id, limit, offset } });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return (body.data as { sources: { facts: SourceFact[] }[] }).sources[0]?.facts ?? [];
}

beforeAll(async () => {
  api = await startApiServer(driver, database);
  editor = await api.token('editor', `test-${run}-editor`);
  viewer = await api.token('viewer');
  fx = await createFactFixture(driver, database, run);
  const { ids } = fx;
  const r1 = (quote: string) => ({ sourceId: ids.release1, ...span(RELEASE_1, quote) });
  const r2 = (quote: string) => ({ sourceId: ids.release2, ...span(RELEASE_2, quote) });
  // Both releases state the post; only release 1 the meeting; only release 2 the instruction.
  await record({
    type: 'HOLDS',
    from: ids.person,
    to: ids.post,
    evidence: r1('Данияр Тестбеков назначен руководителем'),
  });
  await record({
    type: 'HOLDS',
    from: ids.person,
    to: ids.post,
    evidence: r2('Данияр Тестбеков, руководитель оперативного'),
  });
  await record({
    type: 'POSITION_IN',
    from: ids.post,
    to: ids.body,
    evidence: r1('руководителем оперативного штаба ДП СКО'),
  });
  await record({
    type: 'ATTENDED',
    from: ids.person,
    to: ids.meeting,
    evidence: r1('Тестбеков провёл совещание'),
  });
  await record({
    type: 'ISSUED',
    from: ids.person,
    to: ids.directive,
    evidence: r2('поручил усилить профилактику'),
  });
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

describe('Source.facts', () => {
  it('lists every fact citing a source, ordered by id, with that source’s items only', async () => {
    const facts = await factsOf(fx.ids.release1);
    expect(facts.map((f) => f.type)).toEqual(
      ['HOLDS', 'ATTENDED', 'POSITION_IN'].sort((a, b) =>
        facts.find((f) => f.type === a)!.id.localeCompare(facts.find((f) => f.type === b)!.id),
      ),
    );
    expect(facts.map((f) => f.id)).toEqual([...facts.map((f) => f.id)].sort());
    const holds = facts.find((f) => f.type === 'HOLDS')!;
    expect(holds.evidence).toEqual([
      { sourceId: fx.ids.release1, ...span(RELEASE_1, 'Данияр Тестбеков назначен руководителем') },
    ]);
    expect(holds).toMatchObject({ from: fx.ids.person, fromName: 'Данияр Тестбеков', fromLabel: 'Person' });
  });

  it('pages with limit and offset: a large limit is clamped, a negative offset refused naming it', async () => {
    const all = await factsOf(fx.ids.release1);
    expect(all).toHaveLength(3);
    const pages = [await factsOf(fx.ids.release1, 2, 0), await factsOf(fx.ids.release1, 2, 2)];
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().map((f) => f.id)).toEqual(all.map((f) => f.id));
    const negative = await api.gql(FACTS, {
      token: viewer,
      variables: { id: fx.ids.release1, limit: 1, offset: -5 },
    });
    expect(negative.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(negative.body.errors?.[0]?.message).toMatch(/offset/);
    expect((await factsOf(fx.ids.release1, 100000)).length).toBe(3);
  });

  it('the reference Sources of the seed list the facts that cite them', async () => {
    const facts = await factsOf('source:ref-32');
    expect(facts.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'person:alenov|HOLDS|position:dp-almaty-region-head',
        'person:alenov|HOLDS|position:mvd-first-deputy-minister',
      ]),
    );
    for (const fact of facts)
      expect(fact.evidence).toEqual([{ sourceId: 'source:ref-32', quote: null, start: null, end: null }]);
    const { body } = await api.gql(
      `{ sources(where: { kind: { eq: "reference" } }, limit: 100) { id title url } }`,
      { token: viewer },
    );
    const refs = (body.data as { sources: { id: string; title: string; url: string | null }[] }).sources;
    expect(refs.length).toBe(45);
    expect(refs.find((s) => s.id === 'source:ref-6')).toEqual({
      id: 'source:ref-6',
      title: 'tass.com/world/1509513',
      url: 'https://tass.com/world/1509513',
    });
    expect(refs.find((s) => s.id === 'source:ref-32')?.url).toBeNull();
  });
});

describe('retractSource', () => {
  it('removes release 1 and what only it supported, keeps what release 2 also supports, and nothing else', async () => {
    const domainBefore = await domainDigest(driver, database);
    const release2Before = await factsOf(fx.ids.release2);
    const { status, body } = await api.gql(
      `mutation X($id: ID!) { retractSource(id: $id) { sourceId evidenceRemoved factsUpdated factsDeleted mentionsDeleted aliasesRemoved nodesDeleted } }`,
      { token: editor, variables: { id: fx.ids.release1 } },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    expect((body.data as { retractSource: unknown }).retractSource).toEqual({
      sourceId: fx.ids.release1,
      evidenceRemoved: 3,
      factsUpdated: 1, // HOLDS keeps release 2's item
      factsDeleted: 2, // POSITION_IN and ATTENDED
      mentionsDeleted: 2, // the person's and the meeting's
      aliasesRemoved: 1, // 'Тестбекова', recorded only by release 1's mention
      nodesDeleted: 1, // the meeting: no mention and no fact left
    });
    expect(await domainDigest(driver, database)).toEqual(domainBefore);
    // Release 2's facts are exactly as they were (the post's fact now cites only it).
    expect(await factsOf(fx.ids.release2)).toEqual(release2Before);
    const { records } = await driver.executeQuery(
      `OPTIONAL MATCH (s:Source {id: $s1}) WITH count(s) AS sources
       OPTIONAL MATCH (m {id: $meeting}) WITH sources, count(m) AS meetings
       MATCH (p:Person {id: $person})-[h:HOLDS]->(:Position {id: $post})
       OPTIONAL MATCH (x:Position {id: $post})
       OPTIONAL MATCH (a:Agency {id: $body})
       RETURN sources, meetings, h.sourceIds AS cites, h.evidenceCount AS count, h.quote AS quote,
              p.aliases AS aliases, count(x) AS posts, count(a) AS bodies`,
      {
        s1: fx.ids.release1,
        meeting: fx.ids.meeting,
        person: fx.ids.person,
        post: fx.ids.post,
        body: fx.ids.body,
      },
      { database },
    );
    expect(records[0]!.toObject()).toEqual({
      sources: 0,
      meetings: 0,
      cites: [fx.ids.release2],
      count: 1,
      quote: 'Данияр Тестбеков, руководитель оперативного',
      aliases: [],
      posts: 1, // still holds a fact (HOLDS)
      bodies: 1, // still mentioned in release 2
    });
  });

  it('is audited, and a viewer may not retract', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:AuditEvent {actor: $actor}) WHERE a.operation STARTS WITH 'X: retractSource' RETURN count(a) AS n`,
      { actor: `test-${run}-editor` },
      { database },
    );
    expect(records[0]?.get('n')).toBe(1);
    const before = await fixtureDigest(driver, database, run);
    const refused = await api.gql(`mutation { retractSource(id: "${fx.ids.release2}") { factsDeleted } }`, {
      token: viewer,
    });
    expect(refused.status).toBe(403);
    expect(await fixtureDigest(driver, database, run)).toEqual(before);
  });
});
