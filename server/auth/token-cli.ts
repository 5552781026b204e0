// `npm run -s token -- --role viewer [--sub NAME]`: prints a development token as the last line,
// signed with the same secret the server uses (JWT_SECRET, or the development secret in .opsgraph/).
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { issueToken } from './issue-token.ts';
import { resolveJwtSecret } from './jwt-secret.ts';
import { isRole, ROLES } from './roles.ts';

function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string', default: 'viewer' }, sub: { type: 'string' } },
  });
  if (!isRole(values.role))
    throw new Error(`usage: npm run -s token -- --role ${ROLES.join('|')} [--sub NAME]`);
  const config = loadConfig();
  const secret = resolveJwtSecret(config);
  if (!secret)
    throw new ConfigError('JWT_SECRET', 'not set: tokens come from the external issuer (JWT_JWKS_URL)');
  return issueToken(config.auth, secret, values.sub ?? `dev-${values.role}`, values.role).then((token) => {
    console.log(token);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
