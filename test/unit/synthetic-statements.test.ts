import { describe, expect, it } from 'vitest';
import { nodeRowsStatement, propertyKeys } from '../../seed/synthetic/import-statements.ts';

describe('synthetic import statements', () => {
  it('names each property (no `+=`, so no Eager in the plan)', () => {
    expect(nodeRowsStatement('Person', ['name', 'nameEn'])).toContain(
      'SET n.name = row[1], n.nameEn = row[2]',
    );
  });

  it('refuses anything outside the vocabulary or a plain property name', () => {
    expect(() => nodeRowsStatement('Person) DETACH DELETE (n' as never, [])).toThrow(/data contract/);
    expect(() => nodeRowsStatement('Person', ['x = 1, n.y'])).toThrow(/property/);
    expect(() => nodeRowsStatement('Person', ['id'])).toThrow(/property/);
  });

  it('collects the keys of a batch in first-seen order', () => {
    const rows = [
      { id: 'a', props: { name: 'A', year: 2024 } },
      { id: 'b', props: { name: 'B', amountKg: 1.5 } },
    ];
    expect(propertyKeys(rows)).toEqual(['name', 'year', 'amountKg']);
  });
});
