// Results reports of the genre: bodies and their structure, indicators, measures. Each test runs the real
// extractor on a development text (test/fixtures/extract-dev/results-*.txt, or an inline one: invented
// people, real bodies and places; every text says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline } from '../helpers/extract-dev.ts';

const extractText = extractInline;

/** The draft's facts of a type with their ends' names, `inferred` and properties. */
function facts(draft: Draft, type: string) {
  const name = new Map(draft.entities.map((e) => [e.ref, e.name]));
  return draft.relationships
    .filter((r) => r.type === type)
    .map((r) => ({ from: name.get(r.from), to: name.get(r.to), inferred: r.inferred, ...r.properties }));
}

function names(draft: Draft, label: string): string[] {
  return draft.entities.filter((e) => e.label === label).map((e) => e.name);
}

describe('bodies and their structure', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('results-01-district-units-almaty-region');
  }, 60_000);

  it('reads a local police body named by its district, and spells out its abbreviation', () => {
    expect(names(draft, 'Agency')).toEqual(
      expect.arrayContaining([
        'Талгарский районный отдел полиции',
        'Карасайский районный отдел полиции',
        'Управление полиции города Конаева',
      ]),
    );
    expect(names(draft, 'Agency')).not.toContain('Карасайского РОП');
  });

  it('puts city and district police bodies under the region’s police department, as an inference', () => {
    const partOf = facts(draft, 'PART_OF');
    for (const unit of ['Талгарский районный отдел полиции', 'Управление полиции города Конаева'])
      expect(partOf).toContainEqual(
        expect.objectContaining({
          from: unit,
          to: 'Департамент полиции Алматинской области',
          inferred: true,
        }),
      );
    const basis = draft.relationships.find((r) => r.type === 'PART_OF' && r.inferred);
    expect(basis?.basis).toMatch(/police department/);
    expect(basis?.basisRu).toMatch(/департамент полиции/);
  });

  it('states PART_OF the known body named in the genitive after a body’s name', () => {
    expect(facts(draft, 'PART_OF')).toContainEqual(
      expect.objectContaining({
        from: 'Департамент экономических расследований по Алматинской области',
        to: 'Агентство Республики Казахстан по финансовому мониторингу',
        inferred: false,
      }),
    );
  });

  it('states PART_OF the КНБ inside a department’s name when the release names the КНБ on its own', () => {
    expect(facts(draft, 'PART_OF')).toContainEqual(
      expect.objectContaining({
        from: 'Департамент КНБ по Алматинской области',
        to: 'Комитет национальной безопасности Республики Казахстан',
        inferred: false,
      }),
    );
  });

  it('does not propose a parent named only inside other bodies’ names', async () => {
    const only = await extractText(
      'Павлодар, 3 октября 2025 года\nДепартаментом КНБ по Павлодарской области совместно с ДП Павлодарской области задержан курьер.',
    );
    expect(names(only, 'Agency')).toContain('Департамент КНБ по Павлодарской области');
    expect(names(only, 'Agency')).not.toContain('Комитет национальной безопасности Республики Казахстан');
    expect(facts(only, 'PART_OF')).toEqual([]);
  });

  it('makes the press form and the full form of a body one body («Прокуратура ЗКО», «по г. Алматы»)', async () => {
    const draft = await extractText(
      'Прокуратура ЗКО проверила полицию\nУральск, 5 сентября 2025 года\nПрокуратурой Западно-Казахстанской области проверены камеры хранения. Департамент экономических расследований по г. Алматы и Департамент экономических расследований по городу Алматы провели сверку.',
    );
    const agencies = names(draft, 'Agency');
    expect(agencies.filter((n) => n.startsWith('Прокуратура'))).toEqual([
      'Прокуратура Западно-Казахстанской области',
    ]);
    expect(agencies.filter((n) => n.startsWith('Департамент экономических'))).toEqual([
      'Департамент экономических расследований по городу Алматы',
    ]);
  });
});

/** The draft's indicators by value, with the text of their first mention. */
function indicators(draft: Draft) {
  return draft.entities
    .filter((e) => e.label === 'Indicator')
    .map((e) => ({
      name: e.name,
      value: e.properties.value,
      quote: draft.source.text.slice(e.mentions[0]!.start, e.mentions[0]!.end),
    }));
}

