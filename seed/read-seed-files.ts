import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { jsonPath, type SeedProblem } from './seed-error.ts';
import { graphFileSchema, type GraphFile } from './seed-schema.ts';
import {
  referencesFileSchema,
  sourceFileSchema,
  type ReferencesFile,
  type SourceFile,
} from './source-file-schema.ts';

/** The data folder shipped with the repository. */
export const DEFAULT_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** Graph files in load order; each node is defined in exactly one of them. */
export const GRAPH_FILES = ['geography.json', 'bodies.json', 'article-facts.json'] as const;

export interface SeedFiles {
  sources: SourceFile['sources'];
  /** Full text of each source, by source id, as read from its UTF-8 file. */
  texts: Map<string, string>;
  references: ReferencesFile;
  graphs: { file: string; data: GraphFile }[];
}

async function readJson<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  problems: SeedProblem[],
): Promise<z.infer<S> | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8'));
  } catch (error) {
    problems.push({ file, path: '(file)', reason: (error as Error).message });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    problems.push({ file, path: jsonPath(issue.path), reason: issue.message });
  return undefined;
}

async function readTexts(dir: string, sources: SourceFile['sources'], problems: SeedProblem[]) {
  const texts = new Map<string, string>();
  for (const [i, source] of sources.entries()) {
    const where = { file: 'source.json', path: `sources[${i}].textFile` };
    try {
      const bytes = await fs.readFile(path.join(dir, source.textFile));
      // The hash pins the exact text the quote offsets were computed on.
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== source.sha256)
        problems.push({ ...where, reason: `sha256 is ${sha}, expected ${source.sha256}` });
      texts.set(source.id, bytes.toString('utf8'));
    } catch (error) {
      problems.push({ ...where, reason: (error as Error).message });
    }
  }
  return texts;
}

/** Reads and schema-checks every seed file, collecting all problems instead of stopping at the first. */
export async function readSeedFiles(dir: string, problems: SeedProblem[]): Promise<SeedFiles | undefined> {
  const sourceFile = await readJson(dir, 'source.json', sourceFileSchema, problems);
  const references = await readJson(dir, 'references.json', referencesFileSchema, problems);
  const texts = sourceFile ? await readTexts(dir, sourceFile.sources, problems) : new Map<string, string>();
  const graphs: SeedFiles['graphs'] = [];
  for (const file of GRAPH_FILES) {
    const data = await readJson(dir, file, graphFileSchema, problems);
    if (data) graphs.push({ file, data });
  }
  if (!sourceFile || !references || graphs.length !== GRAPH_FILES.length) return undefined;
  return { sources: sourceFile.sources, texts, references, graphs };
}
