import type { Driver, Session, Transaction } from 'neo4j-driver';
import { listCypherQueries, loadCypherQuery } from '../server/graphql/load-cypher-query.ts';

/** Statements one step sent: how many of each named query (or inline text), and their time in ms. */
export interface StatementProfile {
  statements: number;
  byQuery: Map<string, { count: number; ms: number }>;
}

/**
 * A driver whose explicit transactions (`session.beginTransaction()`, what the ingestion commit uses) count
 * and time every statement they run, named after its file in cypher/queries/. The commit's round trips are
 * what its latency is made of on a loaded machine, so the bench reports them beside the time.
 */
export function profilingDriver(driver: Driver): { driver: Driver; take: () => StatementProfile } {
  const names = new Map(listCypherQueries().map((name) => [loadCypherQuery(name), name]));
  let profile = empty();
  const note = (query: string, ms: number) => {
    const name =
      query === 'COMMIT'
        ? 'commit'
        : (names.get(query) ?? `inline: ${query.replace(/\s+/g, ' ').slice(0, 40)}`);
    const row = profile.byQuery.get(name) ?? { count: 0, ms: 0 };
    profile.byQuery.set(name, { count: row.count + 1, ms: row.ms + ms });
    if (query !== 'COMMIT') profile.statements += 1;
  };
  const wrapTx = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, key, receiver) {
        if (key === 'commit')
          return async () => {
            const t0 = performance.now();
            await target.commit();
            note('COMMIT', performance.now() - t0);
          };
        if (key !== 'run') return Reflect.get(target, key, receiver) as unknown;
        return async (query: string, params?: Record<string, unknown>) => {
          const t0 = performance.now();
          const result = await target.run(query, params);
          note(query, performance.now() - t0);
          return result;
        };
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, key, receiver) {
        if (key !== 'beginTransaction') return Reflect.get(target, key, receiver) as unknown;
        return async (...args: Parameters<Session['beginTransaction']>) =>
          wrapTx(await target.beginTransaction(...args));
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, key, receiver) {
      if (key !== 'session') return Reflect.get(target, key, receiver) as unknown;
      return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
    },
  });
  return {
    driver: wrapped,
    take() {
      const taken = profile;
      profile = empty();
      return taken;
    },
  };
}

const empty = (): StatementProfile => ({ statements: 0, byQuery: new Map() });

/** The profiles of several steps as one line per query: mean count and mean ms per step. */
export function describeProfiles(profiles: readonly StatementProfile[]): string[] {
  const totals = new Map<string, { count: number; ms: number }>();
  for (const p of profiles)
    for (const [name, row] of p.byQuery) {
      const total = totals.get(name) ?? { count: 0, ms: 0 };
      totals.set(name, { count: total.count + row.count, ms: total.ms + row.ms });
    }
  const n = Math.max(1, profiles.length);
  return [...totals]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([name, t]) => `${(t.count / n).toFixed(1).padStart(6)} × ${name}: ${(t.ms / n).toFixed(1)} ms`);
}
