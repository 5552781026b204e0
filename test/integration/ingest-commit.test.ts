import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEvidence } from '../../server/facts/index.ts';
import { loadCypherQuery } from '../../server/graphql/load-cypher-query.ts';
import type { Draft } from '../../server/ingest/draft.ts';
import { DocumentInputError } from '../../server/ingest/input/document-input-error.ts';
import { createDraft, ensureDraftSchema } from '../../server/ingest/review/draft-store.ts';
import { ingestService, type IngestService } from '../../server/ingest/review/ingest-service.ts';
import { ensureAuditSchema } from '../../server/audit/index.ts';
import { domainDigest } from '../helpers/domain-digest.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { createIngestFixtureGraph, fixtureText, type IngestFixtureGraph } from './ingest-fixture-graph.ts';

// Propose → review → commit on the real Neo4j, through the service the CLI and the HTTP API share.

const database = testConnection().database;
const driver = testDriver();
let fx: IngestFixtureGraph;
let service: IngestService;
let analyst: { sub: string; roles: string[]; address: null };
let editor: { sub: string; roles: string[]; address: null };
const FIXTURE = 'appointment-petropavlovsk.txt';

beforeAll(async () => {
  await ensureDraftSchema(driver, database);
  await ensureAuditSchema(driver, database);
  fx = await createIngestFixtureGraph(driver, database);
  service = ingestService(fx.deps);
  analyst = { sub: `test-${fx.run}-analyst`, roles: ['viewer', 'analyst'], address: null };
  editor = { sub: `test-${fx.run}-editor`, roles: ['viewer', 'analyst', 'editor'], address: null };
});
afterAll(async () => fx?.drop());

const bytes = (text: string) => new TextEncoder().encode(text);
const one = async (query: string, params: Record<string, unknown>) =>
  (await driver.executeQuery(query, params, { database })).records[0];

/** Each proposal decided: the listed refs and indexes rejected, everything else accepted. */
function decideAll(draft: Draft, reject: { entities?: string[]; relationships?: number[] } = {}) {
  return {
    entities: Object.fromEntries(
      draft.entities.map((e) => [
        e.ref,
        { verdict: reject.entities?.includes(e.ref) ? 'rejected' : 'accepted' },
      ]),
    ),
    relationships: Object.fromEntries(
      draft.relationships.map((_, i) => [
        i,
        { verdict: reject.relationships?.includes(i) ? 'rejected' : 'accepted' },
      ]),
    ),
  };
}

