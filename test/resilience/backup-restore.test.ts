import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { backupDatabase, restoreDatabase } from '../../server/neo4j/local/backup.ts';
import { LocalNeo4j } from '../../server/neo4j/local/local-neo4j.ts';
import { openDriver, type Neo4jConnection } from '../../server/neo4j/neo4j-connection.ts';
import { prepareDatabase } from '../../server/neo4j/prepare-database.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { graphDigest } from '../helpers/graph-checksum.ts';

const settings = loadConfig().local;
let home: string;
let local: LocalNeo4j;

async function digest(connection: Neo4jConnection) {
  const driver = openDriver(connection);
  try {
    return await graphDigest(driver);
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-backup-'));
  local = new LocalNeo4j(home, settings);
  await prepareDatabase(await local.start(), { seed: 'always', loadSeed });
});

afterAll(async () => {
  await local.stop(1000);
  await fs.rm(home, { recursive: true, force: true });
});

describe('backup and restore (neo4j-admin dump/load)', () => {
  it('restores node and relationship counts and the content checksum exactly', async () => {
    const before = await digest((await local.status())!);
    const dump = path.join(home, 'backups', 'seed.dump');
    const t0 = Date.now();
    await backupDatabase(local, settings, dump, () => {});
    const backupMs = Date.now() - t0;

    const driver = openDriver((await local.status())!);
    await driver.executeQuery(
      "MATCH (n) WITH n LIMIT 5 SET n.tampered = true CREATE (:Tampered {id: 'tampered:1'})",
    );
    await driver.close();
    const tampered = await digest((await local.status())!);
    expect(tampered.checksum).not.toBe(before.checksum);

    const t1 = Date.now();
    await restoreDatabase(local, settings, dump, () => {});
    const restoreMs = Date.now() - t1;
    const after = await digest((await local.status())!);
    console.log(
      `[backup] nodes ${before.nodes}→${after.nodes}, relationships ${before.relationships}→${after.relationships}, ` +
        `checksum ${before.checksum.slice(0, 12)}→${after.checksum.slice(0, 12)}, dump ${(await fs.stat(dump)).size} bytes, ` +
        `backup ${backupMs} ms, restore ${restoreMs} ms (both include stop + start)`,
    );
    expect(after).toEqual(before);
  });

  it('refuses a missing dump with a clear message and leaves the database as it was', async () => {
    const before = await digest((await local.status())!);
    await expect(restoreDatabase(local, settings, path.join(home, 'nope.dump'), () => {})).rejects.toThrow(
      /No dump at .*nope\.dump/,
    );
    expect(await digest((await local.status())!)).toEqual(before);
  });
});
