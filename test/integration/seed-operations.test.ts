import { describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { seedRows } from '../fixtures/seed/seed-rows.ts';

const rows = seedRows(testDriver(), testConnection().database);

describe('seed: seizures, supply channels and the veterans', () => {
  it('over 770 kg of drugs seized in North Kazakhstan Region in 2024', async () => {
    const [row] = await rows(`
      MATCH (dp:Agency)-[s:SEIZED]->(z:Seizure {id: 'seizure:sko-2024-drugs'})-[o:OCCURRED_IN]->(r:Region)
      RETURN z.amountKg AS kg, z.amountQualifier AS qualifier, z.year AS year, z.substanceEn AS substance,
             dp.id AS dp, r.iso AS iso, o.quote AS quote`);
    expect(row).toMatchObject({
      kg: 770,
      qualifier: 'over',
      year: 2024,
      dp: 'agency:dp-north-kazakhstan',
      iso: 'KZ-59',
    });
    expect(row?.substance).toBe('various drugs');
    expect(row?.quote).toContain('свыше 770 кг различных наркотиков');
  });

  it('including 8 kg of synthetic drugs', async () => {
    const [row] = await rows(`
      MATCH (z:Seizure {id: 'seizure:sko-2024-synthetic'})-[i:INCLUDED_IN]->(all:Seizure)
      RETURN z.amountKg AS kg, z.substanceEn AS substance, z.year AS year, all.amountKg AS of, i.quote AS quote`);
    expect(row).toMatchObject({ kg: 8, substance: 'synthetic drugs', year: 2024, of: 770 });
    expect(row?.quote).toContain('в том числе 8 кг-ов синтетических');
  });

  it('8 supply channels from Kokshetau, Astana and Almaty cut, not split per city', async () => {
    const [row] = await rows(`
      MATCH (dp:Agency)-[:DISRUPTED]->(c:SupplyChannel)-[d:DESTINED_FOR]->(r:Region)
      MATCH (c)-[o:ORIGINATES_IN]->(city:City)
      WITH c, dp, d, r, city ORDER BY city.nameEn
      RETURN c.count AS count, c.year AS year, c.status AS status, dp.id AS dp, r.iso AS destination,
             d.inferred AS destinationInferred, collect(city.nameEn) AS origins`);
    expect(row).toMatchObject({
      count: 8,
      year: 2024,
      status: 'cut',
      dp: 'agency:dp-north-kazakhstan',
      destination: 'KZ-59',
      destinationInferred: true,
      origins: ['Almaty', 'Astana', 'Kokshetau'],
    });
    const [channels] = await rows(`MATCH (c:SupplyChannel {provenance: 'source'}) RETURN count(c) AS count`);
    expect(channels?.count).toBe(1);
  });

  it('Alenov met veterans, thanked them for mentoring and asked them to help young officers', async () => {
    const [row] = await rows(`
      MATCH (p:Person {id: 'person:alenov'})-[:ATTENDED]->(m:Meeting {id: 'meeting:alenov-veterans'})
      MATCH (v:Agency)-[:PARTICIPATED_IN]->(m)
      MATCH (p)-[t:THANKED]->(v)
      MATCH (m)-[:PRODUCED]->(d:Directive)-[:ASSIGNED_TO]->(v)
      MATCH (p)-[:ISSUED]->(d)
      RETURN v.name AS veterans, t.quote AS thanks, d.kind AS kind, d.text AS text`);
    expect(row).toMatchObject({ veterans: 'Ветераны органов внутренних дел', kind: 'appeal' });
    expect(row?.thanks).toBe('поблагодарил их за наставнический труд');
    expect(row?.text).toContain('содействовать в профессиональном становлении молодых сотрудников полиции');
  });
});
