import fs from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { loadSeed } from '../../seed/load-seed.ts';
import { SeedValidationError } from '../../seed/seed-error.ts';
import { domainDigest } from '../helpers/domain-digest.ts';
import { hostileString } from '../helpers/hostile-strings.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { mutatedSeed } from '../fixtures/seed/mutated-seed.ts';

const driver = testDriver();
const database = testConnection().database;
const FILES = ['article-facts.json', 'bodies.json', 'geography.json', 'references.json'];
const NODE_FIELDS = ['id', 'label', 'name', 'nameEn', 'kind'];
const REL_FIELDS = ['type', 'from', 'to', 'quote', 'id'];

/** One hostile value written into one field of a node or relationship. */
const fieldMutation = fc.record({
  list: fc.constantFrom('nodes', 'relationships'),
  index: fc.nat(),
  field: fc.nat(),
  value: fc.oneof(hostileString, fc.integer(), fc.constant(null), fc.array(hostileString, { maxLength: 3 })),
});

const seedMutation = fc.record({
  file: fc.constantFrom(...FILES),
  fields: fc.array(fieldMutation, { minLength: 1, maxLength: 3 }),
  // Some runs replace the whole file with a hostile string instead of JSON.
  wholeFile: fc.option(hostileString, { freq: 8 }),
});

describe('property: the seed loader with hostile files', () => {
  it('refuses with SeedValidationError (never a Neo4j error) and writes nothing', async () => {
    const before = await domainDigest(driver, database);
    const outcomes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(seedMutation, async ({ file, fields, wholeFile }) => {
        const dir = await mutatedSeed(file, (data) => {
          if (wholeFile !== null) return wholeFile;
          for (const m of fields) {
            const items = (data[m.list] ?? []) as Record<string, unknown>[];
            const names = m.list === 'nodes' ? NODE_FIELDS : REL_FIELDS;
            if (items.length) items[m.index % items.length]![names[m.field % names.length]!] = m.value;
          }
          // A quote off its offsets is always refused, so a run can never write to the shared database.
          const anchor = (data.relationships ?? []).find((r) => typeof r.quote === 'string');
          if (anchor) anchor.start = -1;
          else data.nodes = [{ label: 'Nope' }];
          return data;
        });
        try {
          const error = await loadSeed(driver, { database, dataDir: dir }).then(
            () => undefined,
            (e: unknown) => e,
          );
          const kind = error instanceof Error ? error.name : 'loaded';
          outcomes[kind] = (outcomes[kind] ?? 0) + 1;
          expect(error).not.toBeInstanceOf(Neo4jError);
          expect(error).toBeInstanceOf(SeedValidationError);
          expect(await domainDigest(driver, database)).toEqual(before);
        } finally {
          await fs.rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 40, seed: 45 },
    );
    console.log(
      `[resilience] seed loader × 40 hostile files → ${JSON.stringify(outcomes)}; database unchanged`,
    );
  }, 120_000);
});