describe('indicators of a results report', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('results-02-people-and-parts-north-kazakhstan');
  }, 60_000);

  it('reads a part counted out of a total by its own noun («из них 212 краж скота»)', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        value: 212,
        quote: 'из них 212 краж скота',
        name: expect.stringMatching(/кражи скота/),
      }),
    );
  });

  it('reads people counted as a result of work: registers, liability, detentions in a list of results', () => {
    const found = indicators(draft);
    for (const [value, quote] of [
      [640, 'поставлено 640 лиц'],
      [315, 'привлечено 315 человек'],
      [9, 'задержаны 9 подозреваемых'],
    ] as const)
      expect(found).toContainEqual(expect.objectContaining({ value, quote }));
    expect(found.find((f) => f.value === 640)?.name).toMatch(/^Лица \(на профилактический учёт поставлено\)/);
  });

  it('reads what a result counts after «деятельность» («пресечена деятельность 12 наркошопов»)', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 12, quote: 'пресечена деятельность 12 наркошопов' }),
    );
  });

  it('reads people counted in a move between two levels («с 31 до 22 человек») as the level reached', () => {
    const died = draft.entities.find((e) => e.label === 'Indicator' && /погибших/iu.test(e.name));
    expect(died?.properties).toEqual(expect.objectContaining({ value: 22, direction: 'down' }));
  });

  it('does not count the people of a single incident as a figure', () => {
    expect(indicators(draft).map((f) => f.value)).not.toContain(2);
  });

  it('leaves officials disciplined after a check to the measures', async () => {
    const draft = await extractText(
      'Уральск, 28 августа 2025 года\nПо результатам проверки к дисциплинарной ответственности привлечены 4 должностных лица полиции.',
    );
    expect(indicators(draft).map((f) => f.value)).not.toContain(4);
  });
});

describe('measures taken in response to a check', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('results-03-prosecutor-response-pavlodar');
  }, 60_000);

  function measure(words: RegExp) {
    return draft.entities.find((e) => e.label === 'Measure' && words.test(e.name));
  }

  it('reads each response of a list as a measure with its count', () => {
    expect(measure(/опротестовано/)?.properties.count).toBe(4);
    expect(measure(/предписания/)?.properties.count).toBe(2);
    expect(measure(/дисциплинарной/)?.properties.count).toBe(5);
    expect(measure(/^Направление материалов проверки в Департамент экономических/u)).toBeDefined();
  });

  it('has the release’s prosecutor’s office carry out a prosecutor’s measure, and the checked body concerned', () => {
    const carried = facts(draft, 'CARRIED_OUT_BY');
    const concerns = facts(draft, 'CONCERNS');
    const protest = measure(/опротестовано/)!.name;
    expect(carried).toContainEqual(
      expect.objectContaining({ from: protest, to: 'Прокуратура Павлодарской области', inferred: true }),
    );
    expect(concerns).toContainEqual(
      expect.objectContaining({
        from: protest,
        to: 'Департамент полиции Павлодарской области',
        inferred: true,
      }),
    );
    // Disciplining officers is the checked body's own measure: no prosecutor carries it out.
    const disciplined = measure(/дисциплинарной/)!.name;
    expect(carried.filter((c) => c.from === disciplined)).toEqual([]);
  });

  it('has a prosecutor’s findings measure the body checked, not the prosecutor’s office', () => {
    const measured = facts(draft, 'MEASURES').filter((m) => /нарушения/iu.test(m.from ?? ''));
    expect(measured).toContainEqual(
      expect.objectContaining({ to: 'Департамент полиции Павлодарской области', inferred: true }),
    );
    expect(measured.map((m) => m.to)).not.toContain('Прокуратура Павлодарской области');
  });

  it('has the body of the head who reports a measure carry it out («Как сообщил начальник УП …»)', () => {
    expect(facts(draft, 'CARRIED_OUT_BY')).toContainEqual(
      expect.objectContaining({
        from: measure(/открыто 4 новых участковых пункта/)!.name,
        to: 'Управление полиции города Экибастуза',
        inferred: true,
      }),
    );
  });
});

describe('akimat departments', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('results-04-akimat-departments-zhambyl');
  }, 60_000);

  it('reads one department per field of a list, and one for a singular head with «и»', () => {
    expect(names(draft, 'Agency')).toEqual(
      expect.arrayContaining([
        'Управление здравоохранения Жамбылской области',
        'Управление образования Жамбылской области',
        'Управление по делам молодёжи Жамбылской области',
        'Управление физической культуры и спорта Жамбылской области',
        'Отдел образования города Тараза',
      ]),
    );
    expect(names(draft, 'Agency')).not.toContain('Управление физической культуры Жамбылской области');
  });

  it('keeps a department named again without its place as the same body', () => {
    const health = draft.entities.filter((e) => e.name.startsWith('Управление здравоохранения'));
    expect(health).toHaveLength(1);
    expect(health[0]!.mentions).toHaveLength(2);
  });

  it('puts departments under the akimat when «акимата» follows the list, and no others', () => {
    const partOf = facts(draft, 'PART_OF').filter((p) => p.to === 'Акимат Жамбылской области');
    expect(partOf).toContainEqual(
      expect.objectContaining({ from: 'Управление по делам молодёжи Жамбылской области', inferred: false }),
    );
    // Named without «акимата»: independent annotators leave the link out, so it is not proposed.
    expect(partOf.map((p) => p.from)).not.toContain(
      'Управление физической культуры и спорта Жамбылской области',
    );
    // A city's department is the city akimat's, which this release does not name.
    expect(partOf.map((p) => p.from)).not.toContain('Отдел образования города Тараза');
  });
});
