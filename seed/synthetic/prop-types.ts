import { INTEGER_PROPERTIES } from '../../vocabulary/index.ts';
import type { PropValue } from './node-factory.ts';

/** A fact's evidence count is a whole number too; the vocabulary's list covers the rest. */
export const INTEGERS: ReadonlySet<string> = new Set([...INTEGER_PROPERTIES, 'evidenceCount']);

export type CsvType = 'string' | 'string[]' | 'int' | 'double' | 'boolean';

/** The Neo4j type of a property, the same for the UNWIND importer and the CSV header. */
export function csvType(name: string, value: PropValue): CsvType {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'number') return INTEGERS.has(name) ? 'int' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}
