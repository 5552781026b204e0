// Events: where seizures, operations and meetings happened, who seized and cut, and channels told in other
// words. Each case runs the real extractor on a development text (test/fixtures/extract-dev/events-*.txt:
// invented people, real bodies and places) or checks one recogniser on its own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { isDateline } from '../../server/ingest/extract/recognise/dateline.ts';
import { extractDev } from '../helpers/extract-dev.ts';

/** The draft's facts of a type with their ends' labels and names. */
function facts(draft: Draft, type: string) {
  const of = new Map(draft.entities.map((e) => [e.ref, `${e.label}:${e.name}`]));
  return draft.relationships
    .filter((r) => r.type === type)
    .map((r) => ({ from: of.get(r.from), to: of.get(r.to), inferred: r.inferred, quote: r.quote }));
}

function named(draft: Draft, label: string) {
  return draft.entities.filter((e) => e.label === label).map((e) => e.name);
}

describe('datelines', () => {
  it('tells a dateline from a headline, with the date before or after the place', () => {
    for (const line of [
      'Караганда, 21 октября 2025 года',
      '17 июля 2025 г., Туркестан',
      'Уральск, 28.08.2025',
      'Пресс-служба ДП Костанайской области, 3 ноября 2025 года',
    ])
      expect(isDateline(line), line).toBe(true);
    for (const line of [
      'КНБ перекрыт канал контрабанды гашиша в Жамбылскую область',
      'Полиция Павлодарской области подвела итоги 2024 года',
      'Итоги 9 месяцев 2025 года',
    ])
      expect(isDateline(line), line).toBe(false);
  });
});

describe('a channel told as a group cut and a route', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-01-group-route-shymkent');
  }, 60_000);

  it('makes the route the channel, from a foreign city to the regions it supplied', () => {
    const channel =
      'SupplyChannel:Канал поставки наркотиков из Бишкека через Кордай в Шымкент и Туркестанскую область';
    expect(facts(draft, 'ORIGINATES_IN')).toContainEqual(
      expect.objectContaining({ from: channel, to: 'City:Бишкек' }),
    );
    const destinations = facts(draft, 'DESTINED_FOR')
      .filter((f) => f.from === channel)
      .map((f) => f.to);
    expect(destinations.sort()).toEqual(['Region:Туркестанская область', 'Region:город Шымкент']);
    // «через Кордай» is transit: no end of the channel.
    expect(facts(draft, 'ORIGINATES_IN').map((f) => f.to)).not.toContain('City:Кордай');
  });

  it('has it cut, by inference, by the lead body and its partner «во взаимодействии с»', () => {
    const cut = facts(draft, 'DISRUPTED');
    expect(cut.map((f) => f.from).sort()).toEqual([
      'Agency:Департамент КНБ по городу Шымкенту',
      'Agency:Департамент полиции города Шымкента',
    ]);
    for (const f of cut) {
      expect(f.inferred).toBe(true);
      expect(f.quote).toMatch(/^Департаментом полиции города Шымкента .* пресечена деятельность/u);
    }
  });

  it('reads drugs found («обнаружено», «найдено») as seizures, and a resident’s town as no place of one', () => {
    expect(named(draft, 'Seizure').sort()).toEqual([
      'Изъятие 1,4 кг мефедрона',
      'Изъятие 250 граммов гашиша',
      'Изъятие 300 граммов метамфетамина',
    ]);
    const places = facts(draft, 'OCCURRED_IN');
    expect(places.map((f) => f.to)).not.toContain('City:Тараз');
    // A city body's release: the seizures happened in its city, by inference.
    expect(places).toContainEqual(
      expect.objectContaining({
        from: 'Seizure:Изъятие 250 граммов гашиша',
        to: 'City:Шымкент',
        inferred: true,
      }),
    );
  });
});

describe('a results meeting with a dateline', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-02-results-dateline-kyzylorda');
  }, 60_000);

  it('puts the meeting in the dateline’s city, by inference', () => {
    const [meeting] = named(draft, 'Meeting');
    expect(facts(draft, 'OCCURRED_IN')).toContainEqual({
      from: `Meeting:${meeting}`,
      to: 'City:Кызылорда',
      inferred: true,
      quote: 'Кызылорда, 8 июля 2025 года',
    });
  });

  it('puts seizures that name no place, a part with its whole, in the region the release is about', () => {
    const places = facts(draft, 'OCCURRED_IN').filter((f) => f.from?.startsWith('Seizure:'));
    expect(places.map((f) => [f.from, f.to, f.inferred])).toEqual(
      expect.arrayContaining([
        ['Seizure:Изъятие свыше 310 кг наркотических средств', 'Region:Кызылординская область', true],
        ['Seizure:Изъятие 4,2 кг синтетических наркотиков', 'Region:Кызылординская область', true],
      ]),
    );
  });

  it('reads an operation named in straight quotes, run by «полицейские», with «В результате ОПМ» its result', () => {
    expect(named(draft, 'Operation')).toEqual(['ОПМ «Заслон»']);
    expect(facts(draft, 'CONDUCTED_BY')).toEqual([
      expect.objectContaining({
        from: 'Operation:ОПМ «Заслон»',
        to: 'Agency:Департамент полиции Кызылординской области',
        inferred: true,
      }),
    ]);
    expect(facts(draft, 'RESULTED_IN')).toContainEqual(
      expect.objectContaining({
        from: 'Operation:ОПМ «Заслон»',
        to: 'Seizure:Изъятие 42 кг марихуаны',
        inferred: false,
      }),
    );
    // «на трассе Самара — Шымкент» names a road, not where the operation was.
    expect(
      facts(draft, 'OCCURRED_IN')
        .filter((f) => f.from === 'Operation:ОПМ «Заслон»')
        .map((f) => f.to),
    ).toEqual(['Region:Кызылординская область']);
  });
});

