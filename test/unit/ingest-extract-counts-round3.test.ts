// Figures told across sentences and in compound units, parts counted in words, and whose figures a release's
// are (MEASURES): each test runs the real extractor on a development text (test/fixtures/extract-dev/counts-05-*:
// invented people, real bodies and places; it says it is a test fixture) or on an inline one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { extractDev, extractInline, facts, entitiesOf } from '../helpers/extract-dev.ts';

describe('compound masses and changes in counts (recogniser)', () => {
  it('adds a smaller unit written right after a larger one, and only a smaller one', () => {
    const figures = findFigures('изъято 3 тонны 150 кг марихуаны, 4 кг 20 г гашиша и 5 кг 2 тонны соломы');
    expect(figures.map((f) => f.value)).toEqual([3150, 4.02, 5, 2000]);
  });

  it('reads the direction of a change in counts told after its noun, and «превышает» as up', () => {
    const [fewer] = findFigures('на 12 случаев меньше, чем годом ранее');
    expect(fewer).toMatchObject({ value: 12, isChange: true, direction: 'down' });
    const [more] = findFigures('что в 1,3 раза превышает прошлогодний результат');
    expect(more).toMatchObject({ value: 1.3, unit: 'times', direction: 'up' });
  });

  it('reads no count from an age or a stretch of years', () => {
    expect(findFigures('не достигли 21 года, осуждены на 8 лет')).toEqual([]);
  });
});

describe('a district police unit reports its half-year (counts-05)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-05-district-report-shu');
  }, 60_000);

  it('puts «Это на 9 фактов больше …» on the indicator of the sentence before, not on a new one', () => {
    expect(entitiesOf(draft, 'Indicator')).toContainEqual(
      expect.objectContaining({
        quote: 'выявлено 64 наркопреступления',
        value: 64,
        change: 9,
        changeUnit: 'count',
        direction: 'up',
        comparedToYear: 2024,
      }),
    );
    expect(entitiesOf(draft, 'Indicator').filter((i) => /Это на 9/u.test(String(i.name)))).toEqual([]);
  });

  it('puts a change told of the same metric in the next sentence on the indicator already told', () => {
    const dens = entitiesOf(draft, 'Indicator').filter((i) => /^Наркопритоны/u.test(String(i.name)));
    expect(dens).toEqual([
      expect.objectContaining({ value: 12, change: -14.3, changeUnit: '%', direction: 'down' }),
    ]);
  });

  it('reads a factor that «превышает» the year before as a rise', () => {
    expect(entitiesOf(draft, 'Indicator')).toContainEqual(
      expect.objectContaining({ value: 48, change: 1.3, changeUnit: 'times', direction: 'up' }),
    );
  });

  it('counts a part told in words before «из которых» apart from its total', () => {
    const couriers = entitiesOf(draft, 'Indicator').filter((i) => /^Наркокурьеры/u.test(String(i.name)));
    expect(couriers).toEqual([
      expect.objectContaining({ quote: 'Задержаны 30 наркокурьеров', value: 30 }),
      expect.objectContaining({ quote: 'шестеро из которых ранее судимы', value: 6 }),
    ]);
  });

  it('reads tonnes and kilograms, kilograms and grams, as one seizure each', () => {
    const amounts = entitiesOf(draft, 'Seizure').map((s) => s.amountKg);
    expect(amounts).toEqual([1600, 1450, 2.08]);
  });

  it('measures the district unit, not its department, and no region its figures are not about', () => {
    const measured = facts(draft, 'MEASURES');
    expect(measured.length).toBeGreaterThanOrEqual(6);
    expect(measured.every((m) => m.to === 'Отдел полиции Шуского района')).toBe(true);
  });
});

describe('a briefing hosted by a communications service', () => {
  it('measures the police department that reports, not the service that hosts the briefing', async () => {
    const draft = await extractInline(
      'Полиция Павлодарской области подвела итоги девяти месяцев\n' +
        'На брифинге в региональной службе коммуникаций заместитель начальника Департамента полиции ' +
        'Павлодарской области огласил итоги работы. С начала года выявлено 140 наркопреступлений.',
    );
    const measured = facts(draft, 'MEASURES').map((m) => m.to);
    expect(measured).toContain('Департамент полиции Павлодарской области');
    expect(measured.some((to) => /коммуникаций/u.test(String(to)))).toBe(false);
  });
});

describe('a headline rounding its seizure, casework counts and levels of people (counts-06)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-06-headline-casework-taraz');
  }, 60_000);

  it("folds the headline's rounded «около 3 кг гашиша» into the exact seizure the body tells", () => {
    const seizures = draft.entities.filter((e) => e.label === 'Seizure');
    expect(seizures).toHaveLength(1);
    expect(seizures[0]!.properties).toMatchObject({ amountKg: 3.12, count: 9, substance: 'гашиша' });
    expect(seizures[0]!.mentions.map((m) => m.text)).toContain('около 3 кг гашиша');
  });

  it('counts what casework was about after «по» and «о», named with what was done', () => {
    expect(entitiesOf(draft, 'Indicator')).toContainEqual(
      expect.objectContaining({ name: 'Банковские карты участников группы (переданы в АФМ)', value: 14 }),
    );
    expect(entitiesOf(draft, 'Indicator')).toContainEqual(
      expect.objectContaining({ name: 'Телеграм-каналы (направлены для блокировки)', value: 6 }),
    );
  });

  it("reads people under observation with a quoted diagnosis, without the other clause's rise", () => {
    const observed = entitiesOf(draft, 'Indicator').find((i) => i.value === 2140);
    expect(observed).toMatchObject({ quote: expect.stringMatching(/^находятся 2 140 человек/u) });
    expect(observed).not.toHaveProperty('direction');
  });

  it('reads people a metric amounts to as its level', () => {
    expect(entitiesOf(draft, 'Indicator')).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Количество выявленных потребителей синтетики/u),
        value: 146,
        change: 1.7,
        direction: 'up',
      }),
    );
  });

  it('reads a part up to a bracket and the year before in the bracket as its baseline', () => {
    expect(entitiesOf(draft, 'Indicator')).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Наркопреступления по фактам сбыта через интернет/u),
        value: 17,
        previousValue: 12,
        direction: 'up',
      }),
    );
  });
});

