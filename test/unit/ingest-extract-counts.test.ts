// Indicators of the genre told in constructions other writers use: counts after any verb of results, list
// items with their noun left out, parts told with a verb, people at the head of their clause, sums of money,
// and whose figures they are (MEASURES). Each test runs the real extractor on a development text
// (test/fixtures/extract-dev/counts-*.txt: invented people, real bodies and places; each says it is a test
// fixture) or on an inline one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts, indicators } from '../helpers/extract-dev.ts';

const extractText = extractInline;

describe('a period report in lists (counts-01)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-01-period-lists-pavlodar');
  }, 60_000);

  it('reads a signed change in brackets after a count («6 140 уголовных правонарушений (–6,3 %)»)', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 6140, change: -6.3, changeUnit: '%', direction: 'down' }),
    );
  });

  it('names a list item told by its adjective alone with the noun of the metric before it', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Квартирные грабежи/),
        quote: 'квартирных – почти в 2 раза',
        change: 2,
        changeUnit: 'times',
      }),
    );
    // Each item is quoted alone, not with the items after it.
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: 'Число краж уменьшилось на 9,8 %', change: -9.8 }),
    );
  });

  it('reads a count written with a thousands space as a count, and a part told with a verb under it', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({ value: 1902, name: expect.stringMatching(/^Мошенничества/) }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        value: 1215,
        quote: 'из них 1 215 совершены дистанционно',
        name: expect.stringMatching(/^Мошенничества: совершены дистанционно/),
      }),
    );
  });

  it('reads a sum of money with what it is of, in tenge', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        value: 3_100_000_000,
        unit: 'KZT',
        qualifier: 'over',
        quote: 'Ущерб от мошенников превысил 3,1 млрд тенге',
      }),
    );
  });

  it('reads counts after verbs no list names («пресекли», «выявила»), with the adjectives of their noun', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({ value: 64, name: expect.stringMatching(/^Нелегальные пункты обмена валют/) }),
    );
    expect(found).toContainEqual(expect.objectContaining({ value: 72_000 }));
    // Two counts after two verbs joined by «и» are quoted apart; an adjective in quotes stays in the name.
    expect(found).toContainEqual(
      expect.objectContaining({ value: 64, quote: 'пресекли 64 нелегальных пункта обмена валют' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ value: 19, name: expect.stringMatching(/^Серые игровые клубы/) }),
    );
  });

  it('takes «за 11 месяцев» for a stretch of time and a task («задачи по снижению») for no figure', () => {
    const found = indicators(draft);
    expect(found.map((f) => f.value)).not.toContain(11);
    expect(found.map((f) => f.name).join('\n')).not.toMatch(/дорожно-транспортных/iu);
  });
});

describe('a financial investigation (counts-02)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-02-financial-case-karaganda');
  }, 60_000);

  it('reads the sums of the case, cash seized with drugs among them (two sets of three annotate it so)', () => {
    const money = indicators(draft).filter((f) => f.unit === 'KZT');
    expect(money.map((f) => f.value).sort()).toEqual([620_000_000, 95_000_000, 14_000_000].sort());
    expect(money.find((f) => f.value === 620_000_000)?.name).toMatch(
      /^Выручка от продажи синтетических наркотиков/,
    );
  });

  it('reads counts whose noun has adjectives before it, and people detained in a report of results', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({ value: 11, name: expect.stringMatching(/^Санкционированные обыски/) }),
    );
    expect(found).toContainEqual(expect.objectContaining({ value: 214 }));
    expect(found).toContainEqual(
      expect.objectContaining({ value: 6, quote: 'Задержаны 6 участников группы' }),
    );
  });

  it('measures the case by the investigating body only: its figures are not the region’s crime', () => {
    const measured = facts(draft, 'MEASURES');
    expect(measured.length).toBeGreaterThan(0);
    expect(
      measured.every((m) => m.to === 'Департамент экономических расследований по Карагандинской области'),
    ).toBe(true);
  });
});

describe('an akimat commission hearing the police and the doctors (counts-03)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-03-akimat-registers-turkistan');
  }, 60_000);

  it('puts the police figures heard at the akimat under the police body, as an inference', () => {
    const sales = draft.entities.find((e) => e.label === 'Indicator' && e.properties.value === 97)!;
    const measured = draft.relationships.filter((r) => r.type === 'MEASURES' && r.from === sales.ref);
    const name = new Map(draft.entities.map((e) => [e.ref, e.name]));
    expect(measured.map((r) => name.get(r.to))).toContain('Департамент полиции Туркестанской области');
    expect(measured.map((r) => name.get(r.to))).not.toContain('Акимат Туркестанской области');
    const police = measured.find((r) => name.get(r.to) === 'Департамент полиции Туркестанской области')!;
    expect(police.inferred).toBe(true);
    expect(police.basisRu).toMatch(/акимате/u);
  });

  it('reads a part whose number comes before «из которых»', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 41, quote: '41 из которых совершён через мессенджеры' }),
    );
  });

  it('reads people on a register, and a part named by an adjective alone («из них 54 несовершеннолетних»)', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(expect.objectContaining({ value: 2110 }));
    expect(found).toContainEqual(
      expect.objectContaining({ value: 54, name: expect.stringMatching(/несовершеннолетние/u) }),
    );
  });

  it('reads people at the head of their clause by the verb after them', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({
        value: 26,
        quote: '26 лиц, состоящих на учёте, более года не проходили медицинский осмотр',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ value: 9, name: expect.stringMatching(/^Студенты колледжей/) }),
    );
  });

  it('does not count the people of one incident', () => {
    expect(indicators(draft).map((f) => f.value)).not.toContain(2);
  });
});

