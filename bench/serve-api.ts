// The API as its own process for the bench (run by api-process.ts): the same createApp as `npm start`,
// configured only through the environment the parent passes (NEO4J_URI, JWT_SECRET, NODE_ENV, PORT).
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDriver } from '../server/neo4j/neo4j-connection.ts';

const config = loadConfig();
if (!config.external) throw new Error('serve-api needs NEO4J_URI: the bench passes its own Neo4j');
const driver = openDriver(config.external);
const { app, stop } = await createApp({ config, driver, database: config.external.database });
const server = app.listen(config.port, config.host, () => {
  // The parent reads this line to learn the port.
  console.log(`LISTENING ${(server.address() as AddressInfo).port}`);
});

async function shutdown(): Promise<void> {
  server.close();
  await stop();
  await driver.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
