import { INTEGER_PROPERTIES } from '../../vocabulary/index.ts';
import type { PropValue } from './node-factory.ts';

/** Years of a career (HOLDS) are whole numbers too; the seed's list covers the rest. */
export const INTEGERS: ReadonlySet<string> = new Set([...INTEGER_PROPERTIES, 'since', 'until']);

export type CsvType = 'string' | 'string[]' | 'int' | 'double' | 'boolean';

/** The Neo4j type of a property, the same for the UNWIND importer and the CSV header. */
export function csvType(name: string, value: PropValue): CsvType {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'number') return INTEGERS.has(name) ? 'int' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}
