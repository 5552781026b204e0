import fs from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Driver } from 'neo4j-driver';
import { ensureAuditSchema } from '../server/audit/index.ts';
import { retractSource } from '../server/facts/index.ts';
import { createExtractor } from '../server/ingest/extractors.ts';
import { readDocument } from '../server/ingest/input/read-document.ts';
import { ensureDraftSchema } from '../server/ingest/review/draft-store.ts';
import { graphIngestDeps } from '../server/ingest/review/ingest-deps.ts';
import { ingestService } from '../server/ingest/review/ingest-service.ts';
import type { IngestActor } from '../server/ingest/review/ingest-audit.ts';
import { metric, type Metric } from './metrics.ts';
import { quantile } from './stats.ts';
import { describeProfiles, profilingDriver, type StatementProfile } from './statement-profile.ts';
import type { MetricId } from './metric-ids.ts';

export const INGEST: MetricId[] = [
  ['I1-extract-4kb-warm-p50-ms', 'ms', '<= 1000'],
  ['I2-propose-100-s', 's', '<= 120'],
  ['I3-commit-p50-ms', 'ms', '<= 300'],
];

const repo = path.resolve(import.meta.dirname, '..');
const ACTOR: IngestActor = { sub: 'bench-ingest', roles: ['bench'], address: null };
/** Every id a benchmark commit creates carries it, so the graph is cleaned afterwards. */
const PREFIX = 'bench-ingest-';
const MARK = 'Метка замера приёма';

/** The gold fixture releases (txt) and the seed article: the genre the extractor reads. */
function releases(): string[] {
  const dir = path.join(repo, 'test', 'fixtures', 'ingest');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(dir, f));
  files.push(path.join(repo, 'seed', 'data', 'sources', '000_45e4f8d52d4d9bbc.txt'));
  return files.map((f) => fs.readFileSync(f, 'utf8'));
}

/**
 * The ingestion targets of issue 13 on the bench's graph: extract of a ~4 KB release once warm (I1), propose
 * over 100 releases with a progress bar (I2: read, extract against the graph's gazetteer, store), and the
 * commit of a reviewed draft (I3: every proposal accepted, one transaction each). The drafts and what the
 * commits wrote are deleted afterwards.
 */
export async function ingestBench(driver: Driver, database: string | undefined): Promise<Metric[]> {
  await ensureDraftSchema(driver, database);
  await ensureAuditSchema(driver, database);
  const texts = releases();
  // The commits' statements are counted and timed (their round trips are most of a commit's time).
  const profiled = profilingDriver(driver);
  const deps = { ...graphIngestDeps(profiled.driver, database), idPrefix: PREFIX };
  const service = ingestService(deps);
  const run = Date.now().toString(36);
  const committed: string[] = [];
  try {
    // I1: the seed article is 3.8 KB; the dictionaries load on the first run, which is not counted.
    const extractor = await createExtractor();
    const gazetteer = await deps.gazetteer();
    const article = await readDocument(new TextEncoder().encode(texts[texts.length - 1]!), 'article.txt');
    const input = { text: article.text, publishedAt: '2025-01-20', gazetteer };
    await extractor.extract(input);
    const extract: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      await extractor.extract(input);
      extract.push(performance.now() - t0);
    }

    // I2: 100 distinct texts (a release with its own line), proposed one after another as the CLI does.
    const bar = new SingleBar({
      format: '[bench] propose [{bar}] {value}/{total}',
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    });
    const ids: string[] = [];
    bar.start(100, 0);
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) {
      const text = `${texts[i % texts.length]!.trimEnd()}\n${MARK}: ${run}-${i}.\n`;
      const { draft } = await service.propose(
        { bytes: new TextEncoder().encode(text), fileName: `bench-${i}.txt`, publishedAt: '2025-03-01' },
        ACTOR,
      );
      ids.push(draft.id);
      bar.increment();
    }
    const propose = (performance.now() - t0) / 1000;
    bar.stop();

    // I3: commit 30 of them, each with every proposal accepted.
    const commit: number[] = [];
    const profiles: StatementProfile[] = [];
    profiled.take();
    for (const id of ids.slice(0, 30)) {
      const c0 = performance.now();
      committed.push((await service.commit(id, ACTOR, { acceptPending: true })).sourceId);
      commit.push(performance.now() - c0);
      profiles.push(profiled.take());
    }
    const statements = quantile(
      profiles.map((p) => p.statements),
      0.5,
    );
    console.error(`[bench] commit statements (mean per commit, by query; p50 total ${statements}):`);
    for (const line of describeProfiles(profiles)) console.error(`[bench]   ${line}`);
    return [
      metric(
        'I1-extract-4kb-warm-p50-ms',
        quantile(extract, 0.5),
        'ms',
        '<= 1000',
        `seed article ${(Buffer.byteLength(article.text) / 1024).toFixed(1)} KB, 30 warm runs; max ${Math.max(...extract).toFixed(0)} ms`,
      ),
      metric(
        'I2-propose-100-s',
        propose,
        's',
        '<= 120',
        `${texts.length} releases varied to 100 texts, gazetteer ${gazetteer.length} entries`,
      ),
      metric(
        'I3-commit-p50-ms',
        quantile(commit, 0.5),
        'ms',
        '<= 300',
        `30 drafts, all accepted; p90 ${quantile(commit, 0.9).toFixed(0)} ms; ${statements} statements per commit (p50)`,
      ),
    ];
  } finally {
    // Retracting each committed source takes its evidence out of the graph's facts and deletes what only it
    // supported; then the drafts go.
    const session = driver.session({ database });
    try {
      for (const sourceId of committed) await session.executeWrite((tx) => retractSource(tx, sourceId));
    } finally {
      await session.close();
    }
    await driver.executeQuery(
      'MATCH (d:IngestDraft {createdBy: $actor}) DETACH DELETE d',
      { actor: ACTOR.sub },
      { database },
    );
  }
}
