import { checkSeed } from './check-seed.ts';
import { readSeedFiles, type SeedFiles } from './read-seed-files.ts';
import { SeedValidationError, type SeedProblem } from './seed-error.ts';

/** Reads, schema-checks and cross-checks the seed folder; throws SeedValidationError listing every problem. */
export async function validateSeed(dataDir: string): Promise<SeedFiles> {
  const problems: SeedProblem[] = [];
  const seed = await readSeedFiles(dataDir, problems);
  if (seed) checkSeed(seed, problems);
  if (!seed || problems.length > 0) throw new SeedValidationError(problems);
  return seed;
}
