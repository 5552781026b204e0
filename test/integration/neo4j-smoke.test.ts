import { describe, expect, it } from 'vitest';
import { testDriver, uniqueLabel } from '../helpers/neo4j.ts';

describe('the test database', () => {
  it('is Neo4j 5.26 with APOC core', async () => {
    const { records } = await testDriver().executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition, apoc.version() AS apoc',
    );
    expect(records[0]?.get('version')).toMatch(/^5\.26\./);
    expect(records[0]?.get('apoc')).toMatch(/^5\.26\./);
  });

  it('writes and reads a node, and answers the APOC functions @neo4j/graphql relies on', async () => {
    const label = uniqueLabel('Smoke');
    const driver = testDriver();
    await driver.executeQuery(`CREATE (:${label} {id: $id, name: $name})`, { id: 'smoke:1', name: 'Аленов' });
    const { records } = await driver.executeQuery(
      `MATCH (n:${label} {id: $id})
       CALL apoc.util.validate(n.name <> $name, 'unexpected name %s', [n.name])
       RETURN n.name AS name, apoc.date.convertFormat('2024-12-31', 'date', 'basic_date') AS basic,
              apoc.util.validatePredicate(false, 'never', []) AS ok`,
      { id: 'smoke:1', name: 'Аленов' },
    );
    expect(records[0]?.get('name')).toBe('Аленов');
    expect(records[0]?.get('basic')).toBe('20241231');
    expect(records[0]?.get('ok')).toBe(true);
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
  });
});
