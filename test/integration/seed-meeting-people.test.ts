import { describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { seedRows } from '../fixtures/seed/seed-rows.ts';

const rows = seedRows(testDriver(), testConnection().database);

describe('seed: the operational meeting and the people in it', () => {
  it('the ДП СКО meeting on 2024: Alenov attended (stated), the department held it, in North Kazakhstan', async () => {
    const [row] = await rows(`
      MATCH (m:Meeting {id: 'meeting:dp-sko-2024-review'})
      MATCH (alenov:Person {id: 'person:alenov'})-[a:ATTENDED]->(m)
      MATCH (dp:Agency)-[o:ORGANIZED]->(m)-[:OCCURRED_IN]->(r:Region)
      OPTIONAL MATCH (other:Person)-[oa:ATTENDED]->(m) WHERE other <> alenov
      RETURN m.periodReviewed AS year, a.inferred AS alenovInferred, a.quote AS quote, dp.id AS organizer,
             o.inferred AS organizerInferred, r.iso AS iso, collect({id: other.id, inferred: oa.inferred}) AS others`);
    expect(row).toMatchObject({
      year: 2024,
      alenovInferred: false,
      organizer: 'agency:dp-north-kazakhstan',
      iso: 'KZ-59',
    });
    expect(row?.quote).toContain('Оперативное совещание прошло в присутствии');
    expect(row?.organizerInferred).toBe(true);
    expect(row?.others).toEqual([{ id: 'person:mukhametkaliev', inferred: true }]);
  });

  it('Bauyrzhan Alenov holds the post of First Deputy Minister of Internal Affairs (МВД РК)', async () => {
    const [row] = await rows(`
      MATCH (p:Person {id: 'person:alenov'})-[h:HOLDS]->(post:Position)-[:POSITION_IN]->(a:Agency)
      WHERE h.validTo IS NULL
      RETURN p.name AS name, p.nameEn AS nameEn, post.name AS post, a.id AS agency, a.aliases AS aliases,
             h.quote AS quote, h.validFrom AS since`);
    expect(row).toMatchObject({ name: 'Бауыржан Аленов', nameEn: 'Bauyrzhan Alenov', agency: 'agency:mvd' });
    expect(row?.post).toMatch(/^Первый заместитель министра внутренних дел/);
    expect(row?.aliases).toContain('МВД РК');
    expect(row?.quote).toBe('первого заместителя министра внутренних дел РК Бауыржана Аленова');
    expect(row?.since).toBe('2024-10-07');
  });

  it('Askar Mukhametkaliev is deputy head of the ДП СКО, the police department of North Kazakhstan Region', async () => {
    const [row] = await rows(`
      MATCH (p:Person {id: 'person:mukhametkaliev'})-[h:HOLDS]->(post:Position)-[:POSITION_IN]->(dp:Agency)
      MATCH (dp)-[:PART_OF]->(:Agency {id: 'agency:mvd'})
      MATCH (dp)-[:JURISDICTION]->(r:Region)
      RETURN p.nameEn AS nameEn, post.name AS post, dp.aliases AS aliases, r.iso AS iso, h.quote AS quote`);
    expect(row).toMatchObject({
      nameEn: 'Askar Mukhametkaliev',
      post: 'Заместитель начальника ДП СКО',
      iso: 'KZ-59',
    });
    expect(row?.aliases).toContain('ДП СКО');
    expect(row?.quote).toBe('Аскар Мухаметкалиев — заместитель начальника ДП СКО');
  });

  it.each([
    ['position:head-of-state', 'главы государства', null],
    ['position:mvd-minister', 'у министра МВД', 'agency:mvd'],
    ['position:police-department-leadership', 'руководству департаментов', 'agency:dp-north-kazakhstan'],
    ['position:unit-heads', 'начальникам подразделений', 'agency:dp-north-kazakhstan'],
  ])('the unnamed post %s is in the graph, quoted, with no holder', async (id, quote, agency) => {
    const [row] = await rows(
      `MATCH (post:Position {id: $id})-[m:MENTIONED_IN]->(:Source)
       OPTIONAL MATCH (post)-[:POSITION_IN]->(a:Agency)
       RETURN collect(DISTINCT m.quote) AS quotes, a.id AS agency, COUNT { (:Person)-[:HOLDS]->(post) } AS holders`,
      { id },
    );
    expect(row).toMatchObject({ quotes: [quote], agency, holders: 0 });
  });
});
