import { describe, expect, it } from 'vitest';
import {
  mergeNodesStatement,
  mergeRelationshipsStatement,
  propertyKeys,
} from '../../seed/synthetic/import-statements.ts';
import { withIntegers } from '../../seed/synthetic/prop-types.ts';

describe('synthetic import statements', () => {
  it('MERGEs nodes on id and names each property (no `+=`, so no Eager in the plan)', () => {
    expect(mergeNodesStatement('Person', ['name', 'nameEn'])).toBe(
      'UNWIND $rows AS row\nMERGE (n:Person {id: row.id})\nSET n.name = row.props.name, n.nameEn = row.props.nameEn',
    );
  });

  it('MERGEs relationships between nodes matched by label and id', () => {
    const statement = mergeRelationshipsStatement('HOLDS', 'Person', 'Position', ['since']);
    expect(statement).toContain('MATCH (a:Person {id: row.from})');
    expect(statement).toContain('MATCH (b:Position {id: row.to})');
    expect(statement).toContain('MERGE (a)-[r:HOLDS]->(b)\nSET r.since = row.props.since');
  });

  it('refuses anything outside the vocabulary or a plain property name', () => {
    expect(() => mergeNodesStatement('Person) DETACH DELETE (n' as never, [])).toThrow(/data contract/);
    expect(() => mergeNodesStatement('Person', ['x = 1, n.y'])).toThrow(/property/);
    expect(() => mergeNodesStatement('Person', ['id'])).toThrow(/property/);
  });

  it('collects the keys of a batch and sends integer properties as integers', () => {
    const rows = [
      { id: 'a', props: { name: 'A', year: 2024 } },
      { id: 'b', props: { name: 'B', amountKg: 1.5 } },
    ];
    expect(propertyKeys(rows)).toEqual(['name', 'year', 'amountKg']);
    const [first, second] = withIntegers(rows) as typeof rows;
    expect(String(first!.props.year)).toBe('2024');
    expect(typeof first!.props.year).toBe('object');
    expect(second!.props.amountKg).toBe(1.5);
  });
});
