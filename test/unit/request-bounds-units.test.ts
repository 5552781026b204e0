import { describe, expect, it } from 'vitest';
import type { QueryResult } from 'neo4j-driver';
import { fulltextProblem, fulltextQuery, fulltextWords } from '../../server/graphql/bounds/fulltext-words.ts';
import { isIsoDateTime } from '../../server/graphql/bounds/iso-date-time.ts';
import { estimateResultBytes } from '../../server/graphql/response-size.ts';
import { WorkGate } from '../../server/graphql/work-gate.ts';
import { loadConfig } from '../../server/config.ts';

describe('full-text words', () => {
  it('keep letters and digits of any script, lower-cased; everything else separates', () => {
    expect(fulltextWords('  Аленов, B.  СКО-2024 ~*/x/ ')).toEqual(['аленов', 'b', 'ско', '2024', 'x']);
    expect(fulltextQuery(['але', 'alenov'])).toBe(
      '(але^2 OR але* OR але*) AND (alenov^2 OR alenov* OR alenov~)',
    );
  });

  it('are bounded in number and length, and the text in length', () => {
    expect(fulltextProblem('Аленов')).toBeNull();
    expect(fulltextProblem('1 2 3 4 5 6 7 8')).toBeNull();
    expect(fulltextProblem('1 2 3 4 5 6 7 8 9')).toMatch(/9 words/);
    expect(fulltextProblem('я'.repeat(24))).toBeNull();
    expect(fulltextProblem('я'.repeat(25))).toMatch(/25 letters/);
    expect(fulltextProblem(`${' '.repeat(300)}a`)).toMatch(/301 characters/);
    expect(fulltextProblem('— … ')).toMatch(/needs a letter or a digit/);
  });
});

describe('ISO date-times', () => {
  it('accepts what Neo4j reads and refuses what it cannot', () => {
    for (const ok of [
      '2024-05-01',
      '2024-05-01T10Z',
      '2024-05-01T10:00',
      '2024-05-01T10:00:00.123456789+05:00',
      '2024-02-29T00:00:00+0500',
    ]) {
      expect(isIsoDateTime(ok), ok).toBe(true);
    }
    for (const bad of [
      'yesterday',
      '2024-05-01 10:00',
      '2023-02-29',
      '2024-13-01',
      '2024-05-01T24:00',
      '2024-05-01T10:00:60',
      '2024-05-01T10:00:00.1234567891Z',
      '2024-05-01T10:00+19:00',
    ]) {
      expect(isIsoDateTime(bad), bad).toBe(false);
    }
  });
});

describe('response size estimate', () => {
  const result = (rows: unknown[]) =>
    ({
      records: rows.map((row) => ({ forEach: (visit: (v: unknown) => void) => visit(row) })),
    }) as unknown as QueryResult;

  it('grows with the text and stops counting once over the limit', () => {
    const small = estimateResultBytes(result([{ id: 'a', name: 'b' }]), 1e6);
    const large = estimateResultBytes(result([{ id: 'a', name: 'b'.repeat(1000) }]), 1e6);
    expect(large - small).toBe(999);
    const huge = Array.from({ length: 100_000 }, (_, i) => ({ id: `node-${i}`, parts: [{ id: i }] }));
    expect(estimateResultBytes(result(huge), 10_000)).toBe(Infinity);
  });
});

describe('work gate', () => {
  it('runs operations while their costs fit, the rest in arrival order', async () => {
    const gate = new WorkGate({ capacity: 10, maxWaiting: 10, maxWaitMs: 10_000 });
    const leaveA = await gate.enter(6);
    const order: string[] = [];
    const b = gate.enter(6).then((leave) => (order.push('b'), leave));
    const c = gate.enter(1).then((leave) => (order.push('c'), leave));
    expect(gate.load()).toEqual({ inFlight: 6, waiting: 2 });
    leaveA();
    leaveA(); // giving back twice changes nothing
    (await b)();
    (await c)();
    expect(order).toEqual(['b', 'c']);
    expect(gate.load()).toEqual({ inFlight: 0, waiting: 0 });
  });

  it('refuses with 429 when too many wait or one waits too long', async () => {
    const gate = new WorkGate({ capacity: 1, maxWaiting: 1, maxWaitMs: 50 });
    const leave = await gate.enter(1);
    const waiting = gate.enter(1);
    await expect(gate.enter(1)).rejects.toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
    await expect(waiting).rejects.toMatchObject({
      extensions: { code: 'TOO_MANY_REQUESTS', http: { status: 429 } },
    });
    leave();
    expect(gate.load()).toEqual({ inFlight: 0, waiting: 0 });
  });
});

describe('hardening settings', () => {
  it('have safe defaults and tighter ones in production', () => {
    const dev = loadConfig({});
    expect(dev.graphql).toMatchObject({
      maxCost: 10_000,
      maxCostInFlight: 10_000,
      nestedListDefault: 20,
      nestedListMax: 100,
    });
    expect(dev.graphql.trustedOperations).toBe(false);
    expect(dev.http.corsOrigins).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'production' }).graphql.trustedOperations).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'production', GRAPHQL_TRUSTED_OPERATIONS: 'false' }).graphql.trustedOperations,
    ).toBe(false);
  });

  it('name the variable and the problem when a value is wrong', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' }).http.corsOrigins,
    ).toEqual(['https://a.example.org', 'http://localhost:5173']);
    for (const bad of ['*', 'https://a.example.org/path', 'a.example.org']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS: expected origins such as/);
    }
    // The work in flight can never be smaller than one admissible operation.
    expect(() => loadConfig({ GRAPHQL_MAX_COST: '5000', GRAPHQL_MAX_COST_IN_FLIGHT: '4000' })).toThrow(
      /GRAPHQL_MAX_COST_IN_FLIGHT: expected an integer between 5000/,
    );
    expect(() => loadConfig({ GRAPHQL_NESTED_LIST_MAX: '10', GRAPHQL_NESTED_LIST_DEFAULT: '20' })).toThrow(
      /GRAPHQL_NESTED_LIST_DEFAULT: expected an integer between 1 and 10/,
    );
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT: expected one of json, pretty/);
  });
});
