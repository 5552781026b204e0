import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractPool, type ExtractPool } from '../../server/ingest/review/extract-pool.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';
import { createIngestFixtureGraph, fixtureText, type IngestFixtureGraph } from './ingest-fixture-graph.ts';

// Extraction in worker threads behind POST /ingest/documents: the app's own pool proposes a release end to
// end (the gazetteer reaches the threads: the draft links to this run's nodes), and a thread that hangs,
// dies or throws, or a full queue, is a coded error with nothing written, after which the pool still works.

const database = testConnection().database;
const driver = testDriver();
let fx: IngestFixtureGraph;

beforeAll(async () => {
  fx = await createIngestFixtureGraph(driver, database);
});
afterAll(async () => {
  await fx?.drop();
});

async function propose(api: ApiServer, token: string, text: string) {
  return answerOf(
    await fetch(`${api.url}/ingest/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text, publishedAt: '2025-03-04' }),
    }),
  );
}

async function upload(api: ApiServer, token: string, bytes: Uint8Array, fileName: string) {
  return answerOf(
    await fetch(`${api.url}/ingest/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(fileName),
      },
      body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    }),
  );
}

async function answerOf(response: Response) {
  const body = (await response.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  return { status: response.status, body, retryAfter: response.headers.get('retry-after') };
}

const codeOf = (answer: { body: Record<string, any> }) => answer.body.errors?.[0]?.extensions?.code; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('extraction in the app’s worker pool', () => {
  let api: ApiServer;
  let token: string;
  beforeAll(async () => {
    // No extractor given: the app extracts in its pool, with this run's gazetteer and id prefix.
    api = await startApiServer(
      driver,
      database,
      { ingest: { extractWorkers: 1, extractQueue: 4, extractTimeoutMs: 600_000 } },
      { ingest: { gazetteer: fx.deps.gazetteer, idPrefix: fx.deps.idPrefix } },
    );
    token = await api.token('analyst', `test-${fx.run}-pool-analyst`);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('proposes a release and links it to the graph’s nodes', async () => {
    for (const [i, name] of ['appointment-petropavlovsk.txt', 'appointment-rudny.txt'].entries()) {
      const answer = await propose(api, token, fixtureText(name, `${fx.run}-pool-${i}`));
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      const { id } = answer.body.draft as { id: string };
      const { records } = await driver.executeQuery(
        'MATCH (d:IngestDraft {id: $id}) RETURN d.draft AS draft',
        { id },
        { database },
      );
      const draft = JSON.parse(String(records[0]?.get('draft'))) as {
        extractor: { name: string };
        entities: { existingId: string | null }[];
      };
      expect(draft.extractor.name).toBe('rules-ru');
      expect(draft.entities.length).toBeGreaterThan(3);
      // The Petropavlovsk release names North Kazakhstan's department, which this run's graph holds.
      const linked = draft.entities.map((entity) => entity.existingId);
      if (i === 0) expect(linked).toContain(fx.ids.agency);
    }
  });

  it('reads an uploaded file in a thread: an HTML page becomes its article’s text, a corrupt PDF is a 400', async () => {
    const article = fixtureText('appointment-rudny.txt', `${fx.run}-pool-html`);
    const page = `<!doctype html><html lang="ru"><head><title>Тестовая страница</title></head><body><nav>Главная · Новости · Контакты</nav><article>${article
      .split('\n')
      .filter(Boolean)
      .map((line) => `<p>${line}</p>`)
      .join('')}</article></body></html>`;
    const read = await upload(api, token, new TextEncoder().encode(page), 'release.html');
    expect(read.status, JSON.stringify(read.body)).toBe(201);
    const { records } = await driver.executeQuery(
      'MATCH (d:IngestDraft {id: $id}) RETURN d.draft AS draft',
      { id: (read.body.draft as { id: string }).id },
      { database },
    );
    const stored = JSON.parse(String(records[0]?.get('draft'))) as { source: { text: string } };
    expect(stored.source.text).toContain(`Метка прогона тестов: ${fx.run}-pool-html.`);
    expect(stored.source.text).not.toContain('Контакты');

    const before = await fx.digest();
    const corrupt = await upload(
      api,
      token,
      new TextEncoder().encode('%PDF-1.7 not really a pdf'),
      'broken.pdf',
    );
    expect(corrupt.status).toBe(400);
    expect(JSON.stringify(corrupt.body)).toMatch(/CORRUPT_PDF/);
    expect(await fx.digest()).toBe(before);
  });
});

describe('a worker that hangs, dies or throws', () => {
  let pool: ExtractPool;
  let api: ApiServer;
  let token: string;
  const text = (what: string, n: number) =>
    `Тестовая фикстура, не настоящий релиз. ТЕСТ: ${what}. Метка прогона тестов: ${fx.run}-${what}-${n}.`;
  beforeAll(async () => {
    // Generous: a fresh thread (tsx loading the test worker) must start well inside it on a busy machine.
    pool = createExtractPool({
      workers: 1,
      extractQueue: 1,
      extractTimeoutMs: 40_000,
      workerUrl: new URL('./ingest-test-worker.ts', import.meta.url),
    });
    api = await startApiServer(
      driver,
      database,
      {},
      { ingest: { ...fx.deps, extractor: async () => pool.extractor, readDocument: pool.readDocument } },
    );
    token = await api.token('analyst', `test-${fx.run}-worker-analyst`);
  });
  afterAll(async () => {
    await api?.close();
    await pool?.close();
  });

  it('a dead thread is a 500 with nothing written, and the next document is extracted', async () => {
    const before = await fx.digest();
    const died = await propose(api, token, text('УПАСТЬ', 1));
    expect(died.status).toBe(500);
    expect(codeOf(died)).toBe('INTERNAL_SERVER_ERROR');
    expect(died.body.errors[0].message).toMatch(/extraction stopped unexpectedly; nothing was stored/);
    expect(await fx.digest()).toBe(before);
    const next = await propose(api, token, text('ДАЛЬШЕ', 1));
    expect(next.status, JSON.stringify(next.body)).toBe(201);
  });

  it('an error thrown in the thread keeps its code', async () => {
    const before = await fx.digest();
    const refused = await propose(api, token, text('ОШИБКА', 1));
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.body.errors[0].message).toBe('the test worker refuses this text');
    expect(await fx.digest()).toBe(before);
  });

  it('a hanging thread is stopped with 408 TIMEOUT, a full queue is 429, nothing is written', async () => {
    const before = await fx.digest();
    // One runs, one waits, the rest find the queue full.
    const answers = await Promise.all([1, 2, 3, 4].map((n) => propose(api, token, text('ЗАВИСНУТЬ', n))));
    const codes = answers.map(codeOf).sort();
    expect(codes.filter((code) => code === 'TIMEOUT').length).toBeGreaterThanOrEqual(1);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(1);
    expect(codes.every((code) => code === 'TIMEOUT' || code === 'TOO_MANY_REQUESTS')).toBe(true);
    const full = answers.find((answer) => codeOf(answer) === 'TOO_MANY_REQUESTS')!;
    expect(full.status).toBe(429);
    expect(full.retryAfter).toBe('60');
    const stopped = answers.find((answer) => codeOf(answer) === 'TIMEOUT')!;
    expect(stopped.status).toBe(408);
    expect(stopped.body.errors[0].message).toMatch(/took over 40 s and was stopped; nothing was stored/);
    expect(await fx.digest()).toBe(before);
    const next = await propose(api, token, text('ДАЛЬШЕ', 2));
    expect(next.status, JSON.stringify(next.body)).toBe(201);
  }, 180_000);

  it('a file whose reading hangs is stopped with 408 TIMEOUT in its thread, nothing is written', async () => {
    const before = await fx.digest();
    const stopped = await upload(api, token, new TextEncoder().encode(text('ЧТЕНИЕ', 1)), 'зависнуть.txt');
    expect(stopped.status, JSON.stringify(stopped.body)).toBe(408);
    expect(codeOf(stopped)).toBe('TIMEOUT');
    expect(stopped.body.errors[0].message).toMatch(/^Reading the document took over 40 s and was stopped/);
    expect(await fx.digest()).toBe(before);
    const next = await upload(api, token, new TextEncoder().encode(text('ЧТЕНИЕ', 2)), 'next.txt');
    expect(next.status, JSON.stringify(next.body)).toBe(201);
  }, 180_000);
});
