import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

const FIELDS = 'id name owner sharedWith state mine createdAt updatedAt';
const SAVE = `mutation S($id: ID, $name: String!, $state: String!, $sharedWith: [String!]!) {
  saveInvestigation(id: $id, name: $name, state: $state, sharedWith: $sharedWith) { ${FIELDS} }
}`;
const OPEN = `query O($id: ID!) { investigation(id: $id) { ${FIELDS} } }`;
const LIST = `{ investigations { ${FIELDS} } }`;
const DELETE = `mutation D($id: ID!) { deleteInvestigation(id: $id) }`;

interface Inv {
  id: string;
  name: string;
  owner: string;
  sharedWith: string[];
  state: string;
  mine: boolean;
}

const database = testConnection().database;
const driver = testDriver();
let api: ApiServer;
// Each run's own accounts, so runs never see each other's investigations.
const run = randomUUID().slice(0, 8);
const tokens: Record<string, string> = {};
// Each account's username (the token's subject), by the key of its token.
const subjects: Record<string, string> = {
  owner: `inv-owner-${run}`,
  otherAnalyst: `inv-other-${run}`,
  editor: `inv-editor-${run}`,
  viewer: `inv-viewer-${run}`,
  admin: `inv-admin-${run}`,
};

beforeAll(async () => {
  api = await startApiServer(driver, database);
  tokens.owner = await api.token('analyst', subjects.owner);
  tokens.otherAnalyst = await api.token('analyst', subjects.otherAnalyst);
  tokens.editor = await api.token('editor', subjects.editor);
  tokens.viewer = await api.token('viewer', subjects.viewer);
  tokens.admin = await api.token('admin', subjects.admin);
});
afterAll(async () => {
  await api.close();
});

async function save(token: string, variables: Record<string, unknown>) {
  const { status, body } = await api.gql(SAVE, { token, variables: { sharedWith: [], ...variables } });
  return { status, body, inv: body.data?.saveInvestigation as Inv | undefined };
}
const code = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;
const stored = async (id: string) =>
  (
    await driver.executeQuery('MATCH (i:Investigation {id: $id}) RETURN i.name AS name', { id }, { database })
  ).records.map((r) => r.get('name') as string);

describe('saved investigations', () => {
  it('saves one owned by the caller, and only roles it is shared with may open it', async () => {
    const state = JSON.stringify({
      v: 1,
      link: '?view=explore&focus=person:alenov',
      filters: {},
      rule: null,
    });
    const { inv } = await save(tokens.owner!, { name: 'Каналы СКО', state, sharedWith: ['editor'] });
    expect(inv).toMatchObject({
      name: 'Каналы СКО',
      owner: `inv-owner-${run}`,
      sharedWith: ['editor'],
      state,
      mine: true,
    });

    const asEditor = await api.gql(OPEN, { token: tokens.editor, variables: { id: inv!.id } });
    expect(asEditor.body.data?.investigation).toMatchObject({ id: inv!.id, state, mine: false });
    for (const who of ['viewer', 'otherAnalyst']) {
      const refused = await api.gql(OPEN, { token: tokens[who], variables: { id: inv!.id } });
      expect(code(refused.body)).toBe('NOT_FOUND');
    }
    const listed = async (token: string) =>
      ((await api.gql(LIST, { token })).body.data?.investigations as Inv[]).map((i) => i.id);
    expect(await listed(tokens.owner!)).toContain(inv!.id);
    expect(await listed(tokens.editor!)).toContain(inv!.id);
    expect(await listed(tokens.otherAnalyst!)).not.toContain(inv!.id);
  });

  it('opens one shared with a role to every higher role too', async () => {
    const { inv } = await save(tokens.owner!, { name: 'Аналитикам', state: '{}', sharedWith: ['analyst'] });
    for (const who of ['editor', 'otherAnalyst']) {
      const opened = await api.gql(OPEN, { token: tokens[who], variables: { id: inv!.id } });
      expect(opened.body.data?.investigation).toMatchObject({ id: inv!.id, mine: false });
    }
    const viewer = await api.gql(OPEN, { token: tokens.viewer, variables: { id: inv!.id } });
    expect(code(viewer.body)).toBe('NOT_FOUND');
  });

  it('lets only the owner change or delete it, and refuses bad input without writing', async () => {
    const { inv } = await save(tokens.owner!, { name: 'Первое', state: '{}', sharedWith: ['analyst'] });
    const other = await save(tokens.otherAnalyst!, { id: inv!.id, name: 'Чужое', state: '{}' });
    expect(code(other.body)).toBe('NOT_FOUND');
    expect(await stored(inv!.id)).toEqual(['Первое']);

    const viewer = await save(tokens.viewer!, { name: 'Зритель', state: '{}' });
    expect(code(viewer.body)).toBe('FORBIDDEN');

    for (const bad of [{ name: '   ' }, { name: 'x'.repeat(121) }, { sharedWith: ['boss'] }]) {
      const refused = await save(tokens.owner!, { id: inv!.id, name: 'Второе', state: '{}', ...bad });
      expect(code(refused.body)).toBe('BAD_USER_INPUT');
    }
    expect(await stored(inv!.id)).toEqual(['Первое']);

    const renamed = await save(tokens.owner!, { id: inv!.id, name: 'Второе', state: '{"v":1}' });
    expect(renamed.inv).toMatchObject({ id: inv!.id, name: 'Второе', sharedWith: [] });

    const notOwner = await api.gql(DELETE, { token: tokens.otherAnalyst, variables: { id: inv!.id } });
    expect(code(notOwner.body)).toBe('NOT_FOUND');
    const deleted = await api.gql(DELETE, { token: tokens.owner, variables: { id: inv!.id } });
    expect(deleted.body.data?.deleteInvestigation).toBe(true);
    expect(await stored(inv!.id)).toEqual([]);
  });

  it('audits every save, with its outcome and the nodes it created', async () => {
    const { inv } = await save(tokens.owner!, { name: 'Аудит', state: '{}' });
    const { records } = await driver.executeQuery(
      `MATCH (e:AuditEvent) WHERE e.actor = $actor AND 'saveInvestigation' IN e.rootFields
       RETURN e.outcome AS outcome, e.nodesCreated AS created ORDER BY e.at DESC LIMIT 1`,
      { actor: `inv-owner-${run}` },
      { database },
    );
    expect(inv).toBeDefined();
    expect(records.map((r) => [r.get('outcome'), Number(r.get('created'))])).toEqual([['committed', 1]]);
  });
});

