/** One problem in the seed data: which file, where in it (a JSON path) and why. */
export interface SeedProblem {
  file: string;
  path: string;
  reason: string;
}

/** Formats a JSON path such as `relationships[3].quote` from zod-style path segments. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(root)';
}

/** Thrown before anything is written: the seed is loaded whole or not at all. */
export class SeedValidationError extends Error {
  readonly problems: readonly SeedProblem[];

  constructor(problems: readonly SeedProblem[]) {
    const lines = problems.map((p) => `  ${p.file} at ${p.path}: ${p.reason}`);
    super(`Seed data is invalid (${problems.length} problem(s)); nothing was loaded:\n${lines.join('\n')}`);
    this.name = 'SeedValidationError';
    this.problems = problems;
  }
}