describe('ingestion: propose, review, commit', () => {
  it('stores a draft beside the graph, and the same text again returns it', async () => {
    const before = await domainDigest(driver, database);
    const text = fixtureText(FIXTURE, `${fx.run}-store`);
    const first = await service.propose({ bytes: bytes(text), fileName: 'release.txt' }, analyst);
    expect(first.reused).toBe(false);
    expect(first.draft.status).toBe('pending');
    expect(first.draft.createdBy).toBe(analyst.sub);
    expect(first.draft.draft.source.text).toContain(`Метка прогона тестов: ${fx.run}-store.`);
    const person = first.draft.draft.entities.find((e) => e.label === 'Person')!;
    expect(person.name).toBe('Ерболат Жумабаев');
    // Linked to this run's own nodes only.
    const position = first.draft.draft.entities.find((e) => e.existingId === fx.ids.position);
    expect(position?.label).toBe('Position');
    const again = await service.propose({ bytes: bytes(text), fileName: 'again.txt' }, analyst);
    expect(again).toMatchObject({ reused: true, draft: { id: first.draft.id } });
    const node = await one('MATCH (d:IngestDraft {id: $id}) RETURN labels(d) AS labels, d.draft AS json', {
      id: first.draft.id,
    });
    expect(node!.get('labels')).toEqual(['IngestDraft']);
    expect(JSON.parse(node!.get('json'))).toEqual(first.draft.draft);
    const audit = await one(
      `MATCH (a:AuditEvent {actor: $actor, operationName: 'ingest.propose'}) RETURN count(a) AS n, collect(a.createdIds) AS ids`,
      { actor: analyst.sub },
    );
    expect(audit!.get('ids')).toContainEqual([first.draft.id]);
    // Nothing of the domain graph changed: a draft is not data yet.
    expect(await domainDigest(driver, database)).toEqual(before);
  });

  it('refuses a commit while proposals are undecided, writing nothing', async () => {
    const text = fixtureText(FIXTURE, `${fx.run}-undecided`);
    const { draft } = await service.propose({ bytes: bytes(text), fileName: 'release.txt' }, analyst);
    const before = await fx.digest();
    await expect(service.commit(draft.id, editor)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/^decisions: \d+ proposals are still undecided/),
    });
    expect(await fx.digest()).toEqual(before);
    const failed = await one(
      `MATCH (a:AuditEvent {actor: $actor, operationName: 'ingest.commit', outcome: 'failed'}) RETURN a.code AS code`,
      { actor: editor.sub },
    );
    expect(failed!.get('code')).toBe('BAD_USER_INPUT');
    expect((await service.read(draft.id)).status).toBe('pending');
  });

  it('commits the reviewed draft in one transaction: source, nodes, mentions, facts and evidence, audit', async () => {
    const text = fixtureText(FIXTURE, `${fx.run}-commit`);
    const { draft: stored } = await service.propose(
      { bytes: bytes(text), fileName: 'release.txt', publishedAt: '2025-03-04' },
      analyst,
    );
    const { draft } = stored;
    const person = draft.entities.find((e) => e.label === 'Person')!;
    const generic = draft.entities.find((e) => e.name === 'Заместитель начальника');
    const seizureFact = draft.relationships.findIndex((r) => r.type === 'SEIZED');
    expect(seizureFact).toBeGreaterThanOrEqual(0);
    const decisions = decideAll(draft, {
      entities: generic ? [generic.ref] : [],
      relationships: [seizureFact],
    });
    // An edit: the person's name as the reviewer corrects it.
    decisions.entities[person.ref] = { verdict: 'accepted', name: 'Ерболат Жумабаевич Жумабаев' } as never;
    await service.decide(stored.id, decisions, analyst);
    const result = await service.commit(stored.id, editor);

    expect(result.sourceCreated).toBe(true);
    const source = await one('MATCH (s:Source {id: $id}) RETURN s {.*, labels: labels(s)} AS s', {
      id: result.sourceId,
    });
    expect(source!.get('s')).toMatchObject({
      kind: 'document',
      sha256: draft.source.sha256,
      text: draft.source.text,
      addedBy: editor.sub,
      labels: expect.arrayContaining(['Source', 'Entity']),
    });
    const personId = result.ids[person.ref]!;
    expect(personId).toMatch(new RegExp(`^person:test-${fx.run}-`));
    const node = await one(
      `MATCH (p:Person {id: $id})-[m:MENTIONED_IN]->(:Source {id: $source})
       RETURN p.name AS name, labels(p) AS labels, collect(m.quote) AS quotes, collect(m.reviewedBy) AS by`,
      { id: personId, source: result.sourceId },
    );
    expect(node!.get('name')).toBe('Ерболат Жумабаевич Жумабаев');
    expect(node!.get('labels')).toEqual(expect.arrayContaining(['Person', 'Entity']));
    expect(node!.get('quotes')).toEqual(expect.arrayContaining(['Ерболат Жумабаев', 'Жумабаева']));
    expect(new Set(node!.get('by'))).toEqual(new Set([editor.sub]));

    // The new HOLDS fact, with its quote, time and reviewer.
    const holds = await one(
      `MATCH (:Person {id: $person})-[r:HOLDS]->(:Position {id: $position}) RETURN r.evidence AS evidence, r.validFrom AS validFrom`,
      { person: personId, position: fx.ids.position },
    );
    const [item] = (holds!.get('evidence') as string[]).map(decodeEvidence);
    expect(item).toMatchObject({
      sourceId: result.sourceId,
      inferred: false,
      extractor: `${draft.extractor.name}/${draft.extractor.version}`,
      reviewedBy: editor.sub,
    });
    expect(draft.source.text.slice(item!.start!, item!.end!)).toBe(item!.quote);
    expect(holds!.get('validFrom')).toBe('2025-03-04');
    // The existing POSITION_IN got this document's evidence beside the reference's: no second fact.
    const positionIn = await one(
      `MATCH (:Position {id: $position})-[r:POSITION_IN]->(:Agency {id: $agency}) RETURN collect(r.evidence) AS all`,
      { position: fx.ids.position, agency: fx.ids.agency },
    );
    const lists = positionIn!.get('all') as string[][];
    expect(lists).toHaveLength(1);
    expect(lists[0]!.map(decodeEvidence).map((e) => e.sourceId)).toEqual([fx.ids.ref, result.sourceId]);
    expect(result.factsExtended).toContain(`${fx.ids.position}|POSITION_IN|${fx.ids.agency}`);
    // An inferred fact keeps the extractor's reason in both languages (the workspace shows the Russian one).
    const inferred = draft.relationships.find(
      (r, i) => r.inferred && r.basisRu && i !== seizureFact && ![r.from, r.to].includes(generic?.ref ?? ''),
    );
    expect(inferred, 'the draft proposes an inferred fact with a Russian basis').toBeDefined();
    const inferredFact = await one(
      `MATCH ({id: $from})-[r]->({id: $to}) WHERE type(r) = $type RETURN r.evidence AS evidence`,
      {
        from: result.ids[inferred!.from] ?? null,
        to: result.ids[inferred!.to] ?? null,
        type: inferred!.type,
      },
    );
    const items = (inferredFact?.get('evidence') as string[] | undefined)?.map(decodeEvidence) ?? [];
    expect(items.find((e) => e.sourceId === result.sourceId)).toMatchObject({
      inferred: true,
      basis: inferred!.basis,
      basisRu: inferred!.basisRu,
    });
    // Rejected: neither the generic post nor the seizure fact.
    if (generic) expect(result.ids[generic.ref]).toBeUndefined();
    const seizure = await one(
      `MATCH (:Source {id: $source})<-[:MENTIONED_IN]-(s:Seizure)<-[r:SEIZED]-() RETURN count(r) AS n`,
      { source: result.sourceId },
    );
    expect(seizure!.get('n')).toBe(0);
    // The draft is closed, and the commit has one audit record with what it created.
    expect(await service.read(stored.id)).toMatchObject({
      status: 'committed',
      closedBy: editor.sub,
      sourceId: result.sourceId,
    });
    const audit = await one(
      `MATCH (a:AuditEvent {actor: $actor, operationName: 'ingest.commit', outcome: 'committed'})
       RETURN a.createdIds AS created, a.nodesCreated AS nodes`,
      { actor: editor.sub },
    );
    expect(audit!.get('created')).toEqual(expect.arrayContaining([result.sourceId, personId]));
    expect(audit!.get('nodes')).toBe(result.nodesCreated.length + 1);
    // A second commit of the same draft is refused.
    await expect(service.commit(stored.id, editor)).rejects.toMatchObject({
      extensions: { code: 'CONSTRAINT_VIOLATION' },
    });

    // Search finds the person by an inflected form of the name (Lucene fuzzy terms within two edits).
    const search = await driver.executeQuery(
      loadCypherQuery('search-entities'),
      { text: 'Жумабаеву Ерболату', limit: 5 },
      { database },
    );
    expect(search.records.map((r) => r.get('hit').id)).toContain(personId);

    // The same text again: a new draft that points at the existing Source, and committing it makes no copy.
    const { draft: redo } = await service.propose({ bytes: bytes(text), fileName: 'copy.txt' }, analyst);
    expect(redo.existingSourceId).toBe(result.sourceId);
    const second = await service.commit(redo.id, editor, { acceptPending: true });
    expect(second).toMatchObject({ sourceId: result.sourceId, sourceCreated: false });
    const copies = await one('MATCH (s:Source {sha256: $sha}) RETURN count(s) AS n', {
      sha: draft.source.sha256,
    });
    expect(copies!.get('n')).toBe(1);
  });

  it('commits nothing when the last fact fails its checks', async () => {
    const text = fixtureText(FIXTURE, `${fx.run}-late`);
    const { draft: proposed } = await service.propose(
      { bytes: bytes(text), fileName: 'release.txt' },
      analyst,
    );
    await service.discard(proposed.id, analyst);
    // The same draft with a broken quote on its last relationship: everything before it is written first.
    const draft: Draft = structuredClone(proposed.draft);
    const last = draft.relationships[draft.relationships.length - 1]!;
    last.quote = `${last.quote} (искажено)`;
    const session = driver.session({ database });
    const stored = await session.executeWrite((tx) =>
      createDraft(tx, database, draft, { actor: analyst.sub, fileName: 'late.txt' }),
    );
    await session.close();
    const before = await fx.digest();
    await expect(service.commit(stored.id, editor, { acceptPending: true })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(
        new RegExp(`^relationships\\.${draft.relationships.length - 1} \\(${last.type} .*evidence\\.quote`),
      ),
    });
    expect(await fx.digest()).toEqual(before);
    const source = await one('MATCH (s:Source {sha256: $sha}) RETURN count(s) AS n', {
      sha: draft.source.sha256,
    });
    expect(source!.get('n')).toBe(0);
    expect((await service.read(stored.id)).status).toBe('pending');
  });

  it('refuses a text that is not Russian, and stores nothing', async () => {
    const kazakh =
      'Тест: Солтүстік Қазақстан облысы полиция департаментінің қызметкерлері есірткі тасымалдау арнасының жолын кесті. ' +
      'Қылмыстық іс қозғалды, тергеу жүргізілуде және барлық мән-жайлар анықталуда.';
    const before = await fx.digest();
    const attempt = service.propose({ bytes: bytes(kazakh), fileName: 'kk.txt' }, analyst);
    await expect(attempt).rejects.toBeInstanceOf(DocumentInputError);
    await expect(attempt).rejects.toMatchObject({ code: 'NOT_RUSSIAN' });
    expect(await fx.digest()).toEqual(before);
    const drafts = await one('MATCH (d:IngestDraft {fileName: $name, createdBy: $by}) RETURN count(d) AS n', {
      name: 'kk.txt',
      by: analyst.sub,
    });
    expect(drafts!.get('n')).toBe(0);
  });
});
