// Round 11, part X: figures whose meaning comes from the layout. A count with last year's level in brackets
// before its noun («выявлено 238 (201) фактов сбыта»); a result told by any short participle and a colon, with a
// complement before the counted noun or the noun after the count («привлечено к уголовной ответственности лиц:
// 204», «охвачено профилактикой: 2 400 подростков»); a nominative label with a counted noun ending the item
// («Группа риска: 312 человек»); a dashed part with an adjective («фактов бесконтактного сбыта — 41»); table lines
// with the change in words and the seized mass's unit in the label. Inline texts: invented people, real bodies
// and places; each says it is a test fixture.
import { describe, expect, it } from 'vitest';
import { entitiesOf, extractInline, indicators } from '../helpers/extract-dev.ts';

const run = (text: string) =>
  extractInline(`Павлодар, 9 декабря 2025 года. Департамент полиции Павлодарской области сообщает. ${text}`);
const withQuote = (quote: string, figures: Record<string, unknown>) =>
  expect.objectContaining({ quote, ...figures });

describe('a count with last year’s level in brackets before its noun', () => {
  it.each([
    ['За 10 месяцев выявлено 238 (201) фактов сбыта.', 'выявлено 238 (201) фактов сбыта', 238, 201],
    [
      'В школах области проведено 186 (142) профилактических встреч.',
      'проведено 186 (142) профилактических встреч',
      186,
      142,
    ],
    ['С начала года ликвидировано 3 (1) нарколаборатории.', 'ликвидировано 3 (1) нарколаборатории', 3, 1],
    [
      'Задокументировано 57 (64) фактов хранения наркотиков.',
      'Задокументировано 57 (64) фактов хранения наркотиков',
      57,
      64,
    ],
  ])('reads «%s»', async (text, quote, value, previousValue) => {
    expect(indicators(await run(text))).toContainEqual(withQuote(quote, { value, previousValue }));
  });

  it('reads no noun after a bracket the sentence goes on past', async () => {
    const found = indicators(await run('Выявлено фактов сбыта: 96 (71) против прошлого года.'));
    expect(found).toContainEqual(expect.objectContaining({ value: 96, previousValue: 71 }));
  });
});

describe('a result told by a participle and a colon', () => {
  it.each([
    ['Итоги 9 месяцев: внесено представлений: 46.', 'внесено представлений: 46', 46],
    [
      'Итоги года: привлечено к уголовной ответственности лиц: 204.',
      'привлечено к уголовной ответственности лиц: 204',
      204,
    ],
    [
      'Итоги: возвращено органам уголовного преследования дел: 27.',
      'возвращено органам уголовного преследования дел: 27',
      27,
    ],
    [
      'За год рассмотрено обращений граждан: 318, отменено незаконных постановлений: 12.',
      'рассмотрено обращений граждан: 318',
      318,
    ],
    [
      'За год рассмотрено обращений граждан: 318, отменено незаконных постановлений: 12.',
      'отменено незаконных постановлений: 12',
      12,
    ],
    ['Охвачено профилактикой: 2 400 подростков.', 'Охвачено профилактикой: 2 400 подростков', 2400],
    [
      'За 9 месяцев заблокировано интернет-ресурсов: более 1,3 тыс.',
      'заблокировано интернет-ресурсов: более 1,3 тыс.',
      1300,
    ],
  ])('reads «%s»', async (text, quote, value) => {
    expect(indicators(await run(text))).toContainEqual(withQuote(quote, { value }));
  });

  it('names a complemented label by its noun', async () => {
    expect(
      indicators(await run('Итоги года: привлечено к уголовной ответственности лиц: 204.')),
    ).toContainEqual(expect.objectContaining({ metricRu: 'лица, привлеченные к уголовной ответственности' }));
  });
});

