import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';
import { startApiServer, type ApiServer } from '../integration/api-server.ts';
import { writeAll } from './idempotent-writer.ts';
import { startPrivateNeo4j, type PrivateNeo4j } from './private-neo4j.ts';

const WRITES = 20_000;
const KILLS_AT = [4_000, 9_000, 14_000];
const PREFIX = 'agency:crash-';

let neo4j: PrivateNeo4j;
let driver: Driver;
let api: ApiServer;

beforeAll(async () => {
  neo4j = await startPrivateNeo4j('crash', false);
  driver = openDriver(neo4j.connection);
  api = await startApiServer(driver, undefined);
});
afterAll(async () => {
  await api?.close();
  await driver?.close();
  await neo4j?.dispose();
});

describe('kill -9 of Neo4j during idempotent writes through the API', () => {
  it('loses no acknowledged write and stores none twice', async () => {
    const token = await api.token('editor', 'crash-writer');
    const ids = Array.from({ length: WRITES }, (_, i) => `${PREFIX}${i}`);
    const restarts: number[] = [];
    let crashing: Promise<void> = Promise.resolve();
    const pending = [...KILLS_AT];
    // Kills happen from the ack callback, so they land mid-stream, with requests in flight.
    const onAck = (acked: number) => {
      if (pending.length === 0 || acked < pending[0]!) return;
      pending.shift();
      crashing = crashing.then(async () => {
        await neo4j.kill9();
        const t = Date.now();
        await neo4j.start();
        restarts.push(Date.now() - t);
      });
    };
    const t0 = Date.now();
    const stats = await writeAll(api, token, ids, { workers: 8, maxAttempts: 600, backoffMs: 250, onAck });
    await crashing;
    const elapsed = Date.now() - t0;

    const { records } = await driver.executeQuery(
      'MATCH (n:Agency) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, count(*) AS copies',
      { prefix: PREFIX },
    );
    const stored = new Map(records.map((r) => [r.get('id') as string, r.get('copies') as number]));
    const lost = [...stats.acked].filter((id) => !stored.has(id));
    const duplicates = [...stored.values()].filter((copies) => copies > 1).length;
    const totalNodes = records.reduce((n, r) => n + (r.get('copies') as number), 0);
    console.log(
      `[resilience] crash: ${WRITES} writes, ${restarts.length} kill -9 (restart ${restarts.join(', ')} ms), ` +
        `${stats.acked.size} acknowledged, ${stats.retries} retries, ${stats.abandoned.length} abandoned; ` +
        `after restart ${stored.size} ids / ${totalNodes} nodes stored: ${lost.length} acknowledged writes lost, ` +
        `${duplicates} duplicates, ${stats.firstAttemptConflicts} first-attempt conflicts; ` +
        `answers ${JSON.stringify(stats.answers)}; ${(elapsed / 1000).toFixed(0)} s`,
    );
    expect(restarts).toHaveLength(KILLS_AT.length);
    expect(lost).toEqual([]);
    expect(duplicates).toBe(0);
    expect(stats.firstAttemptConflicts).toBe(0);
    expect(stats.abandoned).toEqual([]);
    expect(stats.acked.size).toBe(WRITES);
    expect(totalNodes).toBe(WRITES);
    expect(stats.unexpected).toEqual({});
  }, 1_800_000);
});