describe("an akimat's release", () => {
  it('gives passive seizures and cut channels to the first police body it names, by inference', async () => {
    const draft = await extractDev('events-03-akimat-commission-aktobe');
    const police = 'Agency:Департамент полиции Актюбинской области';
    const seized = facts(draft, 'SEIZED');
    expect(seized.map((f) => f.to).sort()).toEqual([
      'Seizure:Изъятие 2 кг 300 г гашиша',
      'Seizure:Изъятие 84 кг наркотиков',
    ]);
    for (const f of [...seized, ...facts(draft, 'DISRUPTED')])
      expect(f).toMatchObject({ from: police, inferred: true });
    expect(facts(draft, 'DISRUPTED')).toHaveLength(1);
  });
});

describe('a cross-border channel after a dateline', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-04-border-channel-zhambyl');
  }, 60_000);

  it('takes the headline as one more mention of the lead’s channel, not as a second channel', () => {
    const channels = draft.entities.filter((e) => e.label === 'SupplyChannel');
    expect(channels).toHaveLength(1);
    expect(channels[0]!.mentions).toHaveLength(2);
  });

  it('reads «из Республики Кыргызстан» as a country and «… и город Алматы» as a destination region', () => {
    expect(named(draft, 'City')).not.toContain('Республика');
    expect(facts(draft, 'ORIGINATES_IN')).toEqual([]);
    expect(
      facts(draft, 'DESTINED_FOR')
        .map((f) => f.to)
        .sort(),
    ).toEqual(['Region:Жамбылская область', 'Region:город Алматы']);
    expect(facts(draft, 'DISRUPTED').map((f) => [f.from, f.inferred])).toEqual([
      ['Agency:Департамент КНБ по Жамбылской области', false],
      ['Agency:Департамент полиции Жамбылской области', false],
    ]);
  });

  it('reads «задержаны … с 3,5 кг гашиша» as a seizure, and a road or a resident’s town as no place of one', () => {
    const places = facts(draft, 'OCCURRED_IN');
    expect(places).toContainEqual(
      expect.objectContaining({ from: 'Seizure:Изъятие 3,5 кг гашиша', to: 'City:Мерке', inferred: false }),
    );
    expect(places.map((f) => f.to)).not.toContain('City:Шымкент');
    expect(places.map((f) => f.to)).not.toContain('City:Тараз');
  });

  it('takes «по пресечению каналов» for a task, not a channel cut', () => {
    expect(named(draft, 'SupplyChannel').some((n) => /сбыта/u.test(n))).toBe(false);
  });
});

describe('several seizures and places in a raid', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-05-raids-almaty-region');
  }, 60_000);

  it('puts each seizure where its own clause says, before or after the amount', () => {
    const places = facts(draft, 'OCCURRED_IN')
      .filter((f) => f.from?.startsWith('Seizure:'))
      .map((f) => [f.from, f.to, f.inferred]);
    expect(places).toEqual(
      expect.arrayContaining([
        ['Seizure:Изъятие 35 кг марихуаны', 'City:Конаев', false],
        ['Seizure:Изъятие 18 кг гашиша', 'City:Талдыкорган', false],
        // «у уроженца Шымкента вблизи Кордая»: the man's home town is not where the drugs were taken.
        ['Seizure:Изъятие 7,5 кг гашиша', 'City:Кордай', false],
      ]),
    );
    expect(places.map((p) => p[1])).not.toContain('City:Шымкент');
  });

  it('reads «с привлечением» as a partner of the raid, not a second body that ran it', () => {
    expect(facts(draft, 'CONDUCTED_BY').map((f) => f.to)).toEqual([
      'Agency:Департамент полиции Алматинской области',
    ]);
    expect(facts(draft, 'PARTICIPATED_IN')).toEqual([
      expect.objectContaining({
        from: 'Agency:Пограничная служба КНБ',
        to: 'Operation:Рейд «Дала»',
        inferred: false,
      }),
    ]);
    expect(
      facts(draft, 'RESULTED_IN')
        .map((f) => f.to)
        .sort(),
    ).toEqual([
      'Seizure:Изъятие 18 кг гашиша',
      'Seizure:Изъятие 35 кг марихуаны',
      'Seizure:Изъятие 7,5 кг гашиша',
    ]);
  });
});