describe('counts told by the clause after them', () => {
  it('reads «В 9 из них выявлены …» and «В 11 случаях … составлены …» with their clause', async () => {
    const draft = await extractText(
      'Петропавловск, 2 декабря 2025 года\nПроверкой охвачены 42 аптеки. В 9 из них выявлены факты отпуска препаратов без рецепта врача. В 11 случаях акты уничтожения составлены без участия понятых.',
      '2025-12-02',
    );
    const found = indicators(draft);
    expect(found).toContainEqual(expect.objectContaining({ value: 42, quote: 'охвачены 42 аптеки' }));
    expect(found).toContainEqual(
      expect.objectContaining({
        value: 9,
        quote: 'В 9 из них выявлены факты отпуска препаратов без рецепта врача',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        value: 11,
        name: expect.stringMatching(/^Акты уничтожения составлены без участия понятых/),
      }),
    );
  });

  it('reads a count whose verb is parted from its number by a place («провели в колледжах Тараза 12 встреч»)', async () => {
    const draft = await extractText(
      'Тараз, 2 декабря 2025 года\nИнспекторы ювенальной полиции провели в колледжах Тараза 12 встреч со студентами.',
      '2025-12-02',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 12, name: expect.stringMatching(/^Встречи/) }),
    );
  });
});

describe('counts under an article of the law', () => {
  it('reads «из них 6 – по ч. 3 ст. 297 УК РК» as a part and keeps the article in a count’s name and quote', async () => {
    const draft = await extractText(
      'Актобе, 2 сентября 2026 года\nПо итогам ОПМ возбуждено 17 уголовных дел, из них 6 – по ч. 3 ст. 297 УК РК, задержаны 11 человек.\nВ Хромтау возбуждено 3 уголовных дела по ст. 296 УК РК.',
      '2026-09-02',
    );
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({ value: 17, quote: 'возбуждено 17 уголовных дел' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        value: 6,
        name: expect.stringMatching(/^Уголовные дела по ч\. 3 ст\. 297 УК РК/),
        quote: 'из них 6 – по ч. 3 ст. 297 УК РК',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        value: 3,
        name: expect.stringMatching(/^Уголовные дела по ст\. 296 УК РК/),
        quote: 'возбуждено 3 уголовных дела по ст. 296 УК РК',
      }),
    );
  });
});

describe('whose figures they are', () => {
  it('measures a figure by the body its clause names as doing the work, and by a post that reports it', async () => {
    const draft = await extractText(
      'Актобе, 2 декабря 2025 года\nПрокуратура Актюбинской области провела брифинг. Сотрудниками Департамента КНБ по Актюбинской области выявлено 12 наркопритонов. Руководитель управления здравоохранения Актюбинской области Айгуль Сейтова сообщила, что на учёте состоят 1 200 человек.',
      '2025-12-02',
    );
    const measured = facts(draft, 'MEASURES');
    expect(measured).toContainEqual(
      expect.objectContaining({
        from: expect.stringMatching(/^Наркопритоны/),
        to: 'Департамент КНБ по Актюбинской области',
        inferred: true,
      }),
    );
    expect(measured).toContainEqual(
      expect.objectContaining({
        from: expect.stringMatching(/^Лица/),
        to: 'Управление здравоохранения Актюбинской области',
      }),
    );
    expect(measured.map((m) => m.to)).not.toContain('Прокуратура Актюбинской области');
  });
});

describe('comparisons and what is not a figure', () => {
  it('reads «снизилось с 19 до 14 человек» as the level reached and the difference', async () => {
    const draft = await extractText(
      'Кокшетау, 2 декабря 2025 года\nЗа 11 месяцев число погибших в дорожно-транспортных происшествиях снизилось с 19 до 14 человек.',
      '2025-12-02',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 14, previousValue: 19, change: -5, direction: 'down' }),
    );
  });

  it('reads a factor put before what it counts («Вдвое меньше людей погибло …»), quoted apart from the next clause', async () => {
    const draft = await extractText(
      'Усть-Каменогорск, 2 декабря 2025 года\nВдвое меньше людей погибло в дорожно-транспортных происшествиях, при этом к административной ответственности привлечено 64,2 тыс. водителей.',
      '2025-12-02',
    );
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({
        quote: 'Вдвое меньше людей погибло в дорожно-транспортных происшествиях',
        change: 2,
        changeUnit: 'times',
        direction: 'down',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ value: 64_200, quote: 'привлечено 64,2 тыс. водителей' }),
    );
  });

  it('reads «погибли 38 человек против 51» as the level now, lower than before', async () => {
    const draft = await extractText(
      'Актобе, 2 декабря 2025 года\nЗа 11 месяцев на дорогах Актюбинской области погибли 38 человек против 51 годом ранее.',
      '2025-12-02',
    );
    expect(indicators(draft)).toContainEqual(expect.objectContaining({ value: 38, direction: 'down' }));
    expect(indicators(draft).map((f) => f.value)).not.toContain(51);
  });

  it('leaves pieces weighed to the seizure («12 брикетов гашиша общим весом 2 кг»)', async () => {
    const draft = await extractText(
      'Караганда, 2 декабря 2025 года\nВ ходе досмотра обнаружены 12 брикетов гашиша общим весом 2 кг 430 граммов.',
      '2025-12-02',
    );
    expect(indicators(draft)).toEqual([]);
  });
});
