import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';
import { createIngestFixtureGraph, fixtureText, type IngestFixtureGraph } from './ingest-fixture-graph.ts';

// The /ingest HTTP API on the real app: roles (an analyst proposes and reviews, an editor commits), the
// shared error body and codes, bad documents refused with nothing written, conflicts in the review, and
// drafts kept out of GraphQL.

const database = testConnection().database;
const driver = testDriver();
let fx: IngestFixtureGraph;
let api: ApiServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  fx = await createIngestFixtureGraph(driver, database);
  api = await startApiServer(driver, database, {}, { ingest: fx.deps });
  for (const role of ['viewer', 'analyst', 'editor'] as const)
    tokens[role] = await api.token(role, `test-${fx.run}-${role}`);
});
afterAll(async () => {
  await api?.close();
  await fx?.drop();
});

interface Answer {
  status: number;
  body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

async function call(
  method: string,
  path: string,
  options: { token?: string; json?: unknown; bytes?: Uint8Array; fileName?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.bytes) {
    headers['content-type'] = 'application/octet-stream';
    if (options.fileName) headers['x-file-name'] = encodeURIComponent(options.fileName);
    body = new Blob([options.bytes as Uint8Array<ArrayBuffer>]);
  }
  const response = await fetch(`${api.url}${path}`, { method, headers, body });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const messageOf = (answer: Answer) => String(answer.body.errors?.[0]?.message);

describe('/ingest', () => {
  it('needs a token, and the analyst role to propose', async () => {
    const text = fixtureText('appointment-petropavlovsk.txt', `${fx.run}-roles`);
    const anonymous = await call('POST', '/ingest/documents', { json: { text } });
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const viewer = await call('POST', '/ingest/documents', { token: tokens.viewer, json: { text } });
    expect(viewer.status).toBe(403);
    expect(codeOf(viewer)).toBe('FORBIDDEN');
    expect(messageOf(viewer)).toContain('analyst');
    expect((await call('GET', '/ingest/drafts', { token: tokens.viewer })).status).toBe(403);
  });

  it('proposes pasted text, shows its conflicts, and commits it for an editor only', async () => {
    const text = fixtureText('appointment-petropavlovsk.txt', `${fx.run}-paste`);
    const proposed = await call('POST', '/ingest/documents', {
      token: tokens.analyst,
      json: { text, title: 'Тестовый релиз', publishedAt: '2025-03-04' },
    });
    expect(proposed.status).toBe(201);
    const id = proposed.body.draft.id as string;
    expect(proposed.body.draft).toMatchObject({
      status: 'pending',
      title: 'Тестовый релиз',
      publishedAt: '2025-03-04',
    });

    const listed = await call('GET', '/ingest/drafts', { token: tokens.analyst });
    expect(listed.body.drafts.map((d: { id: string }) => d.id)).toContain(id);

    const read = await call('GET', `/ingest/drafts/${encodeURIComponent(id)}`, { token: tokens.analyst });
    expect(read.status).toBe(200);
    const { draft } = read.body.draft;
    expect(draft.source.text).toContain(`${fx.run}-paste`);
    const holds = draft.relationships.findIndex(
      (r: { type: string; properties: { current?: boolean } }) =>
        r.type === 'HOLDS' && r.properties.current === true,
    );
    // The graph says the fixture's holder has held the post since 2024: a conflict on the HOLDS.
    expect(read.body.conflicts).toContainEqual(
      expect.objectContaining({
        kind: 'post-held',
        index: holds,
        id: fx.ids.holder,
        name: 'Тестовый Держатель',
      }),
    );
    // The post's POSITION_IN the fixture graph already holds (the release may name other posts too).
    const entities = draft.entities as { ref: string; existingId: string | null }[];
    const positionIn = draft.relationships.findIndex(
      (r: { type: string; from: string }) =>
        r.type === 'POSITION_IN' && entities.find((e) => e.ref === r.from)?.existingId === fx.ids.position,
    );
    expect(positionIn).toBeGreaterThanOrEqual(0);
    expect(read.body.conflicts).toContainEqual(
      expect.objectContaining({ kind: 'fact-exists', index: positionIn, evidenceCount: 1 }),
    );

    const unknownRef = await call('PUT', `/ingest/drafts/${id}/decisions`, {
      token: tokens.analyst,
      json: { entities: { zz9: { verdict: 'accepted' } } },
    });
    expect(unknownRef.status).toBe(400);
    expect(codeOf(unknownRef)).toBe('BAD_USER_INPUT');
    expect(messageOf(unknownRef)).toMatch(/^decisions\.entities\.zz9: /);
    // An edited quote span outside the text is refused with its place, and nothing is saved.
    const outside = await call('PUT', `/ingest/drafts/${id}/decisions`, {
      token: tokens.analyst,
      json: { relationships: { [positionIn]: { verdict: 'accepted', start: 0, end: 10_000_000 } } },
    });
    expect(outside.status).toBe(400);
    expect(codeOf(outside)).toBe('BAD_USER_INPUT');
    expect(messageOf(outside)).toBe(
      `decisions.relationships.${positionIn}: [0, 10000000) is not a span of the text (length ${draft.source.text.length})`,
    );
    const unchanged = await call('GET', `/ingest/drafts/${encodeURIComponent(id)}`, {
      token: tokens.analyst,
    });
    expect(unchanged.body.draft.decisions.relationships[positionIn]).toBeUndefined();

    const analystCommit = await call('POST', `/ingest/drafts/${id}/commit`, {
      token: tokens.analyst,
      json: { acceptPending: true },
    });
    expect(analystCommit.status).toBe(403);
    const committed = await call('POST', `/ingest/drafts/${id}/commit`, {
      token: tokens.editor,
      json: { acceptPending: true },
    });
    expect(committed.status).toBe(200);
    expect(committed.body.commit.sourceId).toMatch(/^source:test-/);
    const documents = await call('GET', '/ingest/documents', { token: tokens.analyst });
    expect(documents.body.documents).toContainEqual(
      expect.objectContaining({
        id: committed.body.commit.sourceId,
        drafts: [id],
        addedBy: `test-${fx.run}-editor`,
      }),
    );
    const again = await call('POST', `/ingest/drafts/${id}/commit`, { token: tokens.editor, json: {} });
    expect(again.status).toBe(409);
    expect(codeOf(again)).toBe('CONSTRAINT_VIOLATION');
  });

  it('uploads a file as raw bytes, and discards its draft', async () => {
    const bytes = new TextEncoder().encode(fixtureText('appointment-petropavlovsk.txt', `${fx.run}-upload`));
    const uploaded = await call('POST', '/ingest/documents', {
      token: tokens.analyst,
      bytes,
      fileName: 'релиз.txt',
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.draft.fileName).toBe('релиз.txt');
    const same = await call('POST', '/ingest/documents', {
      token: tokens.analyst,
      bytes,
      fileName: 'copy.txt',
    });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ reused: true, draft: { id: uploaded.body.draft.id } });
    const discarded = await call('DELETE', `/ingest/drafts/${uploaded.body.draft.id}`, {
      token: tokens.analyst,
    });
    expect(discarded.body.draft.status).toBe('discarded');
    const commit = await call('POST', `/ingest/drafts/${uploaded.body.draft.id}/commit`, {
      token: tokens.editor,
      json: {},
    });
    expect(commit.status).toBe(409);
    expect((await call('GET', '/ingest/drafts/draft:nope', { token: tokens.analyst })).status).toBe(404);
  });

  const BAD: [string, { json?: unknown; bytes?: Uint8Array; fileName?: string }, number, RegExp][] = [
    [
      'an empty file',
      { bytes: new Uint8Array(0), fileName: 'empty.txt' },
      400,
      /EMPTY_DOCUMENT: empty\.txt: the file is empty/,
    ],
    [
      'a binary file',
      { bytes: new Uint8Array([0x4d, 0x5a, 0, 0, 1, 2, 3, 0, 0xff, 0xfe]), fileName: 'tool.txt' },
      400,
      /BINARY_CONTENT/,
    ],
    [
      'text over 1 MB',
      { json: { text: 'Тестовый текст о полиции и наркотиках. '.repeat(20_000) } },
      413,
      /TOO_LARGE: .*over 1\.0 MB/,
    ],
    [
      'an upload over 4 MB',
      { bytes: new Uint8Array(5 * 1024 * 1024).fill(0x41), fileName: 'huge.txt' },
      413,
      /too large/,
    ],
    [
      'a corrupt PDF',
      { bytes: new TextEncoder().encode('%PDF-1.7 not really a pdf'), fileName: 'broken.pdf' },
      400,
      /CORRUPT_PDF/,
    ],
    [
      'a corrupt DOCX',
      { bytes: new TextEncoder().encode('PK not a zip'), fileName: 'broken.docx' },
      400,
      /CORRUPT_DOCX/,
    ],
    [
      'a .doc file',
      { bytes: new TextEncoder().encode('Текст'), fileName: 'old.doc' },
      400,
      /UNSUPPORTED_FORMAT: .*save it as \.docx/,
    ],
    [
      'Kazakh text',
      {
        json: {
          text: 'Тест: Солтүстік Қазақстан облысы полиция департаментінің қызметкерлері есірткі тасымалдау арнасының жолын кесті. Қылмыстық іс қозғалды.',
        },
      },
      400,
      /NOT_RUSSIAN: .*not in Russian/,
    ],
    [
      'English text',
      {
        json: {
          text: 'Test fixture: the police department of North Kazakhstan region seized drugs and closed a supply channel this week.',
        },
      },
      400,
      /NOT_RUSSIAN/,
    ],
    ['a file without its name', { bytes: new TextEncoder().encode('Текст') }, 400, /X-File-Name/],
    ['a malformed date', { json: { text: 'Текст', publishedAt: '04.03.2025' } }, 400, /publishedAt/],
  ];

  it.each(BAD)('refuses %s with a code and a message, writing nothing', async (_, input, status, message) => {
    const before = await fx.digest();
    const answer = await call('POST', '/ingest/documents', { token: tokens.analyst, ...input });
    expect(answer.status).toBe(status);
    expect(codeOf(answer)).toBe(status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT');
    expect(messageOf(answer)).toMatch(message);
    expect(answer.body.errors[0].extensions.requestId).toBeTruthy();
    expect(await fx.digest()).toEqual(before);
  });

  it('keeps drafts out of GraphQL: no type, and search never finds one', async () => {
    const text = fixtureText('appointment-petropavlovsk.txt', `${fx.run}-hidden`);
    const proposed = await call('POST', '/ingest/documents', {
      token: tokens.analyst,
      json: { text, title: `Черновик ${fx.run}` },
    });
    expect(proposed.status).toBe(201);
    const { body } = await api.gql(
      `query Hidden($text: String!) { __type(name: "IngestDraft") { name } search(text: $text) { id label } }`,
      { token: tokens.editor, variables: { text: `Черновик ${fx.run}` } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.__type).toBeNull();
    expect(body.data!.search).toEqual([]);
  });
});
