// Figures told in constructions the fifth round found on releases no rule had read: a change named as a noun
// beside a bracketed baseline, a part's own change, an area and its change, a seized mass compared with the
// year before, pieces a mass was packed in, litres, amounts in words and a directive's number to reach. Runs
// the real extractor on development texts (test/fixtures/extract-dev/figures-*.txt: invented people, real
// bodies and places; each says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { extractDev, extractInline, facts, indicators, entitiesOf } from '../helpers/extract-dev.ts';

describe('figures in words and changes (recogniser)', () => {
  it('reads masses and thousands written in words', () => {
    const read = (text: string) => findFigures(text).map((f) => [f.value, f.unit, f.qualifier]);
    expect(read('изъято полторы тонны гашиша')).toEqual([[1500, 'kg', 'exactly']]);
    expect(read('изъято около двух тонн марихуаны')).toEqual([[2000, 'kg', 'about']]);
    expect(read('изъято пятьсот граммов героина')).toEqual([[0.5, 'kg', 'exactly']]);
    expect(read('изъято свыше двух тысяч таблеток')).toEqual([[2000, 'count', 'over']]);
  });

  it('reads «2025 г.» as a year, not 2,025 kg, and grams with a full stop still as grams', () => {
    const read = (text: string) => findFigures(text).map((f) => [f.value, f.unit]);
    expect(read('В 2025 г. изъято 3 кг героина.')).toEqual([[3, 'kg']]);
    expect(read('изъято 2,5 г. героина и 420 г. гашиша')).toEqual([
      [0.0025, 'kg'],
      [0.42, 'kg'],
    ]);
  });

  it('reads counts from eleven to ninety-nine written in words', () => {
    const read = (text: string) => findFigures(text).map((f) => [f.value, f.noun, f.inWords ?? false]);
    expect(read('выявлено пятнадцать фактов сбыта')).toEqual([[15, 'фактов', false]]);
    expect(read('задержаны сорок закладчиков')).toEqual([[40, 'закладчиков', false]]);
    expect(read('выявлено двадцать три факта')).toEqual([[23, 'факта', false]]);
    expect(read('задержаны трое курьеров')).toEqual([[3, 'курьеров', true]]);
    expect(read('за пятнадцать месяцев')).toEqual([]);
  });

  it('reads tonnes as «т», an ending after the digits, and «порядка» as about', () => {
    const read = (text: string) => findFigures(text).map((f) => [f.value, f.unit, f.qualifier]);
    expect(read('изъято свыше 2-х тонн наркотиков')).toEqual([[2000, 'kg', 'over']]);
    expect(read('изъято 1,5 т марихуаны')).toEqual([[1500, 'kg', 'exactly']]);
    expect(read('изъято порядка 300 кг')).toEqual([[300, 'kg', 'about']]);
    expect(read('его 5-летний сын')).toEqual([]);
  });

  it('reads a change counted in words after «на», and «в два с половиной раза»', () => {
    const read = (text: string) => findFigures(text).map((f) => [f.value, f.unit, f.isChange, f.direction]);
    expect(read('что на девять фактов больше')).toEqual([[9, 'count', true, 'up']]);
    expect(read('на двадцать три факта меньше')).toEqual([[23, 'count', true, 'down']]);
    expect(read('выросло в два с половиной раза')).toEqual([[2.5, 'times', true, 'up']]);
  });

  it('reads a change named as a noun and sized after «составил» or a dash', () => {
    const [change] = findFigures('снижение составило 11,2 %');
    expect(change).toMatchObject({ value: 11.2, unit: '%', isChange: true, direction: 'down' });
    const [rise] = findFigures('рост числа краж составил 12 %');
    expect(rise).toMatchObject({ isChange: true, direction: 'up' });
    const [more] = findFigures('прирост — 23 факта');
    expect(more).toMatchObject({ value: 23, isChange: true, direction: 'up' });
  });

  it('reads the year before in brackets told either way round', () => {
    for (const text of [
      '143 преступления (в прошлом году — 161)',
      '143 преступления (161 — в прошлом году)',
      '143 преступления (против 161 годом ранее)',
      '143 преступления (за 10 месяцев прошлого года — 161)',
      '143 преступления (АППГ – 161)',
    ]) {
      expect(findFigures(text), text).toEqual([
        expect.objectContaining({ value: 143, previous: 161, direction: 'down' }),
      ]);
    }
  });
});

