/**
 * Every secret or password printed as an example in this repository (.env.example, README, docs,
 * docker-compose.yml). Anyone can read them, so production refuses them; a unit test
 * (test/unit/access-secrets.test.ts) fails when a file shows an example that is missing here.
 */
export const DOCUMENTED_EXAMPLES: readonly string[] = [
  'change-me-to-a-long-random-string',
  'change-me-please',
  'change-me',
  'changeme',
  'neo4j',
  'password',
  'secret',
];

/** Words that mark a value as a placeholder someone forgot to replace. */
export const PLACEHOLDER =
  /change[-_ .]?me|replace[-_ .]?me|example|placeholder|your[-_ .]?(secret|password)/i;

/** True when `value` is a documented example or looks like a placeholder. */
export function isDocumentedExample(value: string): boolean {
  const normalised = value.trim().toLowerCase();
  return DOCUMENTED_EXAMPLES.includes(normalised) || PLACEHOLDER.test(normalised);
}
