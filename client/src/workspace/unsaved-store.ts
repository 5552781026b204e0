const KEY = 'opsgraph.unsaved';

interface Unsaved {
  /** The canvas as a link's query string (view and working set, positions included). */
  query: string;
  savedAt: string;
  /** Set when the session ended under the investigator: only then is the set brought back after sign-in. */
  expired: boolean;
}

function read(): Unsaved | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Unsaved | null;
    return value && typeof value.query === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The working set kept in local storage after every change, so a session that expires mid-work loses
 * nothing: after signing in again the same canvas comes back. Signing out on purpose forgets it.
 */
export const unsavedStore = {
  save(query: string): void {
    try {
      localStorage.setItem(KEY, JSON.stringify({ query, savedAt: new Date().toISOString(), expired: false }));
    } catch {
      // Storage full or disabled: the link still holds most of the working set.
    }
  },
  markExpired(): void {
    const current = read();
    if (current) localStorage.setItem(KEY, JSON.stringify({ ...current, expired: true }));
  },
  /** The query of a set left by an expired session, once; null when there is none. */
  takeExpired(): string | null {
    const current = read();
    if (!current?.expired) return null;
    localStorage.removeItem(KEY);
    return current.query;
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
};
