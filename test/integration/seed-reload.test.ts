import fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../seed/build-graph.ts';
import { countGraph } from '../../seed/count-graph.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { DEFAULT_DATA_DIR } from '../../seed/read-seed-files.ts';
import { SeedValidationError } from '../../seed/seed-error.ts';
import { validateSeed } from '../../seed/validate-seed.ts';
import { testConnection, testDriver, uniqueLabel } from '../helpers/neo4j.ts';
import { mutatedSeed } from '../fixtures/seed/mutated-seed.ts';

const driver = testDriver();
const database = testConnection().database;
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

async function seedCounts() {
  return countGraph(driver, buildGraph(await validateSeed(DEFAULT_DATA_DIR)), database);
}

describe('seed: loading', () => {
  it('re-running the seed creates nothing and leaves the counts unchanged', async () => {
    const before = await seedCounts();
    const summary = await loadSeed(driver, { database });
    expect(summary.created).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, labelsAdded: 0 });
    expect({ nodes: summary.nodes, relationships: summary.relationships }).toEqual(before);
    expect(await seedCounts()).toEqual(before);
  });

  it('a broken seed file is rejected with file, path and reason, and nothing is loaded', async () => {
    // The broken copy also adds a valid new node with an id no one else uses: it must not appear.
    const marker = `person:${uniqueLabel('broken').toLowerCase().replaceAll('_', '-')}`;
    const dir = await mutatedSeed('article-facts.json', (data) => {
      data.nodes.push({ id: marker, label: 'Person', name: 'Бауыржан Аленов', nameEn: 'Marker' });
      data.mentions.push({ ...data.mentions.find((m) => m.node === 'person:alenov'), node: marker });
      const index = data.relationships.findIndex((r) => r.type === 'DESTINED_FOR');
      data.relationships[index] = {
        ...data.relationships[index],
        end: Number(data.relationships[index]?.end) + 1,
      };
      return data;
    });
    dirs.push(dir);
    const before = await seedCounts();
    const error = await loadSeed(driver, { database, dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(/nothing was loaded/);
    expect((error as Error).message).toMatch(
      /article-facts\.json at relationships\[\d+\]\.quote: text at \[\d+, \d+\) is /,
    );
    const marked = await driver.executeQuery(
      'MATCH (n:Person {id: $id}) RETURN count(n) AS n',
      { id: marker },
      { database },
    );
    expect(Number(marked.records[0]?.get('n'))).toBe(0);
    expect(await seedCounts()).toEqual(before);
  });
});
