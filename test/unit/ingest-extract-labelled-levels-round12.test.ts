// Round 12, part X: levels and parts whose meaning comes from the layout. A list item's own number is no
// figure («3) задержаны 12 человек»); a sum of money after a dash or colon of its label («Общая стоимость
// имущества – 2,3 млрд тенге») and a period's total of fines are levels. Inline texts: invented people, real
// bodies and places; each says it is a test fixture.
import { describe, expect, it } from 'vitest';
import { extractInline, indicators } from '../helpers/extract-dev.ts';

const run = (text: string) =>
  extractInline(`Павлодар, 9 декабря 2025 года. Департамент полиции Павлодарской области сообщает. ${text}`);
const values = async (text: string) => indicators(await run(text)).map((i) => i.value);

describe('the number of a list item', () => {
  it('is not the level of the item', async () => {
    const found = await values(
      'Итоги рейда:\n1) ликвидирован наркопритон;\n3) задержаны 12 человек;\n4) возбуждено 15 уголовных дел.',
    );
    expect(found).toEqual(expect.arrayContaining([12, 15]));
    expect(found).not.toContain(3);
    expect(found).not.toContain(4);
  });

  it('is not read after a dot either', async () => {
    const found = await values('Итоги рейда:\n2. задержаны 9 человек.');
    expect(found).toContain(9);
    expect(found).not.toContain(2);
  });
});

describe('a sum of money told as a labelled level', () => {
  it.each([
    ['Приобретены 4 квартиры. Общая стоимость имущества – 2,3 млрд тенге, на него наложен арест.', 2.3e9],
    ['Объем легализованных средств: 640 млн тенге.', 6.4e8],
    ['Оштрафованы 12 землепользователей. Общая сумма штрафов — 3,2 млн тенге.', 3.2e6],
    ['Привлечены 20 землепользователей, сумма штрафов составила 1,8 млн тенге.', 1.8e6],
    ['Всего за год пресечена легализация наркодоходов на 5,1 млрд тенге.', 5.1e9],
  ])('reads «%s»', async (text, value) => {
    expect(await values(text)).toContain(value);
  });

  it('leaves one fine, a price and a wage out', async () => {
    for (const text of [
      'Водитель оштрафован на 120 тыс. тенге.',
      'Стоимость одного грамма — около 20 тыс. тенге.',
      'Курьерам платили по 5 тыс. тенге за закладку.',
    ])
      expect(indicators(await run(text)).filter((i) => i.unit === 'KZT')).toEqual([]);
  });
});

describe('an average age or term told after its label', () => {
  it.each([
    [
      'Средний возраст осуждённых курьеров — 23 года.',
      'Средний возраст осуждённых курьеров — 23 года',
      23,
      null,
    ],
    [
      'Средний срок лишения свободы за сбыт составил 9 лет.',
      'Средний срок лишения свободы за сбыт составил 9 лет',
      9,
      null,
    ],
    [
      'Средний возраст впервые выявленных потребителей снизился до 19 лет.',
      'Средний возраст впервые выявленных потребителей снизился до 19 лет',
      19,
      'down',
    ],
  ])('reads «%s»', async (text, quote, value, direction) => {
    const found = indicators(await run(text)).find((i) => i.quote === quote);
    expect(found).toEqual(expect.objectContaining({ value, unit: 'years' }));
    expect(found?.direction ?? null).toBe(direction);
  });

  it('leaves the age of one person and a sentence of one case out', async () => {
    for (const text of ['Задержан 24-летний житель Павлодара.', 'Суд назначил ему 11 лет лишения свободы.'])
      expect(indicators(await run(text)).filter((i) => i.unit === 'years')).toEqual([]);
  });

  it('keeps a share in words after it to its own clause', async () => {
    const found = indicators(
      await run('Средний возраст задержанных курьеров — 20 лет, каждый третий из них — студент.'),
    );
    expect(found).toContainEqual(expect.objectContaining({ value: 20, unit: 'years' }));
    expect(found).toContainEqual(
      expect.objectContaining({ quote: 'каждый третий из них — студент', value: 33.3, unit: '%' }),
    );
  });
});

