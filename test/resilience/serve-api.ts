// The API in a process of its own for the load proofs (query-cost-guard.test.ts): a probe's latency then
// measures this server's event loop, not the test's. Connection and config overrides come from the
// environment; prints `listening <url>` once it accepts requests.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';

const connection = JSON.parse(process.env.OPSGRAPH_TEST_CONNECTION ?? '{}');
const overrides = JSON.parse(process.env.OPSGRAPH_TEST_OVERRIDES ?? '{}') as {
  graphql?: Partial<Config['graphql']>;
};
const base = loadConfig({ ...process.env, NODE_ENV: 'test' });
const config: Config = {
  ...base,
  auth: { ...base.auth, jwtSecret: process.env.OPSGRAPH_TEST_SECRET },
  clientDir: '/nonexistent',
  graphql: { ...base.graphql, ...overrides.graphql },
};
const driver = openDriver(connection);
const { app, stop } = await createApp({ config, driver, database: connection.database });
const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', async () => {
  server.close();
  await stop();
  await driver.close();
  process.exit(0);
});
