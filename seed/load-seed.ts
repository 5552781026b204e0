import type { Driver } from 'neo4j-driver';

export interface SeedOptions {
  database?: string;
  log?: (line: string) => void;
}

/** Placeholder until the seed issue lands: loads nothing. */
export async function loadSeed(_driver: Driver, _options: SeedOptions = {}): Promise<void> {}
