// Indicators told in constructions the first round of rules missed: counts written as words, a total's size
// named at the head of its clause, and a count listed right after another. Runs the real extractor on a
// development text (test/fixtures/extract-dev/counts-04-*.txt: invented people, real bodies and places; it says
// it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { extractDev, indicators } from '../helpers/extract-dev.ts';

describe('counts in words (recogniser)', () => {
  it('reads thousands written in words whole, and no count from per cent or a factor in words', () => {
    const figures = findFigures(
      'проверено свыше трёх тысяч человек, пять процентов, в три раза, две квартиры',
    );
    expect(figures.map((f) => [f.value, f.unit, f.noun])).toEqual([
      [3000, 'count', 'человек'],
      // Per cent in words is a percentage (word-percents.ts), never a count.
      [5, '%', null],
      [3, 'times', null],
      [2, 'count', 'квартиры'],
    ]);
  });
});

describe('counts in words, sizes and listed counts (counts-04)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-04-word-counts-kyzylorda');
  }, 60_000);

  it('reads a count from two to ten written as a word after a verb of result', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: 'закрыты три наркопритона', value: 3, unit: 'count' }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Подпольные лаборатории/),
        value: 2,
      }),
    );
  });

  it('reads a total mass or area named at the head of its clause, with its unit and change', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Вес изъятого/),
        value: 38.4,
        unit: 'kg',
        change: 2,
        changeUnit: 'times',
        direction: 'up',
      }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Площадь выявленных очагов дикорастущей конопли/),
        value: 21,
        unit: 'ha',
      }),
    );
  });

  it('gives a count listed after another count the same verb, each quoted alone', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: 'приостановлены 64 банковские карты', value: 64 }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Электронные кошельки/), value: 8 }),
    );
  });

  it('leaves a few people counted in words in one case, and a seized mass, out of the indicators', () => {
    const names = indicators(draft).map((i) => String(i.name));
    expect(names.filter((n) => /люд|молод/iu.test(n))).toEqual([]);
    expect(indicators(draft).filter((i) => i.value === 0.12)).toEqual([]);
    expect(draft.entities).toContainEqual(
      expect.objectContaining({ label: 'Seizure', properties: expect.objectContaining({ amountKg: 0.12 }) }),
    );
  });

  it('reads a share of a total told with «из них» as a part in per cent', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Факты сбыта наркотиков: совершены через мессенджеры/),
        quote: '40,5 % из них совершены через мессенджеры',
        value: 40.5,
        unit: '%',
      }),
    );
  });

  it('takes the year before told after a dash («а годом ранее – 11») as the baseline of the count', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 16, previousValue: 11, change: 5, direction: 'up' }),
    );
    expect(indicators(draft).filter((i) => i.value === 11 && /контрабанд/u.test(String(i.name)))).toEqual([]);
  });

  it('keeps an adverb of how often inside a metric («число повторно выявленных потребителей»)', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Число повторно выявленных потребителей/),
        change: -4,
        changeUnit: '%',
      }),
    );
  });

  it('counts the actions a result came from («в ходе 12 рейдов изъято …»), quoted without the result', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Рейды/),
        quote: 'в ходе 12 рейдов',
        value: 12,
      }),
    );
    expect(draft.entities).toContainEqual(
      expect.objectContaining({ label: 'Seizure', properties: expect.objectContaining({ amountKg: 2.1 }) }),
    );
  });

  it('reads people at the head of a clause after a relative clause («24 подростка, у которых …, не поставлены») or «а»', () => {
    const teens = indicators(draft).find((i) =>
      String(i.name).startsWith('Подростки (на профилактический учёт не поставлены)'),
    );
    expect(teens).toMatchObject({ value: 24 });
    // «подростка» holds the letters of «рост» but says nothing of a rise.
    expect(teens?.direction).toBeUndefined();
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Пациенты \(выписаны из диспансера досрочно\)/),
        value: 15,
      }),
    );
  });

  it('compares a count with the one «против» it when a few words of what it counts stand between', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        value: 31,
        previousValue: 26,
        direction: 'up',
        year: 2025,
        comparedToYear: 2024,
      }),
    );
  });

  it('names a metric with the participial phrase after it, in a sentence whose speaker is described as appointed', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Число лиц, состоящих на профилактическом учёте/),
        change: -3.5,
        direction: 'down',
      }),
    );
    // The participle is no listed metric of its own («число состоящих»).
    expect(indicators(draft).filter((i) => /^Число состоящих/u.test(String(i.name)))).toEqual([]);
  });

  it('counts neither what one person did in words nor the things a sum of money covers', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: 'Имущество (сумма в тенге)', value: 95_000_000, unit: 'KZT' }),
    );
    const names = indicators(draft).map((i) => String(i.name));
    expect(names.filter((n) => /дом|квартир|автомобил/iu.test(n))).toEqual([]);
  });

  it('reads the share of a larger whole («что составляет 41 % от общего числа …») as a metric of its own', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Мошенничества: доля от общего числа зарегистрированных/),
        value: 41,
        unit: '%',
      }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Мошенничества в 2025/), value: 88 }),
    );
  });

  it('counts channels of money («4 канала легализации наркодоходов») as a result, not as supply channels', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Каналы легализации наркодоходов/), value: 4 }),
    );
  });

  it('reads a counted noun or its genitive in quotes, the quote closed in the mention', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Кураторы наркошопов/),
        quote: 'и 3 «куратора» наркошопов',
        value: 3,
      }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Аккаунты вербовщиков/),
        quote: 'заблокировано 52 аккаунта «вербовщиков»',
        value: 52,
      }),
    );
    // The count before them is quoted alone.
    expect(indicators(draft)).toContainEqual(expect.objectContaining({ quote: 'задержаны 17 закладчиков' }));
  });

  it('gives people listed right after others what was done to the others («96 человек и 11 студентов»)', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Студенты колледжей \(.*на профилактический учёт поставлено\)/),
        value: 11,
      }),
    );
  });

  it('keeps the case of a part opened by a preposition («из них 12 — по фактам незаконного обналичивания»)', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Уголовные правонарушения по фактам незаконного обналичивания/),
        value: 12,
      }),
    );
  });

  it('reads staffing as a metric («некомплект личного состава сократился до 7,2 %»)', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Некомплект личного состава/),
        value: 7.2,
        unit: '%',
        direction: 'down',
      }),
    );
  });
});