describe('changes, parts and areas (figures-01)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('figures-01-changes-parts-zhambyl');
  }, 60_000);

  it('takes the stated % over the difference to a bracketed baseline', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 318, change: -7.6, changeUnit: '%', direction: 'down' }),
    );
  });

  it('puts a part’s change on the part, with no nameless indicator for it', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        // Quoted apart from the part after it (the rule that keeps two parts' quotes from sharing words).
        quote: expect.stringMatching(/^Из них 126 фактов сбыта/u),
        value: 126,
        change: 14,
        direction: 'up',
      }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 41, change: 9, changeUnit: '%', direction: 'up' }),
    );
    expect(indicators(draft).filter((i) => i.change === 14)).toHaveLength(1);
    expect(indicators(draft).find((i) => i.value === 96)).not.toHaveProperty('change');
  });

  it('reads a baseline after the level in brackets', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 2140, previousValue: 2395, direction: 'down' }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 57, previousValue: 49, direction: 'up' }),
    );
  });

  it('quotes an area from «на площади» on, with the change told after it', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        quote: 'на общей площади 212 гектаров, что в 1,3 раза превышает показатель прошлого года',
        value: 212,
        change: 1.3,
        changeUnit: 'times',
      }),
    );
    expect(indicators(draft).find((i) => i.value === 64)).not.toHaveProperty('change');
  });

  it('quotes a part told after its number and its share of the whole apart', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: 'из которых 131 совершено через интернет', value: 131 }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        quote: 'это 64 % от общего числа против 55 % годом ранее',
        metricRu: expect.stringMatching(/доля от общего числа$/),
        value: 64,
        previousValue: 55,
        direction: 'up',
      }),
    );
  });

  it('reads a part counted in words with what it counts after a dash', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: 'из них девять — факты сбыта', value: 9 }),
    );
  });

  it('puts a seized mass’s change on the Seizure, each its own', () => {
    expect(entitiesOf(draft, 'Seizure')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          amountKg: 1500,
          change: 12.4,
          changeUnit: '%',
          direction: 'up',
          comparedToYear: 2024,
        }),
        expect.objectContaining({ amountKg: 38.5, change: 2, changeUnit: 'times', direction: 'up' }),
      ]),
    );
  });
});

describe('seizures and directives (figures-02)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('figures-02-seizures-targets-pavlodar');
  }, 60_000);

  it('counts the pieces a mass was packed in on its seizure, not as a second one', () => {
    const seizures = entitiesOf(draft, 'Seizure');
    expect(seizures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ quote: '2,4 кг мефедрона', amountKg: 2.4, count: 480 }),
        expect.objectContaining({ quote: '620 граммов героина', amountKg: 0.62, count: 124 }),
        expect.objectContaining({ quote: '900 граммов гашиша', amountKg: 0.9, count: 150 }),
      ]),
    );
    expect(seizures.filter((s) => s.amountKg === undefined && s.unit !== 'litres')).toEqual([
      expect.objectContaining({ count: 2000, amountQualifier: 'over' }),
    ]);
  });

  it('reads a batch «выявлена» as a seizure, counted in a total of drugs but not in one of another drug', () => {
    expect(entitiesOf(draft, 'Seizure')).toContainEqual(
      expect.objectContaining({ quote: '860 граммов гашиша', amountKg: 0.86 }),
    );
    const into = facts(draft, 'INCLUDED_IN').filter((f) => f.from === 'Изъятие 860 граммов гашиша');
    expect(into).toEqual([expect.objectContaining({ to: 'Изъятие около двух тонн наркотиков' })]);
  });

  it('gives a volume as litres both ways, and masses in words', () => {
    expect(entitiesOf(draft, 'Seizure')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ volumeLitres: 350, value: 350, unit: 'litres' }),
        expect.objectContaining({ quote: 'три килограмма гашиша', amountKg: 3 }),
        expect.objectContaining({ quote: 'около двух тонн наркотиков', amountKg: 2000 }),
      ]),
    );
  });

  it('reads a directive’s one number to reach, and no sum of money as one', () => {
    const directives = entitiesOf(draft, 'Directive');
    expect(directives).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Обеспечить охват/), count: 6000 }),
    );
    expect(directives).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Провести не менее 40/), count: 40 }),
    );
    expect(directives.find((d) => String(d.name).startsWith('Предусмотреть'))).not.toHaveProperty('count');
  });
});

