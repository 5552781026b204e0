// Indicators told in constructions the fifth round found on releases written by new annotators: two figures
// of one clause each on its own indicator, and counts that do not repeat what they count. Runs the real
// extractor on development texts (test/fixtures/extract-dev/counts-14-*.txt and counts-15-*.txt: invented
// people, real bodies and places; each says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, indicators } from '../helpers/extract-dev.ts';

const withQuote = (quote: string, figures: Record<string, unknown>) =>
  expect.objectContaining({ quote, ...figures });

describe('areas, parts and shares of one clause (counts-14)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-14-areas-and-shares-turkistan');
  }, 60_000);

  it('gives a count and the area after it an indicator each, the comparison after the area to the area', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      withQuote('уничтожено 214 очагов произрастания дикорастущей конопли', { value: 214, count: 214 }),
    );
    expect(found).toContainEqual(
      withQuote(
        'на общей площади 356 гектаров, что в 1,3 раза превышает показатель аналогичного периода прошлого года',
        { value: 356, unit: 'ha', change: 1.3, changeUnit: 'times', direction: 'up' },
      ),
    );
    const count = found.find((i) => i.value === 214)!;
    expect(count.change).toBeUndefined();
  });

  it('reads «общей площадью», «(площадь — …)» and a decimal area the same way', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(withQuote('уничтожено 38 очагов конопли', { value: 38 }));
    expect(found).toContainEqual(withQuote('общей площадью около 41,5 га', { value: 41.5, unit: 'ha' }));
    expect(found).toContainEqual(withQuote('обследовано 17 участков', { value: 17 }));
    expect(found).toContainEqual(withQuote('площадь — 12,5 гектара', { value: 12.5, unit: 'ha' }));
  });

  it('quotes a part and the share after its dash apart, so neither takes the other’s figure', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      withQuote('из которых 97 совершено с использованием интернета', { value: 97 }),
    );
    expect(found).toContainEqual(
      withQuote('это 59 % от общего числа против 44 % годом ранее', {
        value: 59,
        unit: '%',
        direction: 'up',
      }),
    );
  });

  it('reads a share told by «на долю … пришлось»', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Доля синтетических наркотиков/),
        value: 70,
        unit: '%',
        change: 12,
        direction: 'up',
      }),
    );
  });

  it('stops a count before the sum of what it counted, the change after the sum being the sum’s', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      withQuote('задокументировано 11 фактов легализации наркодоходов', { value: 11 }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ value: 2_600_000_000, unit: 'KZT', change: 2.2, direction: 'up' }),
    );
  });
});

describe('a drug lab: estimates, ordinals, pronouns and detained members (counts-15)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-15-lab-estimates-karaganda');
  }, 60_000);

  it('reads what the seized could have given as indicators, not seizures', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(withQuote('свыше 30 тыс. разовых доз', { value: 30_000 }));
    expect(found).toContainEqual(
      withQuote('стоимость наркотика на «чёрном рынке» превысила бы 120 млн тенге', {
        value: 120_000_000,
        unit: 'KZT',
      }),
    );
    expect(found).toContainEqual(withQuote('около 25 кг наркотика', { value: 25, unit: 'kg' }));
    expect(found).toContainEqual(
      withQuote('стоимостью свыше 400 млн тенге', { value: 400_000_000, unit: 'KZT' }),
    );
    const seized = draft.entities.filter((e) => e.label === 'Seizure').map((e) => e.properties.amountKg);
    expect(seized).not.toContain(25);
  });

  it('counts an ordinal with the time it runs over', () => {
    expect(indicators(draft)).toContainEqual(
      withQuote('четвёртая нарколаборатория, выявленная в регионе с начала текущего года', {
        value: 4,
        year: 2026,
      }),
    );
  });

  it('counts members of a group detained in a cardinal word, and property arrested beside a seizure', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Участники группы/), value: 5 }),
    );
    expect(found).toContainEqual(
      withQuote('имущество на сумму 142 млн тенге', { value: 142_000_000, unit: 'KZT' }),
    );
  });

  it('counts property listed under arrest item by item', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(withQuote('2 квартиры', { value: 2 }));
    expect(found).toContainEqual(withQuote('четыре автомобиля', { value: 4 }));
  });

  it('reads a count told by a pronoun and an elided count at another time', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Карты подставных лиц/),
        quote: 'их было задействовано свыше 120',
        value: 120,
      }),
    );
    expect(found).toContainEqual(withQuote('привлечено 18 несовершеннолетних', { value: 18, year: 2025 }));
    expect(found).toContainEqual(
      withQuote('с начала года — уже семь', { value: 7, year: 2026, period: 'с начала года' }),
    );
  });
});

