import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeEvidence,
  recordFact,
  recordFacts,
  recordMentions,
  type FactTransaction,
  type RecordFactInput,
} from '../../server/facts/index.ts';
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

// The batch forms of server/facts (recordFacts, recordMentions), which the ingestion commit writes through:
// the same results as one call per item, a refused item anywhere leaving nothing written, and two
// transactions adding evidence to one fact at the same time both landing.

const run = randomUUID().slice(0, 8);
const database = testConnection().database;
const driver = testDriver();
const reviewer = { sub: `test-${run}-editor` };
let fx: FactFixture;

beforeAll(async () => {
  fx = await createFactFixture(driver, database, run);
});
afterAll(async () => dropFactFixture(driver, database, run));

/** Runs `work` in an explicit transaction (no retries, like the ingestion commit) and commits it; `metadata`
 * lets a test find the transaction in SHOW TRANSACTIONS. */
async function inTransaction<T>(
  work: (tx: FactTransaction) => Promise<T>,
  metadata?: Record<string, string>,
): Promise<T> {
  const session = driver.session({ database });
  const tx = await session.beginTransaction(metadata ? { metadata } : undefined);
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
}

async function evidenceOf(type: string, from: string, to: string) {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type
     RETURN r.id AS id, r.evidence AS evidence, r.provenance AS provenance, r.validFrom AS validFrom`,
    { type, from, to },
    { database },
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    evidence: (r.get('evidence') as string[]).map(decodeEvidence),
    provenance: r.get('provenance') as string,
    validFrom: r.get('validFrom') as string | null,
  }));
}

const holds = (): RecordFactInput => ({
  type: 'HOLDS',
  from: fx.ids.person,
  to: fx.ids.post,
  validFrom: '2025-02',
  evidence: { sourceId: fx.ids.release1, ...span(RELEASE_1, 'Данияр Тестбеков назначен руководителем') },
});
const holdsAgain = (): RecordFactInput => ({
  type: 'HOLDS',
  from: fx.ids.person,
  to: fx.ids.post,
  evidence: { sourceId: fx.ids.release2, ...span(RELEASE_2, 'Данияр Тестбеков, руководитель оперативного') },
});
const attended = (): RecordFactInput => ({
  type: 'ATTENDED',
  from: fx.ids.person,
  to: fx.ids.meeting,
  evidence: { sourceId: fx.ids.release1, ...span(RELEASE_1, 'Тестбеков провёл совещание') },
});
const issued = (): RecordFactInput => ({
  type: 'ISSUED',
  from: fx.ids.person,
  to: fx.ids.directive,
  evidence: { sourceId: fx.ids.release2, ...span(RELEASE_2, 'поручил усилить профилактику') },
});

describe('recordFacts', () => {
  it('refuses the whole batch when an item in the middle fails, naming it, and writes nothing', async () => {
    const before = await fixtureDigest(driver, database, run);
    const broken = { ...attended(), evidence: { ...attended().evidence, quote: 'не та цитата' } };
    await expect(
      inTransaction((tx) => recordFacts(tx, reviewer, [holds(), broken, issued()])),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/^facts\.1: evidence\.quote: text at \[\d+, \d+\) is /),
    });
    // A wrong end label is refused the same way, with the caller's description of the item.
    const wrongEnd = { ...issued(), to: fx.ids.meeting };
    await expect(
      inTransaction((tx) =>
        recordFacts(tx, reviewer, [holds(), wrongEnd], { where: (i) => `relationships.${i}` }),
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^relationships\.1: to: ISSUED cannot end at a Meeting/),
    });
    expect(await fixtureDigest(driver, database, run)).toEqual(before);
  });

  it('writes every fact in one call, items of one fact merged in order as separate calls would', async () => {
    const recorded = await inTransaction((tx) =>
      recordFacts(tx, reviewer, [holds(), attended(), holdsAgain()], {
        now: new Date('2025-03-01T10:00:00Z'),
      }),
    );
    const holdsId = `${fx.ids.person}|HOLDS|${fx.ids.post}`;
    expect(recorded.map((f) => [f.id, f.created, f.evidence.length])).toEqual([
      [holdsId, true, 1],
      [`${fx.ids.person}|ATTENDED|${fx.ids.meeting}`, true, 1],
      [holdsId, false, 2],
    ]);
    const [fact, ...others] = await evidenceOf('HOLDS', fx.ids.person, fx.ids.post);
    expect(others).toEqual([]);
    expect(fact).toMatchObject({ id: holdsId, provenance: 'source', validFrom: '2025-02' });
    expect(fact!.evidence.map((e) => [e.sourceId, e.reviewedBy, e.reviewedAt])).toEqual([
      [fx.ids.release1, reviewer.sub, '2025-03-01T10:00:00.000Z'],
      [fx.ids.release2, reviewer.sub, '2025-03-01T10:00:00.000Z'],
    ]);
    // The single write afterwards finds the batch's fact and adds to it: no second fact.
    const single = await inTransaction((tx) => recordFact(tx, reviewer, issued()));
    expect(single.created).toBe(true);
    const again = await inTransaction((tx) => recordFacts(tx, reviewer, [holdsAgain()]));
    expect(again[0]).toMatchObject({ id: holdsId, created: false });
    expect((await evidenceOf('HOLDS', fx.ids.person, fx.ids.post))[0]!.evidence).toHaveLength(2);
  });

  it('makes a second writer of one fact wait for the first and add to its evidence: both items land', async () => {
    const fact = (sourceId: string, text: string, quote: string): RecordFactInput => ({
      type: 'POSITION_IN',
      from: fx.ids.post,
      to: fx.ids.body,
      evidence: { sourceId, ...span(text, quote) },
    });
    // The first transaction writes and stays open; the second starts its batch and must block on the ends'
    // locks (without them it would read the fact before the first commits and overwrite its item).
    const first = driver.session({ database });
    const txA = await first.beginTransaction();
    try {
      await recordFacts(txA, reviewer, [
        fact(fx.ids.release1, RELEASE_1, 'руководителем оперативного штаба ДП СКО'),
      ]);
      const second = inTransaction(
        (tx) =>
          recordFacts(tx, reviewer, [
            fact(fx.ids.release2, RELEASE_2, 'руководитель оперативного штаба ДП СКО'),
          ]),
        { marker: `test-${run}-second` },
      );
      await expect
        .poll(
          async () => {
            const { records } = await driver.executeQuery(
              `SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.marker = $marker RETURN status`,
              { marker: `test-${run}-second` },
              { database },
            );
            return records.map((r) => String(r.get('status')));
          },
          { timeout: 60_000 },
        )
        .toEqual([expect.stringMatching(/^Blocked/)]);
      await txA.commit();
      const [written] = await second;
      expect(written!.created).toBe(false);
    } finally {
      if (txA.isOpen()) await txA.rollback();
      await first.close();
    }
    const stored = await evidenceOf('POSITION_IN', fx.ids.post, fx.ids.body);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.evidence.map((e) => e.sourceId)).toEqual([fx.ids.release1, fx.ids.release2]);
  });
});

describe('recordMentions', () => {
  it('writes each mention with its alias once, and refuses a batch with an unknown entity in the middle', async () => {
    const mention = (nodeId: string, quote: string, alias: string | null = null) => ({
      nodeId,
      evidence: { sourceId: fx.ids.release2, ...span(RELEASE_2, quote), extractor: 'test' },
      alias,
    });
    const before = await fixtureDigest(driver, database, run);
    await expect(
      inTransaction((tx) =>
        recordMentions(tx, reviewer, [
          mention(fx.ids.post, 'руководитель оперативного штаба ДП СКО'),
          mention(`person:test-${run}-nobody`, 'Данияр Тестбеков'),
          mention(fx.ids.body, 'ДП СКО', 'ДП СКО'),
        ]),
      ),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: `mentions.1: nodeId: no entity with id "person:test-${run}-nobody"`,
    });
    expect(await fixtureDigest(driver, database, run)).toEqual(before);

    const ids = await inTransaction((tx) =>
      recordMentions(tx, reviewer, [
        mention(fx.ids.post, 'руководитель оперативного штаба ДП СКО'),
        mention(fx.ids.body, 'ДП СКО', 'ДП СКО'),
      ]),
    );
    const start = RELEASE_2.indexOf('ДП СКО');
    expect(ids[1]).toBe(`${fx.ids.body}|MENTIONED_IN|${fx.ids.release2}#at-${start}`);
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity {id: $body})-[m:MENTIONED_IN {id: $id}]->(:Source {id: $source})
       RETURN a.aliases AS aliases, m.alias AS alias, m.quote AS quote, m.reviewedBy AS by`,
      { body: fx.ids.body, id: ids[1], source: fx.ids.release2 },
      { database },
    );
    expect(records[0]?.toObject()).toEqual({
      aliases: ['ДП СКО'],
      alias: 'ДП СКО',
      quote: 'ДП СКО',
      by: reviewer.sub,
    });
  });
});