describe('a part among people and litres (inline)', () => {
  it('reads «среди них» as a part, with its own change', async () => {
    const draft = await extractInline(
      'Задержано 38 закладчиков, среди них 14 несовершеннолетних, что на 3 больше, чем годом ранее.',
      '2026-11-10',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 14, change: 3, direction: 'up' }),
    );
    expect(indicators(draft).find((i) => i.value === 38)).not.toHaveProperty('change');
  });

  it('reads a share told after «из них» with what it is after a dash', async () => {
    const draft = await extractInline(
      'За 9 месяцев выявлено 186 наркопреступлений, из них 65 % — с использованием интернета.',
      '2026-11-10',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        quote: 'из них 65 % — с использованием интернета',
        metricRu: 'наркопреступления: доля с использованием интернета',
        value: 65,
        unit: '%',
      }),
    );
  });

  it('reads «л» as litres', async () => {
    const draft = await extractInline('В ходе обыска изъято 620 л прекурсоров.', '2026-11-10');
    expect(entitiesOf(draft, 'Seizure')).toEqual([
      expect.objectContaining({ volumeLitres: 620, value: 620, unit: 'litres' }),
    ]);
  });
});

describe('a seized mass compared in brackets or by a mass (inline)', () => {
  it('reads the change or the year before in brackets after the mass, and no seizure from a change in kg', async () => {
    for (const [text, change, changeUnit] of [
      ['С начала года сотрудниками ДП изъято 430 кг наркотиков (рост на 17,5 %).', 17.5, '%'],
      ['С начала года сотрудниками ДП изъято 430 кг наркотиков (+17,5 %).', 17.5, '%'],
      [
        'С начала года сотрудниками ДП изъято 430 кг наркотиков (в 2 раза больше, чем годом ранее).',
        2,
        'times',
      ],
      [
        'С начала года сотрудниками ДП изъято 430 кг наркотиков, что на 120 кг больше, чем годом ранее.',
        120,
        'kg',
      ],
      ['С начала года сотрудниками ДП изъято 430 кг наркотиков (в прошлом году — 310 кг).', 120, 'kg'],
      ['С начала года объём изъятых ДП наркотиков вырос на 15 % и составил 430 кг.', 15, '%'],
      ['Количество изъятых ДП наркотиков увеличилось в 2,4 раза — с 180 до 430 кг.', 2.4, 'times'],
    ] as const) {
      const seizures = entitiesOf(await extractInline(text, '2026-11-10'), 'Seizure');
      expect(seizures, text).toEqual([
        expect.objectContaining({ amountKg: 430, change, changeUnit, direction: 'up' }),
      ]);
    }
  });
});

describe('a change told in the next sentence (inline)', () => {
  it('joins «Рост составил …» and «По сравнению с … этот показатель вырос …» to the figure before', async () => {
    for (const text of [
      'С начала года выявлено 412 наркопреступлений. Рост составил 8,4 %.',
      'С начала года выявлено 412 наркопреступлений. По сравнению с прошлым годом этот показатель вырос на 8,4 %.',
      'С начала года выявлено 412 наркопреступлений. Рост по сравнению с 2025 годом составил 8,4 %.',
    ]) {
      const found = indicators(await extractInline(text, '2026-11-10'));
      expect(found, text).toEqual([
        expect.objectContaining({ value: 412, change: 8.4, changeUnit: '%', direction: 'up' }),
      ]);
    }
  });

  it('leaves «Рост киберпреступлений составил …» to a metric of its own, not the figure before', async () => {
    const found = indicators(
      await extractInline(
        'С начала года выявлено 412 наркопреступлений. Рост киберпреступлений составил 12 %.',
        '2026-11-10',
      ),
    );
    expect(found.find((i) => i.value === 412)).not.toHaveProperty('change');
  });

  it('puts «Это вдвое больше …» after a seized mass on its Seizure too', async () => {
    const draft = await extractInline(
      'С начала года изъято 96 кг синтетических наркотиков. Это вдвое больше, чем годом ранее.',
      '2026-11-10',
    );
    expect(entitiesOf(draft, 'Seizure')).toEqual([
      expect.objectContaining({ amountKg: 96, change: 2, changeUnit: 'times', direction: 'up' }),
    ]);
  });
});

describe('a headline amount in words (inline)', () => {
  it('folds «Полторы тонны …» of the headline into the body’s 1 512 kg', async () => {
    const draft = await extractInline(
      'Полторы тонны наркотиков изъяли в Жамбылской области\nТараз, 10 ноября 2026 года\n\n' +
        'С начала года сотрудниками ДП Жамбылской области изъято 1 512 кг наркотических средств.\n',
      '2026-11-10',
    );
    expect(entitiesOf(draft, 'Seizure')).toEqual([expect.objectContaining({ amountKg: 1512 })]);
  });
});