describe('agents implied by the words', () => {
  it('gives «пограничниками … изъято» to the border service and «Тем самым перекрыт канал» to the same body', async () => {
    const draft = await extractDev('events-06-border-carried-agent-kostanay');
    // «Департаментом Пограничной службы КНБ по Костанайской области»: the service's department in the region.
    const border = 'Agency:Департамент Пограничной службы КНБ по Костанайской области';
    expect(facts(draft, 'SEIZED')).toContainEqual(
      expect.objectContaining({ from: border, to: 'Seizure:Изъятие 2,6 кг гашиша', inferred: true }),
    );
    expect(facts(draft, 'DISRUPTED')).toEqual([
      expect.objectContaining({
        from: border,
        to: 'SupplyChannel:Канал поставки гашиша из Челябинска в Рудный',
        inferred: true,
      }),
    ]);
    const basis = draft.relationships.find((r) => r.type === 'DISRUPTED')?.basis;
    expect(basis).toMatch(/^«Тем самым»/u);
    // «оперативники управления по противодействию наркопреступности»: the directorate of the release's police
    // department (named after it), not the border service.
    expect(facts(draft, 'SEIZED')).toContainEqual(
      expect.objectContaining({
        from: 'Agency:Управление по противодействию наркопреступности Департамента полиции Костанайской области',
        to: 'Seizure:Изъятие 140 граммов мефедрона',
      }),
    );
  });
});

describe('an operation’s dated episodes', () => {
  it('counts a seizure on a named day («Утром 12 мая …») among the results of the operation the release is about', async () => {
    const draft = await extractDev('events-06-border-carried-agent-kostanay');
    expect(facts(draft, 'RESULTED_IN')).toContainEqual(
      expect.objectContaining({
        from: 'Operation:ОПМ «Кордон»',
        to: 'Seizure:Изъятие 140 граммов мефедрона',
        inferred: true,
      }),
    );
  });
});

describe('pieces with their mass', () => {
  it('reads «300 таблеток «экстази» общей массой 90 граммов» as one seizure with a count and a mass', async () => {
    const draft = await extractDev('events-06-border-carried-agent-kostanay');
    const pills = draft.entities.filter((e) => e.label === 'Seizure' && e.properties.count === 300);
    expect(pills).toHaveLength(1);
    expect(pills[0]!.properties).toMatchObject({ count: 300, item: 'таблеток', amountKg: 0.09 });
    expect(
      draft.entities.some(
        (e) => e.label === 'Seizure' && e.properties.amountKg === 0.09 && !e.properties.count,
      ),
    ).toBe(false);
  });
});

describe('a passive with its agent after the verb', () => {
  it('reads «перекрыт сотрудниками Департамента КНБ … совместно с …» and «изъято … Департаментом КНБ» as stated', async () => {
    const draft = await extractDev('events-07-passive-agent-after-pavlodar');
    const knb = 'Agency:Департамент КНБ по Павлодарской области';
    expect(facts(draft, 'DISRUPTED').map((f) => [f.from, f.inferred])).toEqual([
      [knb, false],
      ['Agency:Департамент полиции Павлодарской области', false],
    ]);
    expect(facts(draft, 'SEIZED')).toEqual([
      expect.objectContaining({ from: knb, to: 'Seizure:Изъятие 4,3 кг героина', inferred: false }),
    ]);
    expect(facts(draft, 'OCCURRED_IN')).toContainEqual(
      expect.objectContaining({ from: 'Seizure:Изъятие 4,3 кг героина', to: 'Region:Павлодарская область' }),
    );
  });
});

describe('a channel whose route the sentence before tells', () => {
  it('takes «перевозил … из Бишкека для сбыта в Тараз. Пресечён … канал» as the channel’s route, by inference', async () => {
    const draft = await extractDev('events-08-route-told-before-zhambyl');
    const channel = 'SupplyChannel:Межрегиональный канал поставки';
    expect(facts(draft, 'ORIGINATES_IN')).toEqual([
      expect.objectContaining({ from: channel, to: 'City:Бишкек', inferred: true }),
    ]);
    expect(facts(draft, 'DESTINED_FOR')).toEqual([
      expect.objectContaining({ from: channel, to: 'Region:Жамбылская область', inferred: true }),
    ]);
    // Where the courier was taking the drugs is not where they were seized.
    expect(facts(draft, 'OCCURRED_IN').map((f) => f.to)).not.toContain('City:Тараз');
  });
});
