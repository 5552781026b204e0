const KEY = 'opsgraph.token';

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
};
