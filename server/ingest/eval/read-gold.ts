import fs from 'node:fs/promises';
import path from 'node:path';
import { readDocument } from '../input/read-document.ts';
import { checkGold } from './check-gold.ts';
import type { GoldCase } from './gold-case.ts';
import { goldFileSchema } from './gold-schema.ts';

/** A gold set that cannot be scored, with every problem found (file, place, what is wrong). */
export class GoldSetError extends Error {
  override readonly name = 'GoldSetError';
  constructor(readonly problems: string[]) {
    super(`The gold set has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
}

/** Reads one gold file and its document, and checks the gold against the stored text. */
export async function readGoldFile(file: string): Promise<{ goldCase?: GoldCase; problems: string[] }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    return { problems: [`${file}: ${(error as Error).message}`] };
  }
  const parsed = goldFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`),
    };
  }
  const gold = parsed.data;
  const documentPath = path.join(path.dirname(file), gold.document);
  let document;
  try {
    document = await readDocument(new Uint8Array(await fs.readFile(documentPath)), gold.document);
  } catch (error) {
    return {
      problems: [`${file}: its document ${documentPath} cannot be read: ${(error as Error).message}`],
    };
  }
  const problems = checkGold(gold, document.text, document.sha256).map((p) => `${file}: ${p}`);
  return problems.length ? { problems } : { goldCase: { name: file, gold, document }, problems };
}

/** Every `*.gold.json` in a folder (not recursive), in name order; throws GoldSetError listing all problems. */
export async function readGoldDir(dir: string): Promise<GoldCase[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => name.endsWith('.gold.json')).sort();
  } catch (error) {
    throw new GoldSetError([`${dir}: ${(error as Error).message}`]);
  }
  if (names.length === 0) throw new GoldSetError([`${dir}: no *.gold.json files`]);
  const cases: GoldCase[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const result = await readGoldFile(path.join(dir, name));
    if (result.goldCase) cases.push(result.goldCase);
    problems.push(...result.problems);
  }
  if (problems.length) throw new GoldSetError(problems);
  return cases;
}
