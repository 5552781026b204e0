// The auth module's public surface, for the composition root and tests.
export { authRoutes } from './auth-routes.ts';
export { ensureAdminUser } from './ensure-admin-user.ts';
export { issueToken, type TokenSubject } from './issue-token.ts';
export { resolveJwtSecret } from './jwt-secret.ts';
export { expandRoles, isRole, ROLES, type Role } from './roles.ts';
export { createTokenVerifier, type Principal, type TokenVerifier } from './token-verifier.ts';
export { tokenVersions, type TokenVersions } from './token-versions.ts';
