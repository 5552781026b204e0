import { describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { seedRows } from '../fixtures/seed/seed-rows.ts';

const rows = seedRows(testDriver(), testConnection().database);

/** A directive with who issued it, which meeting produced it, and its typed chain of responsibility. */
const DIRECTIVE = `
  MATCH (:Person {id: 'person:alenov'})-[i:ISSUED]->(d:Directive {id: $id})
  MATCH (:Meeting {id: 'meeting:dp-sko-2024-review'})-[:PRODUCED]->(d)
  CALL (d) {
    OPTIONAL MATCH (d)-[r:ASSIGNED_TO|COOPERATES_WITH|UNDER_CONTROL_OF]->(x)
    RETURN collect(type(r) + ' ' + x.id + CASE WHEN r.inferred THEN ' (inferred)' ELSE '' END) AS links
  }
  RETURN d.text AS text, d.summaryEn AS summaryEn, i.quote AS quote, links`;

interface DirectiveRow {
  text: string;
  summaryEn: string;
  quote: string;
  links: string[];
}

async function directive(id: string): Promise<DirectiveRow> {
  const [row] = await rows(DIRECTIVE, { id });
  expect(row, id).toBeDefined();
  const found = row as unknown as DirectiveRow;
  return { ...found, links: [...found.links].sort() };
}

const SERVICES = 'ASSIGNED_TO agency:regional-police-services';
// The sentence gives the set of instructions to the services; each one is theirs by inference (the
// set INCLUDES it), so data contract v2 marks those four assignments inferred, with a basis.
const SERVICES_INFERRED = `${SERVICES} (inferred)`;

describe("seed: each of Alenov's directives", () => {
  it('fight against the drug business: under control of the head of state and the minister, assigned to leaders', async () => {
    const d = await directive('directive:fight-drug-business');
    expect(d.text).toMatch(/^Борьба с наркобизнесом\./);
    expect(d.links).toEqual([
      SERVICES_INFERRED,
      'ASSIGNED_TO position:police-department-leadership',
      'ASSIGNED_TO position:unit-heads',
      'UNDER_CONTROL_OF position:head-of-state',
      'UNDER_CONTROL_OF position:mvd-minister',
    ]);
  });

  it('precursors and equipment: together with the territorial КНБ department and customs bodies', async () => {
    const d = await directive('directive:precursor-imports');
    expect(d.quote).toContain('реализовать алгоритм выявления ввоза прекурсоров и оборудования');
    expect(d.links).toEqual(
      expect.arrayContaining([
        'COOPERATES_WITH agency:knb-north-kazakhstan (inferred)',
        'COOPERATES_WITH agency:customs-bodies',
        SERVICES_INFERRED,
        'UNDER_CONTROL_OF position:head-of-state (inferred)',
      ]),
    );
    const [chain] = await rows(`
      MATCH (:Agency {id: 'agency:knb-north-kazakhstan'})-[:PART_OF]->(knb:Agency)-[:REPORTS_TO]->(p:Position)
      MATCH (:Agency {id: 'agency:customs-bodies'})-[:PART_OF]->(kgd:Agency)
      RETURN knb.id AS knb, p.id AS president, kgd.id AS kgd`);
    expect(chain).toEqual({ knb: 'agency:knb', president: 'position:head-of-state', kgd: 'agency:kgd' });
  });

  it('blocking drug websites', async () => {
    const d = await directive('directive:block-drug-websites');
    expect(d.text).toBe('Активизировать работу по блокировке наркосайтов');
    expect(d.links).toContain(SERVICES_INFERRED);
  });

  it('revising the organisation of prevention work', async () => {
    const d = await directive('directive:revise-prevention');
    expect(d.text).toBe('пересмотреть организацию работы профилактической деятельности');
    expect(d.links).toEqual([SERVICES_INFERRED]);
  });

  it('the rest of his instructions: one set given to the regional police services, holding the four above', async () => {
    const d = await directive('directive:alenov-instructions-regional-police');
    expect(d.quote).toContain('дал ряд конкретных поручений службам областной полиции');
    expect(d.links).toEqual([SERVICES]);
    const [row] = await rows(`
      MATCH (:Directive {id: 'directive:alenov-instructions-regional-police'})-[:INCLUDES]->(d:Directive)
      RETURN count(d) AS count`);
    expect(row?.count).toBe(4);
  });
});
