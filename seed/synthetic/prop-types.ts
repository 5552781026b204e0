import neo4j from 'neo4j-driver';
import { INTEGER_PROPERTIES } from '../vocabulary.ts';
import type { PropValue } from './node-factory.ts';

/** Years of a career (HOLDS) are whole numbers too; the seed's list covers the rest. */
const INTEGERS: ReadonlySet<string> = new Set([...INTEGER_PROPERTIES, 'since', 'until']);

export type CsvType = 'string' | 'string[]' | 'int' | 'double' | 'boolean';

/** The Neo4j type of a property, the same for the UNWIND importer and the CSV header. */
export function csvType(name: string, value: PropValue): CsvType {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'number') return INTEGERS.has(name) ? 'int' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

type Row = { props: Record<string, PropValue> };

/**
 * The driver sends every JS number as FLOAT, so integer properties are wrapped as neo4j Integers: the
 * UNWIND import then stores exactly the types neo4j-admin import stores from the CSV headers.
 */
export function withIntegers(rows: unknown[]): unknown[] {
  return (rows as Row[]).map((row) => {
    let props: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(row.props)) {
      if (typeof value === 'number' && INTEGERS.has(key)) {
        props ??= { ...row.props };
        props[key] = neo4j.int(value);
      }
    }
    return props ? { ...row, props } : row;
  });
}
