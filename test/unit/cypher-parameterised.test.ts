import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import {
  findCypherRunningStrings,
  findStringBuiltCypher,
  type CypherFinding,
} from '../helpers/find-string-built-cypher.ts';

/** Product code that talks to Neo4j. Tests and benchmarks build labels for isolation and are not scanned. */
const SCANNED = ['server', 'seed', 'scripts'];

/**
 * The only places allowed to splice text into Cypher, each with its reason and the exact number of
 * findings; a new finding in the same file, or an entry that no longer matches anything, fails the test.
 */
const ALLOWED: { file: string; kind: CypherFinding['kind']; count: number; reason: string }[] = [
  {
    file: 'seed/synthetic/import-statements.ts',
    kind: 'template with ${} in Cypher',
    count: 3,
    reason:
      'bulk import: labels and types pass checked() against the vocabulary, property keys match ' +
      '/^[A-Za-z][A-Za-z0-9]*$/, every value is a $parameter (static labels let the planner use the id index)',
  },
  {
    file: 'scripts/generate-constraints.ts',
    kind: 'template with ${} in Cypher',
    count: 5,
    reason:
      'code generator: writes cypher/constraints.cypher from the vocabulary at build time (labels, types and ' +
      'property names are code, never input); the committed file is what runs, checked fresh by a test',
  },
  {
    file: 'scripts/generate-constraints.ts',
    kind: 'join/concat/replace building Cypher',
    count: 1,
    reason: 'the same generator joining its statements into the file',
  },
];

function filesUnder(dir: string, extension: string): string[] {
  return fs
    .readdirSync(path.join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .flatMap((entry) => {
      const file = path.relative(repoRoot, path.join(entry.parentPath, entry.name));
      return entry.isFile() && file.endsWith(extension) && !file.split(path.sep).includes('generated')
        ? [file]
        : [];
    });
}

const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8');

describe('no Cypher built from strings', () => {
  it('in server/, seed/ and scripts/, outside the listed exceptions', () => {
    const files = SCANNED.flatMap((dir) => filesUnder(dir, '.ts'));
    expect(files.length).toBeGreaterThan(50);
    const findings = files.flatMap((file) => findStringBuiltCypher(file, read(file)));
    const unexpected = findings.filter((f) => !ALLOWED.some((a) => a.file === f.file && a.kind === f.kind));
    expect(unexpected).toEqual([]);
    const counts = ALLOWED.map((a) => findings.filter((f) => f.file === a.file && f.kind === a.kind).length);
    expect(counts).toEqual(ALLOWED.map((a) => a.count));
  });

  it('nor inside the database: no .cypher file calls a procedure that runs a string as Cypher', () => {
    const files = filesUnder('cypher', '.cypher');
    expect(files).toContain(path.join('cypher', 'constraints.cypher'));
    expect(files.flatMap((file) => findCypherRunningStrings(file, read(file)))).toEqual([]);
  });
});

describe('the detector', () => {
  // Each line is one way of building a statement from strings; each must be found on its own line.
  const planted = [
    'driver.executeQuery(`MATCH (n:${label}) RETURN n`);',
    "const q = 'MATCH (n) WHERE n.name = \"' + name + '\" RETURN n';",
    "let s = 'MATCH (n)'; s += ' WHERE n.id = ' + id;",
    "const parts = ['MATCH (n)', `WHERE n.id = ${id}`].join(' ');",
    "const t = 'MATCH (n:LABEL) RETURN n'.replace('LABEL', label);",
    'await tx.run(prefix + suffix, {});',
    'const built = `${verb} (n)`; await session.run(built);',
    "await session.run(['MATCH (n)', where].join(' '));",
    "await driver.executeQuery('CALL apoc.cypher.run($q, {})', { q });",
    "const u = 'RETURN 1'.concat(tail);",
  ];
  const source = planted.join('\n');

  it('finds every planted way, each on its line', () => {
    const lines = new Set(findStringBuiltCypher('planted.ts', source).map((f) => f.line));
    expect([...lines].sort((a, b) => a - b)).toEqual(planted.map((_, i) => i + 1));
  });

  it('names what it found', () => {
    const kinds = new Set(findStringBuiltCypher('planted.ts', source).map((f) => f.kind));
    expect([...kinds].sort()).toEqual([
      'Cypher that runs Cypher strings',
      'concatenation into Cypher',
      'dynamic statement passed to run/executeQuery',
      'join/concat/replace building Cypher',
      'template with ${} in Cypher',
    ]);
  });

  it('accepts parameterised statements, constants, loaded queries and ordinary strings', () => {
    const safe = [
      "await driver.executeQuery('MATCH (n {id: $id}) RETURN n', { id });",
      'const Q = /* cypher */ `UNWIND $rows AS row MERGE (n:$(row.label) {id: row.id})`; await tx.run(Q, { rows });',
      "await session.run(loadCypherQuery('expand-neighborhood'), params);",
      'for (const statement of statements) await driver.executeQuery(statement, {});',
      'log(`Applied ${count} schema statements from ${file}.`);',
      "const message = 'Seed loaded: ' + total + ' nodes';",
      "const csv = [header, ...rows].join('\\n');",
    ].join('\n');
    expect(findStringBuiltCypher('safe.ts', safe)).toEqual([]);
  });

  it('finds a procedure that runs strings in a .cypher file', () => {
    const text = "MATCH (n)\nCALL apoc.periodic.iterate('MATCH (x) RETURN x', 'SET x.y = 1', {})\nRETURN 1";
    expect(findCypherRunningStrings('planted.cypher', text).map((f) => f.line)).toEqual([2]);
  });
});