describe('a nominative label with a counted noun ending the item', () => {
  it.each([
    ['Группа риска: 312 человек, или 1,7 % протестированных.', 'Группа риска: 312 человек', 312],
    ['Контингент наблюдения: 1 240 пациентов.', 'Контингент наблюдения: 1 240 пациентов', 1240],
    ['Участники акции: 560 студентов; волонтёры: 48 человек.', 'Участники акции: 560 студентов', 560],
  ])('reads «%s»', async (text, quote, value) => {
    expect(indicators(await run(text))).toContainEqual(withQuote(quote, { value }));
  });

  it('reads no label whose count goes on to its own verb, nor an address', async () => {
    const found = indicators(await run('Результаты: 5 человек задержаны. Адрес: 5 микрорайон, дом 12.'));
    expect(found.map((i) => i.quote)).not.toContain('Результаты: 5 человек');
    expect(found.map((i) => i.value)).not.toContain(12);
  });
});

describe('a nominative label with a change in brackets after its figure', () => {
  it.each([
    [
      '▪️ наркопреступлений — 211;\n▪️ из них сбыт — 142 (в 1,3 раза больше, чем в 2024 году);',
      'сбыт — 142',
      142,
      1.3,
    ],
    ['Сбыт — 96 (+12,4 %).', 'Сбыт — 96', 96, 12.4],
    ['Контрабанда — 14 (на 27 % меньше).', 'Контрабанда — 14', 14, -27],
  ])('reads «%s»', async (text, quote, value, change) => {
    expect(indicators(await run(text))).toContainEqual(withQuote(quote, { value, change }));
  });

  it('reads no bare label with neither a change nor last year’s level', async () => {
    expect(indicators(await run('Телефон доверия: 102.'))).toEqual([]);
  });
});

describe('a dashed part whose genitive words hold an adjective', () => {
  it.each([
    [
      'Выявлено наркопреступлений — 57, из них фактов бесконтактного сбыта — 41.',
      'фактов бесконтактного сбыта — 41',
      41,
    ],
    ['Из них фактов незаконного хранения — 12, фактов сбыта — 9.', 'фактов незаконного хранения — 12', 12],
    [
      'Зарегистрировано 80 преступлений, в том числе фактов незаконного приобретения — 23.',
      'фактов незаконного приобретения — 23',
      23,
    ],
  ])('reads «%s»', async (text, quote, value) => {
    expect(indicators(await run(text))).toContainEqual(withQuote(quote, { value }));
  });

  it('leaves the total its own figure', async () => {
    const found = indicators(
      await run('Выявлено наркопреступлений — 57, из них фактов бесконтактного сбыта — 41.'),
    );
    expect(found).toContainEqual(withQuote('Выявлено наркопреступлений — 57', { value: 57 }));
  });
});

describe('table lines', () => {
  const table = (rows: string) => run(`Показатель — 2025 — 2024 — изменение\n${rows}`);

  it.each([
    ['Изъято наркотиков, кг — 212,6 — 301,4 — −29,5 %', 212.6, -29.5, '%', 'down'],
    ['Изъято наркотических средств, кг — 214,6 — 96,2 — рост в 2,2 раза', 214.6, 2.2, 'times', 'up'],
    ['Изъято синтетики, г — 840 — 510 — рост на 64,7 %', 0.84, 64.7, '%', 'up'],
    ['Изъято героина, т — 1,2 — 2,5 — снижение на 52 %', 1200, -52, '%', 'down'],
  ])(
    'reads a seized mass with its unit in the label: «%s»',
    async (row, amountKg, change, changeUnit, direction) => {
      expect(entitiesOf(await table(row), 'Seizure')).toContainEqual(
        expect.objectContaining({ quote: row, amountKg, change, changeUnit, direction }),
      );
    },
  );

  it.each([
    ['Пресечено каналов поставки — 5 — 2 — рост в 2,5 раза', 'SupplyChannel', 2.5, 'times', 'up'],
    ['Ликвидировано наркопритонов — 4 — 6 — снижение на 33,3 %', 'Indicator', -33.3, '%', 'down'],
    ['Перекрыто каналов контрабанды — 7 — 3 — рост в 2,3 раза', 'SupplyChannel', 2.3, 'times', 'up'],
  ])('reads a change in words: «%s»', async (row, label, change, changeUnit, direction) => {
    expect(entitiesOf(await table(row), label)).toContainEqual(
      expect.objectContaining({ change, changeUnit, direction }),
    );
  });

  it('reads no seizure from a line whose label has no unit', async () => {
    expect(entitiesOf(await table('Изъято оружия — 12 — 9 — рост на 33,3 %'), 'Seizure')).toEqual([]);
  });
});
