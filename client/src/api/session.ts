const KEY = 'opsgraph.token';

/** The token's payload, unverified (the server verifies it); empty when there is none. */
function claims(): Record<string, unknown> {
  try {
    const payload = (sessionStorage.getItem(KEY) ?? '').split('.')[1] ?? '';
    const parsed: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Where the JWT lives between reloads: sessionStorage, so closing the tab signs the investigator out. */
export const session = {
  token(): string | null {
    return sessionStorage.getItem(KEY);
  },
  save(token: string): void {
    sessionStorage.setItem(KEY, token);
  },
  clear(): void {
    sessionStorage.removeItem(KEY);
  },
  /** The signed-in username (the token's subject), read from the token without verifying it; null if none. */
  subject(): string | null {
    const sub = claims().sub;
    return typeof sub === 'string' ? sub : null;
  },
  /** The token's roles as it lists them, for hiding what the server would refuse anyway. */
  roles(): string[] {
    const roles = claims().roles;
    return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  },
};
