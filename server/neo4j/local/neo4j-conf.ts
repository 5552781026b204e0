export interface Neo4jConfSettings {
  boltPort: number;
  homeDir: string;
  pluginsDir: string;
  heap: string;
  pageCache: string;
}

/**
 * Renders neo4j.conf for a local instance: loopback only, Bolt only (the HTTP connector is not needed
 * and would take a second port), APOC allowed, memory sized for a laptop.
 */
export function renderNeo4jConf(s: Neo4jConfSettings): string {
  return [
    "# Written by OpsGraph's local manager; edits are overwritten on the next start.",
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${s.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${s.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${s.heap}`,
    `server.memory.heap.max_size=${s.heap}`,
    `server.memory.pagecache.size=${s.pageCache}`,
    `server.directories.data=${s.homeDir}/data`,
    `server.directories.logs=${s.homeDir}/logs`,
    `server.directories.run=${s.homeDir}/run`,
    `server.directories.plugins=${s.pluginsDir}`,
    `server.directories.import=${s.homeDir}/import`,
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.security.procedures.allowlist=apoc.*',
    'dbms.usage_report.enabled=false',
    'db.transaction.timeout=60s',
    // Bolt waits 5 s + 5 s on shutdown for connections that our driver has already closed; stopping within
    // the 15 s a signal allows (docs/architecture.md, "Shutdown") needs those waits short.
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    '',
  ].join('\n');
}
