// Events, third round: regions listed by their adjectives before one plural «областях», an operation held
// in every place of such a list, a headline's operation placed by its later sentence, a national body named
// with «РК» inside its name («Агентства РК по финансовому мониторингу»), more channels cut by one verb
// («…, а также 3 канала из …», «…, ещё один канал вёл из …»), seizures told as a smuggling attempt
// stopped («предотвращена попытка провоза … 4,2 кг гашиша»), and bodies that took part in the operation named
// before («В операции также приняли участие …»). The real extractor runs on development texts
// (test/fixtures/extract-dev/events-16..19: invented people, real bodies and places).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

describe('regions listed before one plural head (events-16)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-16-region-list-afm-south');
  }, 60_000);

  it('reads each adjective of the list as its region, linked to the graph', () => {
    const regions = draft.entities.filter((e) => e.label === 'Region');
    for (const name of ['Кызылординская область', 'Туркестанская область', 'Жамбылская область'])
      expect(regions.find((r) => r.name === name)?.existingId).toBeTruthy();
  });

  it('places the operation in every place of the list, stated, and not in the dateline city', () => {
    const places = facts(draft, 'OCCURRED_IN').filter((f) => f.from === 'ОПМ «Көкнәр-Оңтүстік»');
    expect(places.map((f) => f.to).sort()).toEqual([
      'Жамбылская область',
      'Кызылординская область',
      'Туркестанская область',
      'Шымкент',
    ]);
    expect(places.every((f) => f.inferred === false)).toBe(true);
  });

  it('places each seizure of «в Туркестанской (410 кг) и Кызылординской (220 кг) областях» in its region', () => {
    const seizures = facts(draft, 'OCCURRED_IN').filter((f) => f.from?.startsWith('Изъятие'));
    expect(seizures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'Изъятие 410 кг', to: 'Туркестанская область', inferred: false }),
        expect.objectContaining({ from: 'Изъятие 220 кг', to: 'Кызылординская область', inferred: false }),
      ]),
    );
  });

  it('places no total the sentence before spreads over several places', () => {
    expect(facts(draft, 'OCCURRED_IN').filter((f) => f.from === 'Изъятие 930 кг наркотиков')).toEqual([]);
  });

  it('reads «Агентства РК по финансовому мониторингу» as the agency, parent of the department before it', () => {
    expect(facts(draft, 'PART_OF')).toContainEqual(
      expect.objectContaining({
        from: 'Департамент экономических расследований по Туркестанской области',
        to: 'Агентство Республики Казахстан по финансовому мониторингу',
        inferred: false,
      }),
    );
  });
});

describe('more channels cut by the same verb (events-17)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-17-more-channels-pavlodar');
  }, 60_000);

  it('makes a channel of each one joined by «а также» or «ещё один», with its count', () => {
    const channels = draft.entities.filter((e) => e.label === 'SupplyChannel');
    expect(channels.map((c) => [c.name, c.properties.count])).toEqual([
      ['4 канала поставки «мефедрона» из Астаны и Караганды', 4],
      ['3 межрегиональных канала из Омска', 3],
      ['Канал поставки гашиша из Шымкента в Экибастуз', 1],
      ['Один канал вёл из Российской Федерации', 1],
    ]);
  });

  it('reads a route after a word in quotes, and a country as no origin', () => {
    const origins = facts(draft, 'ORIGINATES_IN').map((f) => `${f.from} → ${f.to}`);
    expect(origins).toEqual(
      expect.arrayContaining([
        '4 канала поставки «мефедрона» из Астаны и Караганды → Астана',
        '4 канала поставки «мефедрона» из Астаны и Караганды → Караганда',
        '3 межрегиональных канала из Омска → Омск',
      ]),
    );
    expect(origins.filter((o) => o.startsWith('Один канал'))).toEqual([]);
  });

  it('makes no channel of a channel of money («каналы финансирования наркошопов»)', async () => {
    const money = await extractInline(
      'ДЭР по Мангистауской области выявлено и пресечено 3 канала финансирования наркошопов.',
    );
    expect(money.entities.filter((e) => e.label === 'SupplyChannel')).toEqual([]);
  }, 60_000);

  it('has every channel cut by the department that reports them (inferred)', () => {
    const cut = facts(draft, 'DISRUPTED');
    expect(cut).toHaveLength(4);
    for (const f of cut)
      expect(f).toMatchObject({
        from: 'Управление по противодействию наркопреступности Департамента полиции Павлодарской области',
        inferred: true,
      });
  });
});

describe('a seizure told as a smuggling attempt stopped (events-18)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-18-smuggling-attempt-zhetisu');
  }, 60_000);

  it('makes a seizure of each drug the attempt carried, seized by the body named, and none of other goods', () => {
    const seizures = draft.entities.filter((e) => e.label === 'Seizure');
    expect(seizures.map((s) => s.name)).toEqual([
      'Изъятие 4,2 кг гашиша',
      'Изъятие 1 200 таблеток трамадола',
    ]);
    expect(seizures[0]!.properties).toMatchObject({ amountKg: 4.2, substance: 'гашиша' });
    expect(seizures[1]!.properties).toMatchObject({ count: 1200, substance: 'трамадола' });
    expect(facts(draft, 'SEIZED').map((f) => [f.from, f.to, f.inferred])).toEqual([
      ['Пограничная служба КНБ', 'Изъятие 4,2 кг гашиша', false],
      ['Пограничная служба КНБ', 'Изъятие 1 200 таблеток трамадола', false],
    ]);
  });
});

describe('bodies that took part in the operation named before (events-19)', () => {
  it('has each body of «В операции также приняли участие …» PARTICIPATED_IN it, stated', async () => {
    const draft = await extractDev('events-19-took-part-kostanay');
    expect(facts(draft, 'PARTICIPATED_IN').map((f) => [f.from, f.to, f.inferred])).toEqual([
      ['Департамент КНБ по Костанайской области', 'ОПМ «Дала-2025»', false],
      ['Департамент государственных доходов по Костанайской области', 'ОПМ «Дала-2025»', false],
    ]);
    expect(facts(draft, 'CONDUCTED_BY').map((f) => f.to)).toEqual([
      'Департамент полиции Костанайской области',
    ]);
  }, 60_000);

  it('reads no participant from «к ответственности привлечены»', async () => {
    const draft = await extractInline(
      'ДП Костанайской области провёл ОПМ «Дала-2025». К дисциплинарной ответственности привлечены сотрудники Департамента КНБ по Костанайской области.',
    );
    expect(facts(draft, 'PARTICIPATED_IN')).toEqual([]);
  }, 60_000);
});