describe("a directorate's head reporting", () => {
  it('measures the department whose directorate reports, with a basis saying so', async () => {
    const draft = await extractInline(
      'В Департаменте полиции Павлодарской области прошло совещание по итогам девяти месяцев.\n' +
        'Как сообщил в докладе начальник Управления по противодействию наркопреступности ДП Ерлан Мусин, ' +
        'с начала года выявлено 50 наркопреступлений.',
    );
    const agencies = draft.relationships.filter(
      (r) => r.type === 'MEASURES' && draft.entities.find((e) => e.ref === r.to)?.label === 'Agency',
    );
    expect(agencies.map((r) => draft.entities.find((e) => e.ref === r.to)?.name)).toEqual([
      'Департамент полиции Павлодарской области',
    ]);
    expect(agencies[0]).toMatchObject({ inferred: true, basis: expect.stringMatching(/directorates/u) });
    expect(agencies[0]!.basisRu).toMatch(/управления департамента/u);
  });
});

describe('people counted, then their change told again in words', () => {
  it('puts «число лиц, состоящих на учёте, снизилось» on the people counted on the register before', async () => {
    const draft = await extractInline(
      'По данным прокуратуры Павлодарской области, на наркологическом учёте состоят 940 лиц. ' +
        'По сравнению с прошлым годом число лиц, состоящих на учёте, снизилось на 4,2 %.',
    );
    const people = entitiesOf(draft, 'Indicator').filter((i) => /^Лица/u.test(String(i.name)));
    expect(people).toEqual([expect.objectContaining({ value: 940, change: -4.2, direction: 'down' })]);
  });
});

describe('plants destroyed where they grow', () => {
  it('counts «уничтожено 38 кустов конопли» as an eradication result, and bushes seized as a seizure', async () => {
    const draft = await extractInline(
      'В ходе ОПМ «Мак» участковые инспекторы Шуского района уничтожили 420 кустов конопли на заброшенном участке. ' +
        'У жителя села Толе би изъято 35 кустов мака.',
    );
    expect(entitiesOf(draft, 'Indicator')).toContainEqual(
      expect.objectContaining({
        quote: expect.stringMatching(/^уничтожили 420 кустов конопли/u),
        value: 420,
      }),
    );
    expect(entitiesOf(draft, 'Seizure').map((s) => s.count)).toEqual([35]);
  });
});

describe('a national release', () => {
  it("measures the ministry's committee that reports, and no region the operation passed through", async () => {
    const draft = await extractInline(
      'МВД подвело итоги республиканского мероприятия «Канал-2025»\n' +
        'Комитетом по противодействию наркопреступности МВД РК подведены итоги мероприятия, проведённого в ' +
        'Павлодарской и Акмолинской областях. В ходе мероприятия выявлено 540 наркопреступлений.',
    );
    const measured = facts(draft, 'MEASURES').map((m) => m.to);
    expect(measured).toEqual([expect.stringMatching(/^Комитет по противодействию наркопреступности/u)]);
  });
});

describe('results told by the noun of the act', () => {
  it('counts sites blocked and labs closed after «блокировка», «ликвидации»', async () => {
    const draft = await extractInline(
      'По инициативе департамента инициирована блокировка 312 интернет-ресурсов. ' +
        'Оперативники добились ликвидации 4 нарколабораторий.',
    );
    expect(entitiesOf(draft, 'Indicator')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ quote: 'блокировка 312 интернет-ресурсов', value: 312 }),
        expect.objectContaining({ quote: 'ликвидации 4 нарколабораторий', value: 4 }),
      ]),
    );
  });
});

describe('a metric with a participle phrase spelled with ё', () => {
  it('keeps «совершённых в составе …» in the metric and makes no second one of it', async () => {
    const draft = await extractInline(
      'Количество преступлений, совершённых в составе организованных групп, увеличилось в 2 раза.',
    );
    expect(entitiesOf(draft, 'Indicator')).toEqual([
      expect.objectContaining({
        name: expect.stringMatching(/^Количество преступлений, совершённых в составе организованных групп/u),
        change: 2,
        direction: 'up',
      }),
    ]);
  });
});

describe('a few people in words listed after people in digits', () => {
  it('counts «и трое перевозчиков» after «задержаны 26 закладчиков», and not a few people told alone', async () => {
    const draft = await extractInline(
      'За месяц полицейскими задержаны 26 закладчиков и трое перевозчиков крупных партий. ' +
        'Вечером в Экибастузе задержаны двое жителей города.',
    );
    const names = entitiesOf(draft, 'Indicator').map((i) => [i.name, i.value]);
    expect(names).toContainEqual([expect.stringMatching(/^Перевозчики/u), 3]);
    expect(names.some(([, value]) => value === 2)).toBe(false);
  });
});
