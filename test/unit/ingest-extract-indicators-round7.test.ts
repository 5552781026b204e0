// Indicators told in constructions the seventh round found on releases written by new annotators: a tally
// «<genitive plural> – N» with no verb, a count broken down by place with its noun left out («из них в
// Аральском районе – 19», «по Аягозу – 31»), a part of people counted before, a narrower metric kept apart
// from the count before it; and no indicator for parts of channels or pieces, for the doses a seizure would
// have sufficed for, for targets or forecasts, or for the first day of a range of days. Runs the real
// extractor on a development text (test/fixtures/extract-dev/counts-17-*.txt: invented people, real bodies
// and places; it says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDev, extractInline, indicators } from '../helpers/extract-dev.ts';

const withQuote = (quote: string, figures: Record<string, unknown>) =>
  expect.objectContaining({ quote, ...figures });

describe('indicators of round 7 (counts-17)', () => {
  let found: Record<string, unknown>[];
  beforeAll(async () => {
    found = indicators(await extractDev('counts-17-tallies-and-targets-turkistan'));
  }, 60_000);

  it('reads a tally «<genitive plural> – N» after «из них», «в том числе» or opening a list item', () => {
    expect(found).toContainEqual(
      withQuote('фактов сбыта – 87', { name: expect.stringMatching(/^Факты сбыта/), value: 87 }),
    );
    expect(found).toContainEqual(
      withQuote('фактов хранения — 54', { value: 54, change: -8, changeUnit: '%', direction: 'down' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Наркопритоны/), value: 6 }),
    );
  });

  it('reads a count broken down by place, the noun left out, as the count of that place', () => {
    expect(found).toContainEqual(
      withQuote('в Сарыагашском районе – 41', {
        name: expect.stringMatching(/^Наркопреступления в Сарыагашском районе/),
        value: 41,
        unit: 'crimes',
      }),
    );
    expect(found).toContainEqual(
      withQuote('в городе Кентау — 12', {
        name: expect.stringMatching(/^Факты содержания притонов в городе Кентау/),
        value: 12,
      }),
    );
    // The change after the place's figure is the place's, and the total before it keeps its own quote.
    expect(found).toContainEqual(withQuote('по Кентау – 28', { value: 28, change: 2, changeUnit: 'times' }));
    expect(found).toContainEqual(withQuote('зарегистрировано 96 наркопреступлений', { value: 96 }));
    expect(found).toContainEqual(withQuote('выявлено 264 наркопреступления', { value: 264 }));
  });

  it('keeps a narrower metric told after a count («фактов сбыта синтетических наркотиков») apart from it', () => {
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/синтетических/),
        change: 1.5,
        changeUnit: 'times',
        direction: 'up',
      }),
    );
    expect(found.find((i) => i.value === 87)?.change).toBeUndefined();
  });

  it('reads a part of people counted before («…, в том числе 9 жителей других регионов»)', () => {
    expect(found).toContainEqual(
      withQuote('9 жителей других регионов', {
        name: expect.stringMatching(/^Жители других регионов/),
        value: 9,
      }),
    );
  });

  it('gives no indicator to a part of pieces seized or of channels cut', () => {
    expect(found.filter((i) => i.value === 12 && !String(i.name).includes('Кентау'))).toEqual([]);
    expect(found.filter((i) => i.value === 3)).toEqual([]);
    // «хватило бы на 7 тысяч разовых доз» tells the size of the seizure, not a figure of work.
    expect(found.filter((i) => i.unit === 'doses')).toEqual([]);
  });

  it('gives no indicator to a target or a forecast, but keeps a result «удалось добиться»', () => {
    expect(found.filter((i) => i.value === 90 || i.value === 2000 || i.value === 600)).toEqual([]);
    expect(found).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Кражи/), change: -4 }),
    );
  });

  it('reads no count from the first day of a range of days («за неделю (3–9 ноября)», «с 3 по 9 ноября»)', async () => {
    for (const range of ['(3–9 ноября)', 'с 3 по 9 ноября']) {
      const week = indicators(
        await extractInline(
          `Сводка ДП Шымкента за неделю ${range}\n\nЗа прошедшую неделю полицейскими города Шымкента выявлено 9 наркопреступлений.`,
          '2025-11-10',
        ),
      );
      expect(week.map((i) => i.value)).toEqual([9]);
    }
  });
});
