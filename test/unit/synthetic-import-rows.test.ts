import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { repoRoot } from '../../server/config.ts';
import { splitCypherStatements } from '../../server/neo4j/apply-constraints.ts';
import { nodeRows, relationshipRows } from '../../seed/synthetic/batch-rows.ts';
import { isUniquenessConstraint } from '../../seed/synthetic/import-schema.ts';
import { nodeRowsStatement, relationshipRowsStatement } from '../../seed/synthetic/import-statements.ts';
import { ID_LABEL, NODE_LABELS } from '../../vocabulary/index.ts';

describe('synthetic import: positional rows and id lookup', () => {
  it('MERGEs nodes from positional rows, with the id label, and returns their internal ids', () => {
    expect(nodeRowsStatement('Person', ['name', 'year'])).toBe(
      `UNWIND $rows AS row\nMERGE (n:Person {id: row[0]})\nSET n:${ID_LABEL}\nSET n.name = row[1], n.year = row[2]\nRETURN collect([row[0], id(n)]) AS ids`,
    );
  });

  it('MERGEs relationships between ends found by internal id, properties from position 2', () => {
    expect(relationshipRowsStatement('HOLDS', ['since', 'until'])).toBe(
      'UNWIND $rows AS row\nMATCH (a) WHERE id(a) = row[0]\nMATCH (b) WHERE id(b) = row[1]\nMERGE (a)-[r:HOLDS]->(b)\nSET r.since = row[2], r.until = row[3]',
    );
    expect(() => relationshipRowsStatement('HOLDS) DELETE (b' as never, [])).toThrow(/data contract/);
    expect(() => relationshipRowsStatement('HOLDS', ['a = 1, r.b'])).toThrow(/property/);
  });

  it('encodes rows in key order, integers as neo4j Integers and a missing key as null', () => {
    const [row] = nodeRows(
      [{ id: 'seizure:syn-1', props: { name: 'S', year: 2024, amountKg: 1.5 } }],
      ['name', 'year', 'amountKg', 'substance'],
    );
    expect(row![0]).toBe('seizure:syn-1');
    expect(row![1]).toBe('S');
    expect(row![2]).toEqual(neo4j.int(2024));
    expect(row!.slice(3)).toEqual([1.5, null]);
  });

  it('maps relationship ends to the internal ids of the node phase and refuses an unknown end', () => {
    const ids = new Map([
      ['person:syn-1', 7],
      ['position:syn-2', 9],
    ]);
    const rel = { from: 'person:syn-1', to: 'position:syn-2', props: { since: 2001 } };
    const [row] = relationshipRows([rel], ['since'], ids);
    expect(row!.map(String)).toEqual(['7', '9', '2001']);
    expect(() => relationshipRows([{ ...rel, to: 'position:syn-3' }], [], ids)).toThrow(/not imported/);
  });

  it('puts the uniqueness constraints before the load (one per label, ids across labels, one Source per text) and defers the 9 indexes', async () => {
    const text = await fs.readFile(path.join(repoRoot, 'cypher', 'constraints.cypher'), 'utf8');
    const statements = splitCypherStatements(text);
    const unique = statements.filter(isUniquenessConstraint);
    expect(unique).toHaveLength(NODE_LABELS.length + 2);
    expect(unique.some((s) => s.includes(`FOR (n:${ID_LABEL}) REQUIRE n.id IS UNIQUE`))).toBe(true);
    expect(unique.some((s) => s.includes('FOR (n:Source) REQUIRE (n.sha256) IS UNIQUE'))).toBe(true);
    const deferred = statements.filter((s) => !isUniquenessConstraint(s));
    expect(deferred).toHaveLength(9);
    expect(deferred.some((s) => s.includes('FULLTEXT INDEX entity_search'))).toBe(true);
    expect(deferred.some((s) => s.includes('FULLTEXT INDEX fact_sources'))).toBe(true);
  });
});
