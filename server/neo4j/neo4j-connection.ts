import neo4j, { type Driver } from 'neo4j-driver';

/** How to reach a Neo4j database: a local one this project started, or NEO4J_URI. */
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

/** Opens a driver; callers own closing it. */
export function openDriver(connection: Neo4jConnection, options: { maxPoolSize?: number } = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    connectionAcquisitionTimeout: 10_000,
    // Managed transactions (@neo4j/graphql's reads) retry while the database is unreachable; the driver's
    // default of 30 s kept API callers waiting that long. 5 s rides out a blip, then fails fast (503).
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
}
