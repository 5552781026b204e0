import { describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { seedRows } from '../fixtures/seed/seed-rows.ts';

const rows = seedRows(testDriver(), testConnection().database);

const FIGURE = `
  MATCH (i:Indicator {id: $id})-[m:MEASURES]->(:Region {id: 'region:north-kazakhstan'})
  MATCH (i)-[:MEASURES]->(:Agency {id: 'agency:dp-north-kazakhstan'})
  RETURN i.year AS year, i.metric AS metric, i.value AS value, i.unit AS unit, i.change AS change,
         i.direction AS direction, i.comparedToYear AS comparedToYear, i.mainOffendersEn AS offenders, m.quote AS quote`;

describe('seed: the 2024 figures of North Kazakhstan Region', () => {
  it.each([
    ['registered-crimes', { value: 3343, direction: 'down', change: null }, 'составила 3343 факта'],
    ['clearance-rate', { value: 65.5, unit: '%', direction: 'up', comparedToYear: 2023 }, '65,5%'],
    ['murders', { value: null, direction: 'down' }, 'убийств'],
    ['armed-robberies', { value: null, direction: 'down' }, 'разбоев'],
    ['robberies', { value: null, direction: 'down' }, 'грабежей'],
    ['internet-fraud', { value: null, change: -1.7, direction: 'down' }, 'на 1,7% интернет-мошенничеств'],
    ['grievous-bodily-harm', { direction: 'up' }, 'роста причинений тяжкого вреда здоровью'],
  ])('indicator %s', async (slug, expected, quote) => {
    const [row] = await rows(FIGURE, { id: `indicator:sko-2024-${slug}` });
    expect(row).toMatchObject({ year: 2024, ...expected });
    expect(row?.quote).toContain(quote);
  });

  it('grievous bodily harm is committed mostly by registered and intoxicated persons', async () => {
    const [row] = await rows(FIGURE, { id: 'indicator:sko-2024-grievous-bodily-harm' });
    expect(row?.offenders).toEqual(['persons on police registers', 'intoxicated persons']);
    expect(row?.quote).toContain('лицами, состоящими на учётах, и лицами в состоянии опьянения');
  });
});

const MEASURE = `
  MATCH (:Person {id: 'person:mukhametkaliev'})-[a:ANNOUNCED]->(m:Measure {id: $id})
  OPTIONAL MATCH (m)-[:CONCERNS|CARRIED_OUT_BY]->(x)
  RETURN m.text AS text, a.inferred AS inferred, collect(x.id) AS related`;

describe('seed: the plans and measures Mukhametkaliev announced', () => {
  it.each([
    ['plans-prospective-cases', 'планы мероприятий по раскрытию перспективных дел', false, []],
    ['sog-renewed', 'Обновлён состав СОГ', false, ['agency:sog-grave-crimes']],
    ['prevention-common-crimes', 'усилена профилактика', false, []],
    ['prevention-problem-issues', 'меры профилактики', true, ['indicator:sko-2024-grievous-bodily-harm']],
    [
      'work-with-registered-persons',
      'работа с подучётным контингентом',
      true,
      ['agency:dp-north-kazakhstan', 'indicator:sko-2024-grievous-bodily-harm'],
    ],
  ])('measure %s', async (slug, text, inferred, related) => {
    const [row] = await rows(MEASURE, { id: `measure:${slug}` });
    expect(row?.text).toContain(text);
    expect(row?.inferred).toBe(inferred);
    expect([...(row?.related as string[])].sort()).toEqual(related);
  });

  it('the renewed СОГ is a task force for grave and especially grave crimes within the ДП СКО', async () => {
    const [row] = await rows(`
      MATCH (s:Agency {id: 'agency:sog-grave-crimes'})-[p:PART_OF]->(dp:Agency)
      RETURN s.name AS name, s.kind AS kind, dp.id AS dp, p.inferred AS inferred`);
    expect(row).toMatchObject({
      name: 'СОГ по раскрытию тяжких и особо тяжких преступлений',
      kind: 'task force',
      dp: 'agency:dp-north-kazakhstan',
      inferred: true,
    });
  });
});
