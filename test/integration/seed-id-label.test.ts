import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { addIdLabel } from '../../server/neo4j/add-id-label.ts';
import { ID_LABEL } from '../../vocabulary/index.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';

// A database written before data contract v2 has nodes without the id label; the start-up gives it to them,
// unless two of them share an id (v1 allowed that across labels), which it names instead of guessing.

const driver = testDriver();
const database = testConnection().database;
const id = `agency:test-${randomUUID().slice(0, 8)}-v1`;

afterAll(async () => {
  await driver.executeQuery('MATCH (n {id: $id}) DETACH DELETE n', { id }, { database });
});

describe('nodes written before v2', () => {
  it('two labels with one id are named, and nothing is labelled', async () => {
    await driver.executeQuery(
      `CREATE (:Agency {id: $id, name: 'v1 agency'}), (:Region {id: $id, name: 'v1 region with the same id'})`,
      { id },
      { database },
    );
    await expect(addIdLabel(driver, database)).rejects.toThrow(
      new RegExp(`used by nodes of different labels.*${id} \\((Agency, Region|Region, Agency)\\)`),
    );
    const { records } = await driver.executeQuery(
      'MATCH (n {id: $id}) WHERE $label IN labels(n) RETURN count(n) AS n',
      { id, label: ID_LABEL },
      { database },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('get the id label once the clash is resolved, and a second run has nothing to do for them', async () => {
    await driver.executeQuery('MATCH (n:Region {id: $id}) DELETE n', { id }, { database });
    expect(await addIdLabel(driver, database)).toBeGreaterThanOrEqual(1);
    const { records } = await driver.executeQuery(
      'MATCH (n {id: $id}) RETURN labels(n) AS labels',
      { id },
      { database },
    );
    expect([...(records[0]?.get('labels') as string[])].sort()).toEqual(['Agency', ID_LABEL]);
    const duplicate = driver.executeQuery(
      `CREATE (:Region:${ID_LABEL} {id: $id, name: 'clash'})`,
      { id },
      { database },
    );
    await expect(duplicate).rejects.toThrow(/already exists/);
  });
});
