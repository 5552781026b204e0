import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { isRole } from '../../server/auth/roles.ts';
import { Kind, parse, type OperationDefinitionNode } from '../../server/graphql/graphql-js.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

// Each documented operation states its role and example variables in `# role:` / `# variables:` lines.
const dir = path.join(repoRoot, 'docs', 'queries');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const driver = testDriver();
const database = testConnection().database;
let api: ApiServer;

beforeAll(async () => {
  api = await startApiServer(driver, database);
});
afterAll(async () => {
  // The annotation example writes a note and an audit event as `test-analyst`; remove them.
  await driver.executeQuery(
    `MATCH (n) WHERE (n:Annotation AND n.author = 'test-analyst') OR (n:AuditEvent AND n.actor = 'test-analyst')
     DETACH DELETE n`,
    {},
    { database },
  );
  await api.close();
});

describe('docs/queries', () => {
  it('holds at least 10 named operations', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s runs without errors and returns data', async (file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const role = /^# role: (\w+)$/m.exec(text)?.[1];
    const variables = JSON.parse(/^# variables: (.*)$/m.exec(text)?.[1] ?? '{}') as Record<string, unknown>;
    const operations = parse(text).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations).toHaveLength(1);
    expect(operations[0]!.name?.value).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(isRole(role)).toBe(true);
    const { status, body } = await api.gql(text, { token: await api.token(role as 'viewer'), variables });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    // Returns data about real entities: at least one, every `id` in the answer is a node of the database
    // (or, for an edge, `start|TYPE|end` is one of its relationships), and aggregate counts (operations
    // without ids) are positive.
    const ids = new Set<string>();
    const counts: number[] = [];
    JSON.stringify(body.data, (key, value: unknown) => {
      if (key === 'id' && typeof value === 'string') ids.add(value);
      if (key === 'nodes' && typeof value === 'number') counts.push(value);
      return value;
    });
    if (ids.size === 0) {
      expect(counts.length, 'no ids and no counts in the answer').toBeGreaterThan(0);
      expect(counts.filter((n) => n <= 0)).toEqual([]);
      return;
    }
    const edges = [...ids].filter((id) => id.includes('|')).map((id) => id.split('|'));
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (n) WHERE n.id IN $nodes RETURN collect(DISTINCT n.id) AS nodes }
       CALL () {
         UNWIND $edges AS e
         OPTIONAL MATCH (a {id: e[0]})-[r]->(b {id: e[2]}) WHERE type(r) = e[1]
         WITH e, count(r) AS n WHERE n > 0
         RETURN collect(e[0] + '|' + e[1] + '|' + e[2]) AS edges
       }
       RETURN nodes + edges AS found`,
      { nodes: [...ids].filter((id) => !id.includes('|')), edges },
      { database },
    );
    expect((records[0]!.get('found') as string[]).sort()).toEqual([...ids].sort());
  });
});
