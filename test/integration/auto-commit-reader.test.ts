import { describe, expect, it } from 'vitest';
import { autoCommitReader } from '../../server/graphql/auto-commit-reader.ts';
import { testDriver, uniqueLabel } from '../helpers/neo4j.ts';

// The API's queries run through this reader instead of a managed transaction (fewer round trips), so
// what the managed transaction guaranteed must still hold: results, the timeout, and no writes.
describe('autoCommitReader', () => {
  it('returns the rows of a read, as the library reads them', async () => {
    const label = uniqueLabel('Reader');
    const driver = testDriver();
    await driver.executeQuery(`CREATE (:${label} {id: 'r:1', name: 'Аленов'})`);
    const reader = autoCommitReader(driver, { database: undefined, timeoutMs: 5_000 });
    const result = await reader.run(`MATCH (n:${label} {id: $id}) RETURN n.name AS name`, { id: 'r:1' });
    expect(result.records.map((r) => r.get('name'))).toEqual(['Аленов']);
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
  });

  it('is refused a write by the server, and nothing is stored', async () => {
    const label = uniqueLabel('ReaderWrite');
    const driver = testDriver();
    const reader = autoCommitReader(driver, { database: undefined, timeoutMs: 5_000 });
    await expect(reader.run(`CREATE (:${label} {id: 'w:1'})`)).rejects.toThrow(/read/i);
    const { records } = await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`);
    expect(records[0]?.get('n')).toBe(0);
  });

  it('stops a read at the transaction timeout', async () => {
    const reader = autoCommitReader(testDriver(), { database: undefined, timeoutMs: 200 });
    // The error itself proves the timeout stopped the query (a finished one resolves); no wall-clock bound,
    // which a busy machine would break.
    await expect(
      reader.run('UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i) AS n'),
    ).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut|Terminated/) });
  });
});