describe('cash and money moved', () => {
  it('reads cash taken in a search as a sum even where the sentence seizes drugs', async () => {
    const draft = await extractInline(
      'В ходе обысков изъято 3,1 кг гашиша и свыше 5 млн тенге наличными. При обыске у организатора изъято 800 граммов мефедрона, а также наличные средства на сумму 14 млн тенге.',
    );
    const found = indicators(draft);
    expect(found).toContainEqual(withQuote('свыше 5 млн тенге наличными', { value: 5_000_000, unit: 'KZT' }));
    expect(found).toContainEqual(
      withQuote('наличные средства на сумму 14 млн тенге', { value: 14_000_000, unit: 'KZT' }),
    );
  });

  it('reads money allotted in a budget, named by what it is for', async () => {
    const draft = await extractInline(
      'Акимату области предложено предусмотреть в бюджете 2027 года 85 млн тенге на ремонт реабилитационного центра в Кентау.',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Средства на ремонт реабилитационного центра в Кентау/),
        value: 85_000_000,
        unit: 'KZT',
      }),
    );
  });

  it('reads a turnover told with «с оборотом» and a sum told by what was done with it', async () => {
    const draft = await extractInline(
      'Установлены криптокошельки группы с оборотом свыше 900 млн тенге. Ещё свыше 300 млн тенге выведено в криптовалюту через обменники.',
    );
    const found = indicators(draft);
    expect(found).toContainEqual(expect.objectContaining({ value: 900_000_000, unit: 'KZT' }));
    expect(found).toContainEqual(withQuote('свыше 300 млн тенге выведено', { value: 300_000_000 }));
  });
});

describe('a share of a whole after a count', () => {
  it('reads «, или 61 % от всех фактов сбыта» as a share of its own, the count keeping its number', async () => {
    const draft = await extractInline(
      'Выявлено 57 фактов сбыта наркотиков через интернет, или 61 % от всех фактов сбыта.',
    );
    const found = indicators(draft);
    expect(found).toContainEqual(
      withQuote('Выявлено 57 фактов сбыта наркотиков через интернет', { value: 57 }),
    );
    expect(found).toContainEqual(withQuote('61 % от всех фактов сбыта', { value: 61, unit: '%' }));
  });
});

describe('the counted noun put first', () => {
  it('reads «Фактов сбыта выявлено 52» and «наркосайтов заблокировано 214» after a time', async () => {
    const draft = await extractInline(
      'Фактов сбыта выявлено 52, что на 5 больше, чем в прошлом году. За 10 месяцев 2025 года наркосайтов заблокировано 214.',
    );
    const found = indicators(draft);
    expect(found).toContainEqual(
      withQuote('Фактов сбыта выявлено 52', { value: 52, change: 5, direction: 'up' }),
    );
    expect(found).toContainEqual(withQuote('наркосайтов заблокировано 214', { value: 214 }));
  });

  it('reads no metric from the noun of an adverbial («в результате проверок выявлено 12»)', async () => {
    const draft = await extractInline('В результате проверок выявлено 12. Таблеток изъято 3 200.');
    expect(indicators(draft)).toEqual([]);
  });
});

describe('what stays out', () => {
  it('leaves collective numerals and «ещё» of detained members to the episode', async () => {
    const draft = await extractInline(
      'В ходе операции задержаны пятеро участников группы. Позже задержаны ещё шесть участников группы.',
    );
    expect(indicators(draft)).toEqual([]);
  });

  it('reads no tally in an ordinal without a time it runs over', async () => {
    const draft = await extractInline('Второй этап ОПМ «Мак» пройдёт в июне. Третья группа выехала в район.');
    expect(indicators(draft)).toEqual([]);
  });

  it('leaves items a sum under arrest already covers to the sum', async () => {
    const draft = await extractInline(
      'На имущество фигурантов стоимостью 412 млн тенге, в том числе две квартиры и пять автомобилей, наложен арест.',
    );
    expect(indicators(draft).map((i) => i.value)).toEqual([412_000_000]);
  });

  it('leaves facilities opened or installed to the measures', async () => {
    const draft = await extractInline(
      'В отчётном году открыты три новых участковых пункта полиции, установлено 40 камер видеонаблюдения, выявлено 12 наркопреступлений.',
    );
    expect(indicators(draft).map((i) => i.value)).toEqual([12]);
  });

  it('reads no yield from an estimate alone, but a market value even of what was seized', async () => {
    const draft = await extractInline(
      'По оценке специалистов, в тайнике находилось около 50 кг гашиша. По оценке экспертов, рыночная стоимость изъятого составляет около 300 млн тенге.',
    );
    expect(indicators(draft).map((i) => i.value)).toEqual([300_000_000]);
  });

  it('keeps a mass seized after «по оценке» a seizure', async () => {
    const draft = await extractInline('По оценке специалистов, в ходе обыска изъято 5 кг гашиша.');
    expect(indicators(draft)).toEqual([]);
  });
});
