import fs from 'node:fs/promises';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { repoRoot } from '../config.ts';

/** Splits a .cypher file into statements: `;` at a line end separates them, `//` lines are comments. */
export function splitCypherStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface ApplyOptions {
  /** Only the statements this accepts (the bulk import creates the uniqueness constraints first). */
  only?: (statement: string) => boolean;
  /** How long to wait for the indexes to come ONLINE; a 1M-node import needs more than a start-up. */
  awaitSeconds?: number;
}

/** Applies cypher/constraints.cypher; every statement is `IF NOT EXISTS`, so this is idempotent. */
export async function applyConstraints(
  driver: Driver,
  database?: string,
  options: ApplyOptions = {},
): Promise<number> {
  const file = path.join(repoRoot, 'cypher', 'constraints.cypher');
  const all = splitCypherStatements(await fs.readFile(file, 'utf8'));
  const statements = options.only ? all.filter(options.only) : all;
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database });
  }
  // The procedure takes an INTEGER; a plain JS number would go over Bolt as a FLOAT.
  const seconds = neo4j.int(options.awaitSeconds ?? 300);
  await driver.executeQuery('CALL db.awaitIndexes($seconds)', { seconds }, { database });
  return statements.length;
}
