import type { QueryResult } from 'neo4j-driver';

// Rough JSON bytes of one value beyond its own text: quotes, separators, a short key.
const PER_VALUE = 12;

/**
 * Estimates the JSON size of a query result (string lengths plus a little per value) and stops counting
 * as soon as it passes `limit`, so measuring a huge result costs no more than measuring `limit` bytes.
 * Returns the estimate, or `Infinity` once over the limit. An estimate, not the exact byte count: it
 * only has to tell a normal answer from one that would block the event loop while it is serialised.
 */
export function estimateResultBytes(result: QueryResult, limit: number): number {
  let total = 0;
  const stack: unknown[] = [];
  for (const record of result.records) record.forEach((value) => stack.push(value));
  while (stack.length > 0) {
    const value = stack.pop();
    total += PER_VALUE;
    if (typeof value === 'string') total += value.length;
    else if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) stack.push(item);
    if (total > limit) return Infinity;
  }
  return total;
}
