// Bodies, third round: a district police body named by a capitalised adjective («Глубоковского РОП»,
// «Катон-Карагайского районного отдела полиции»); a police department's directorate named by its field alone
// («управлению по противодействию наркопреступности», «управления криминальной полиции») is that
// department's, named after it, PART_OF it by inference; an akimat department named bare after one named with
// its region is of that region. The real extractor runs on development texts
// (test/fixtures/extract-dev/bodies-01..03: invented people, real bodies and places).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const DEPARTMENT = 'Департамент полиции Кызылординской области';
const DRUGS = `Управление по противодействию наркопреступности Департамента полиции Кызылординской области`;
const CRIMINAL = `Управление криминальной полиции Департамента полиции Кызылординской области`;

describe('a directorate named by its field alone (bodies-01)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('bodies-01-department-services-kyzylorda');
  }, 60_000);

  it('is a body of the release’s police department, named after it', () => {
    const names = draft.entities.filter((e) => e.label === 'Agency').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining([DEPARTMENT, DRUGS, CRIMINAL]));
  });

  it('is PART_OF that department, inferred, with a basis in both languages', () => {
    const parts = draft.relationships.filter((r) => r.type === 'PART_OF');
    expect(parts).toHaveLength(2);
    for (const r of parts) {
      expect(r.inferred).toBe(true);
      expect(r.basis).toMatch(/police department/);
      expect(r.basisRu).toMatch(/департамента полиции/);
    }
    expect(facts(draft, 'PART_OF').map((f) => [f.from, f.to])).toEqual(
      expect.arrayContaining([
        [DRUGS, DEPARTMENT],
        [CRIMINAL, DEPARTMENT],
      ]),
    );
  });

  it('takes the post headed in it and the instruction addressed to it', () => {
    expect(facts(draft, 'POSITION_IN')).toContainEqual(
      expect.objectContaining({ from: 'Начальник управления криминальной полиции', to: CRIMINAL }),
    );
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual(
      expect.objectContaining({ to: DRUGS, inferred: false }),
    );
  });

  it('reads the migration directorate as the department’s too, not an akimat’s', async () => {
    const draft = await extractInline(
      'В ДП Кызылординской области прошло совещание. Начальник Управления миграционной службы доложил об итогах.',
    );
    expect(facts(draft, 'PART_OF')).toEqual([
      expect.objectContaining({
        from: 'Управление миграционной службы Департамента полиции Кызылординской области',
        to: DEPARTMENT,
        inferred: true,
      }),
    ]);
  }, 60_000);

  it('is no body when the release names no region, nor an «управление» of another field', async () => {
    const none = await extractInline(
      'Начальник управления по противодействию наркопреступности выступил на брифинге. ' +
        'Управление образования провело акцию.',
    );
    expect(none.entities.filter((e) => /Департамента полиции/.test(e.name))).toEqual([]);
  }, 60_000);
});

describe('a district police body named by a capitalised adjective (bodies-02)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('bodies-02-district-adjectives-east');
  }, 60_000);

  it('reads «Глубоковского РОП» (a surname’s form when capitalised) and a double name, in the nominative', () => {
    const names = draft.entities.filter((e) => e.label === 'Agency').map((e) => e.name);
    expect(names).toEqual([
      'Глубоковский районный отдел полиции',
      'Катон-Карагайский районный отдел полиции',
    ]);
  });

  it('gives each seizure to the body its own sentence names', () => {
    // «задержали Нурлана Абенова, у которого обнаружено …»: the body acts in another clause, so its seizure
    // is inferred, as most gold sets read it.
    expect(facts(draft, 'SEIZED').map((f) => [f.from, f.to, f.inferred])).toEqual([
      ['Глубоковский районный отдел полиции', 'Изъятие 1,2 кг марихуаны', false],
      ['Катон-Карагайский районный отдел полиции', 'Изъятие 35 граммов гашиша', true],
    ]);
  });
});

describe('an akimat department named bare after one named with its region (bodies-03)', () => {
  it('is a department of the same region, though the release never says «акимат»', async () => {
    const draft = await extractDev('bodies-03-department-after-named-atyrau');
    const names = draft.entities.filter((e) => e.label === 'Agency').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Управление образования Атырауской области',
        'Управление здравоохранения Атырауской области',
      ]),
    );
  }, 60_000);

  it('is no body when no department is named with its place and no akimat is spoken of', async () => {
    const draft = await extractInline(
      'В прокуратуре Атырауской области прошло совещание. Выступил представитель Управления здравоохранения.',
    );
    expect(draft.entities.filter((e) => /здравоохранения/.test(e.name))).toEqual([]);
  }, 60_000);
});

describe('the regional communications service, where briefings are held', () => {
  it('is the region’s: the one written after it, else the one the release is about', async () => {
    const named = await extractInline('В региональной службе коммуникаций области Ұлытау состоялся брифинг.');
    expect(named.entities.map((e) => e.name)).toContain('Региональная служба коммуникаций области Ұлытау');
    const bare = await extractInline(
      'Управление полиции города Караганды подвело итоги. Как сообщил на брифинге в региональной службе ' +
        'коммуникаций начальник УП г. Караганды, выявлено 18 преступлений.',
    );
    expect(bare.entities.map((e) => e.name)).toContain(
      'Региональная служба коммуникаций Карагандинской области',
    );
  }, 60_000);
});

describe('a state revenue department abbreviated «ДГД»', () => {
  it('is spelled out, one body with its full name written later', async () => {
    const draft = await extractInline(
      'Сотрудниками ДГД по Мангистауской области изъято 6,8 кг гашиша. ' +
        'Департамент государственных доходов по Мангистауской области сообщил о задержании.',
    );
    const bodies = draft.entities.filter((e) => e.label === 'Agency');
    expect(bodies.map((e) => e.name)).toEqual([
      'Департамент государственных доходов по Мангистауской области',
    ]);
    expect(bodies[0]!.mentions).toHaveLength(2);
  }, 60_000);
});
