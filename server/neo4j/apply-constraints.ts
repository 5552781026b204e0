import fs from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
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

/** Applies cypher/constraints.cypher; every statement is `IF NOT EXISTS`, so this is idempotent. */
export async function applyConstraints(driver: Driver, database?: string): Promise<number> {
  const file = path.join(repoRoot, 'cypher', 'constraints.cypher');
  const statements = splitCypherStatements(await fs.readFile(file, 'utf8'));
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return statements.length;
}
