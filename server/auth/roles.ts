/** Roles in increasing power; each includes every role before it. */
export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Expands claimed roles to every role they include, so schema rules name only the least role an operation
 * needs (`roles includes "viewer"` admits analysts, editors and admins). Unknown roles are dropped.
 */
export function expandRoles(claimed: readonly unknown[]): Role[] {
  const highest = Math.max(-1, ...claimed.filter(isRole).map((role) => ROLES.indexOf(role)));
  return ROLES.slice(0, highest + 1);
}

/** Reads roles from a token's `roles` (list) or `role` (string) claim. */
export function rolesFromClaims(claims: Record<string, unknown>): Role[] {
  const raw = Array.isArray(claims.roles) ? claims.roles : [claims.role];
  return expandRoles(raw);
}
