import { ConfigError, type Config } from '../config.ts';
import {
  DATABASE_PASSWORD_RULE,
  HOW_TO_MAKE_ONE,
  JWT_SECRET_RULE,
  secretProblem,
} from './secret-strength.ts';

/**
 * In production, refuses to start with a JWT secret or a Neo4j password that is a published example, too
 * short or too weak: `.env.example`'s JWT secret once passed the old 32-character check, and with it anyone
 * could forge an admin token. Development keeps its generated secret and its local database password.
 */
export async function assertProductionSecrets(config: Config): Promise<void> {
  if (config.env !== 'production') return;
  const checks: [string, string | undefined, typeof JWT_SECRET_RULE][] = [
    ['JWT_SECRET', config.auth.jwtSecret, JWT_SECRET_RULE],
    ['NEO4J_PASSWORD', config.external?.password, DATABASE_PASSWORD_RULE],
  ];
  for (const [variable, value, rule] of checks) {
    if (value === undefined) continue;
    const problem = await secretProblem(value, rule);
    if (problem) {
      throw new ConfigError(
        variable,
        `${problem}. Production needs a strong random value: ${HOW_TO_MAKE_ONE}.`,
      );
    }
  }
}