describe('a part of people counted before it', () => {
  it.each([
    [
      'За месяц задержаны 44 «закладчика», 9 из них – несовершеннолетние.',
      '9 из них – несовершеннолетние',
      9,
    ],
    [
      'Лечение прошли 120 пациентов. Семеро из них – несовершеннолетние.',
      'Семеро из них – несовершеннолетние',
      7,
    ],
    [
      'Задержаны 52 сборщика конопли. Это больше, чем годом ранее. 30 из задержанных — жители других регионов, в основном Алматы.',
      '30 из задержанных — жители других регионов',
      30,
    ],
  ])('reads «%s»', async (text, quote, value) => {
    expect(indicators(await run(text))).toContainEqual(expect.objectContaining({ quote, value }));
  });

  it('names the part after its whole', async () => {
    const found = indicators(await run('За месяц задержаны 44 «закладчика», 9 из них – несовершеннолетние.'));
    expect(found).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Закладчики: несовершеннолетние/u), value: 9 }),
    );
  });

  it('leaves parts of packages to the seizure and a part with no whole before it out', async () => {
    const packs = indicators(await run('Изъято 40 свёртков, 12 из них – с мефедроном.'));
    expect(packs.filter((i) => i.value === 12)).toEqual([]);
    const alone = indicators(await run('Тренинги прошли в школах. 12 из них – сельские.'));
    expect(alone.filter((i) => i.value === 12)).toEqual([]);
  });
});

describe('a sentence opening with a number after a full stop', () => {
  it('is a sentence of its own, so the number is no part of the comparison before it', async () => {
    const found = indicators(
      await run(
        'Задержаны 52 сборщика конопли. Это в 1,3 раза больше, чем годом ранее. 30 из задержанных — жители других регионов.',
      ),
    );
    expect(found.find((i) => i.value === 52)?.quote).toBe('Задержаны 52 сборщика конопли');
    expect(found).toContainEqual(expect.objectContaining({ value: 30 }));
  });
});

describe('a share in brackets after its label', () => {
  it('is read in a sentence about contactless dealing, which is no contact to call', async () => {
    const found = indicators(
      await run(
        'Выявлено 230 фактов сбыта. Почти две трети фактов сбыта (64,3 %) совершены бесконтактным способом.',
      ),
    );
    expect(found).toContainEqual(expect.objectContaining({ value: 64.3, unit: '%' }));
  });

  it('still leaves a contact number out', async () => {
    const found = indicators(await run('Контактный номер дежурной части: 8 7182 55 02 12.'));
    expect(found).toEqual([]);
  });
});

describe('schools and colleges a campaign reached', () => {
  it('reads each count after «в» and after «и» in a list item', async () => {
    const found = indicators(
      await run(
        'Итоги акции:\n— 64 лекции и открытых урока в 22 школах и 5 колледжах;\n— 9 родительских собраний.',
      ),
    );
    expect(found).toContainEqual(expect.objectContaining({ quote: '22 школах', value: 22 }));
    expect(found).toContainEqual(expect.objectContaining({ quote: '5 колледжах', value: 5 }));
  });

  it('leaves a plan out', async () => {
    const found = indicators(await run('Инспекторы будут закреплены в 40 колледжах области.'));
    expect(found.filter((i) => i.value === 40)).toEqual([]);
  });
});

describe('a count inside another figure’s quote', () => {
  it('is read as a part when the quote of its whole runs over it', async () => {
    const found = indicators(await run('За год осуждены 2 410 человек, из них 318 – в возрасте до 21 года.'));
    expect(found).toContainEqual(
      expect.objectContaining({ quote: '318 – в возрасте до 21 года', value: 318 }),
    );
    expect(found).toContainEqual(expect.objectContaining({ value: 2410 }));
  });

  it('is read after a comma that ends a clause with its own figure', async () => {
    const found = indicators(
      await run('За полгода стационарное лечение прошли 236 человек, медико-социальную реабилитацию — 41.'),
    );
    expect(found).toContainEqual(expect.objectContaining({ value: 236 }));
    expect(found).toContainEqual(
      expect.objectContaining({ quote: 'медико-социальную реабилитацию — 41', value: 41 }),
    );
  });
});

describe('a share in brackets inside another count’s quote', () => {
  it('is proposed with its own label', async () => {
    const found = indicators(
      await run(
        'По итогам тестирования, которое прошли 8 400 учащихся, положительный результат выявлен у 9 человек (0,11 %).',
      ),
    );
    expect(found).toContainEqual(expect.objectContaining({ value: 8400 }));
    expect(found).toContainEqual(expect.objectContaining({ value: 0.11, unit: '%' }));
  });
});
