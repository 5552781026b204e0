import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { recordFact } from '../../server/facts/index.ts';
import { loadDbGazetteer } from '../../server/ingest/gazetteer/db-gazetteer.ts';
import type { IngestDeps } from '../../server/ingest/review/ingest-service.ts';
import { createExtractor } from '../../server/ingest/extractors.ts';

// Ingestion tests share the run's database with files that compare digests of the domain graph, so they
// never link to seed nodes: each run builds its own small graph (ids `kind:test-<run>-…`, which the digest
// leaves out), links only to it, and commits with the `test-` id prefix.

export const FIXTURE_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'ingest-pipeline');

/** A fixture release with a line naming the run, so each run's text (and sha256) is its own. */
export function fixtureText(name: string, run: string): string {
  const text = fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
  return `${text.trimEnd()}\nМетка прогона тестов: ${run}.\n`;
}

export interface IngestFixtureGraph {
  run: string;
  ids: { region: string; agency: string; position: string; holder: string; astana: string; ref: string };
  deps: IngestDeps;
  /**
   * A digest of everything this run owns: its nodes (the fixture graph and whatever its commits created),
   * their relationships, its drafts, and the Sources of its texts. Other files' writes never change it.
   */
  digest(): Promise<string>;
  drop(): Promise<void>;
}

/**
 * North Kazakhstan's police department, its deputy head's post (held by an invented person since 2024),
 * the region and Astana, as this run's own nodes; POSITION_IN cited by a reference Source, so a commit can
 * add evidence to it. `deps` links only to these nodes.
 */
export async function createIngestFixtureGraph(
  driver: Driver,
  database: string | undefined,
): Promise<IngestFixtureGraph> {
  const run = randomUUID().slice(0, 8);
  const id = (kind: string, name: string) => `${kind}:test-${run}-${name}`;
  const ids = {
    region: id('region', 'sko'),
    agency: id('agency', 'dp-sko'),
    position: id('position', 'dp-sko-deputy-head'),
    holder: id('person', 'holder'),
    astana: id('city', 'astana'),
    ref: id('source', 'ref'),
  };
  await driver.executeQuery(
    `CREATE (:Entity:Region {id: $ids.region, name: 'Северо-Казахстанская область', aliases: ['СКО']})
     CREATE (:Entity:Agency {id: $ids.agency, name: 'Департамент полиции Северо-Казахстанской области', aliases: ['ДП СКО']})
     CREATE (:Entity:Position {id: $ids.position, name: 'Заместитель начальника ДП СКО', aliases: []})
     CREATE (:Entity:Person {id: $ids.holder, name: 'Тестовый Держатель', aliases: []})
     CREATE (:Entity:City {id: $ids.astana, name: 'Астана', aliases: ['Нур-Султан']})
     CREATE (:Entity:Source {id: $ids.ref, kind: 'reference', name: 'Тестовый справочник', text: 'Тестовый справочник (фикстура).', sha256: $ids.ref})`,
    { ids },
    { database },
  );
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      const reviewer = { sub: 'test-fixture' };
      const cite = { sourceId: ids.ref, inferred: true, basis: 'test fixture graph' };
      await recordFact(tx, reviewer, {
        type: 'JURISDICTION',
        from: ids.agency,
        to: ids.region,
        evidence: cite,
      });
      await recordFact(tx, reviewer, {
        type: 'POSITION_IN',
        from: ids.position,
        to: ids.agency,
        evidence: cite,
      });
      await recordFact(tx, reviewer, {
        type: 'HOLDS',
        from: ids.holder,
        to: ids.position,
        validFrom: '2024-01',
        evidence: cite,
      });
    });
  } finally {
    await session.close();
  }
  const deps: IngestDeps = {
    driver,
    database,
    extractor: () => createExtractor('rules-ru'),
    gazetteer: async () =>
      (await loadDbGazetteer(driver, database)).filter((entry) => entry.id.includes(`:test-${run}-`)),
    idPrefix: `test-${run}-`,
  };
  return {
    run,
    ids,
    deps,
    async digest() {
      const { records } = await driver.executeQuery(
        `MATCH (n) WHERE n.id CONTAINS $marker OR (n:IngestDraft AND n.createdBy CONTAINS $marker)
            OR (n:Source AND n.text CONTAINS $mark)
         OPTIONAL MATCH (n)-[r]-(m)
         WITH n, collect(apoc.convert.toJson({type: type(r), props: properties(r), other: m.id})) AS rels
         RETURN apoc.convert.toJson({labels: apoc.coll.sort(labels(n)), props: properties(n), rels: apoc.coll.sort(rels)}) AS row`,
        { marker: `test-${run}-`, mark: `Метка прогона тестов: ${run}` },
        { database },
      );
      return createHash('sha256')
        .update(
          records
            .map((r) => String(r.get('row')))
            .sort()
            .join('\n'),
        )
        .digest('hex');
    },
    async drop() {
      await driver.executeQuery(
        `MATCH (n) WHERE n.id CONTAINS $marker OR (n:IngestDraft AND n.createdBy CONTAINS $marker)
            OR (n:Source AND n.text CONTAINS $mark)
         DETACH DELETE n`,
        { marker: `test-${run}-`, mark: `Метка прогона тестов: ${run}` },
        { database },
      );
    },
  };
}