const NOTES = `query N($id: ID!) {
  annotations(where: { aboutIds: { includes: $id } }) { id text }
  annotationsConnection(where: { aboutIds: { includes: $id } }) { aggregate { count { nodes } } }
}`;
const ADD_NOTE = `mutation A($text: String!, $author: String!, $aboutIds: [ID!]!) {
  createAnnotations(input: [{ text: $text, author: $author, aboutIds: $aboutIds }]) { annotations { id } }
}`;

describe('notes of a saved investigation', () => {
  const notesSeenBy = async (who: string, id: string) => {
    const { body } = await api.gql(NOTES, { token: tokens[who], variables: { id } });
    expect(body.errors).toBeUndefined();
    const data = body.data as {
      annotations: { text: string }[];
      annotationsConnection: { aggregate: { count: { nodes: number } } };
    };
    return {
      texts: data.annotations.map((n) => n.text),
      count: data.annotationsConnection.aggregate.count.nodes,
    };
  };
  const addNote = (who: string, aboutIds: string[], text: string) =>
    api.gql(ADD_NOTE, { token: tokens[who], variables: { text, author: subjects[who], aboutIds } });
  const notesStored = async (id: string) =>
    (
      await driver.executeQuery(
        'MATCH (a:Annotation) WHERE $id IN a.aboutIds RETURN a.text AS text ORDER BY text',
        { id },
        { database },
      )
    ).records.map((r) => r.get('text') as string);

  it('are read only by those who may open the investigation: the owner, its shares and admins', async () => {
    const { inv } = await save(tokens.owner!, { name: 'Частное', state: '{}' });
    const added = await addNote('owner', [inv!.id, 'person:alenov'], 'частная заметка');
    expect(added.body.errors).toBeUndefined();

    expect(await notesSeenBy('owner', inv!.id)).toEqual({ texts: ['частная заметка'], count: 1 });
    expect(await notesSeenBy('admin', inv!.id)).toEqual({ texts: ['частная заметка'], count: 1 });
    for (const who of ['viewer', 'otherAnalyst', 'editor'])
      expect(await notesSeenBy(who, inv!.id)).toEqual({ texts: [], count: 0 });

    // Shared with viewers, the same note is everyone's to read; unshared again, it is gone for them.
    await save(tokens.owner!, { id: inv!.id, name: 'Частное', state: '{}', sharedWith: ['viewer'] });
    for (const who of ['viewer', 'otherAnalyst', 'editor'])
      expect(await notesSeenBy(who, inv!.id)).toEqual({ texts: ['частная заметка'], count: 1 });
    await save(tokens.owner!, { id: inv!.id, name: 'Частное', state: '{}', sharedWith: [] });
    expect(await notesSeenBy('viewer', inv!.id)).toEqual({ texts: [], count: 0 });
  });

  it('leave notes about entities alone readable by every viewer', async () => {
    const entityId = `person:note-fixture-${run}`;
    const added = await addNote('otherAnalyst', [entityId], 'заметка о лице');
    expect(added.body.errors).toBeUndefined();
    expect(await notesSeenBy('viewer', entityId)).toEqual({ texts: ['заметка о лице'], count: 1 });
  });

  it('refuse a note on an investigation the author may not open, writing nothing', async () => {
    const { inv } = await save(tokens.owner!, { name: 'Закрытое', state: '{}' });
    const refused = await addNote('otherAnalyst', [inv!.id, 'person:alenov'], 'чужая заметка');
    expect(code(refused.body)).toBe('FORBIDDEN');
    expect(await notesStored(inv!.id)).toEqual([]);

    await save(tokens.owner!, { id: inv!.id, name: 'Закрытое', state: '{}', sharedWith: ['analyst'] });
    const allowed = await addNote('otherAnalyst', [inv!.id, 'person:alenov'], 'общая заметка');
    expect(allowed.body.errors).toBeUndefined();
    expect(await notesStored(inv!.id)).toEqual(['общая заметка']);
  });
});

describe('admins', () => {
  it('open and list any investigation, marked as not theirs', async () => {
    const { inv } = await save(tokens.owner!, { name: 'Для надзора', state: '{}' });
    const opened = await api.gql(OPEN, { token: tokens.admin, variables: { id: inv!.id } });
    expect(opened.body.data?.investigation).toMatchObject({ id: inv!.id, mine: false });
    const listed = ((await api.gql(LIST, { token: tokens.admin })).body.data?.investigations as Inv[]).map(
      (i) => i.id,
    );
    expect(listed).toContain(inv!.id);
  });
});
