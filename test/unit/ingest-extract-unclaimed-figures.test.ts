// Sums of money, laundering tools and doses that could have been made become Indicators, whichever rule reads
// them (money-sums.ts, cash-sums.ts, potential-yield.ts, or the last rule for numbers no other rule took,
// facts/unclaimed-figures.ts); a change told right after a held figure joins it.
// Runs the real extractor on development texts (test/fixtures/extract-dev/unclaimed-*.txt: invented people,
// real bodies and places; each says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts, indicators } from '../helpers/extract-dev.ts';

describe('sums and counts of a laundering case (unclaimed-01)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('unclaimed-01-money-karaganda');
  }, 60_000);

  const sum = (value: number) => indicators(draft).find((i) => i.value === value && i.unit === 'KZT');

  it('reads a sum standing beside its thing, after commas', () => {
    expect(sum(300e6)).toMatchObject({
      quote: 'Вырученные средства, более 300 млн тенге',
      qualifier: 'over',
    });
  });

  it('reads a part of a turnover told with the verb after it, quoted up to the verb', () => {
    expect(sum(120e6)).toMatchObject({ name: 'Средства (обналичено)', quote: '120 млн тенге обналичено' });
  });

  it('names no sum by its currency word', () => {
    for (const i of indicators(draft))
      expect(i.name).not.toMatch(/:\s*(?:тенг|доллар|евро|рубл|сумм)\p{L}*$/iu);
  });

  // Two of the three gold sets with cash seized together with drugs annotate it as a sum of the case.
  it('reads cash seized with drugs as a sum, «на сумму» or «наличными»', () => {
    expect(sum(12e6)).toMatchObject({ quote: 'наличные средства на сумму 12 млн тенге' });
    expect(sum(3.5e6)).toMatchObject({ quote: 'свыше 3,5 млн тенге наличными', qualifier: 'over' });
  });

  it('reads a value the seized drug would have had, with the subject of «составила бы»', () => {
    expect(sum(95e6)).toMatchObject({
      name: 'Стоимость партии на чёрном рынке',
      quote: 'стоимость партии на «чёрном рынке» составила бы около 95 млн тенге',
      qualifier: 'about',
    });
  });

  it('reads a turnover tied to its thing by «с оборотом»', () => {
    expect(sum(2e9)).toMatchObject({ name: 'Криптокошельки группы (оборот в тенге)' });
  });

  it('counts bank cards and the doses that could have been made', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: 'Банковские карты', value: 64, unit: 'cards' }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 15000, unit: 'doses', qualifier: 'about' }),
    );
  });

  it('leaves a wage offered, people detained and an article number alone', () => {
    const values = indicators(draft).map((i) => i.value);
    expect(values).not.toContain(200000);
    expect(values).not.toContain(5);
    expect(values).not.toContain(218);
  });

  it('has the case body measure a case figure, inferred, and no region', () => {
    const measured = facts(draft, 'MEASURES').filter((f) => f.from === sum(95e6)?.name);
    expect(measured).toEqual([
      expect.objectContaining({
        to: 'Департамент экономических расследований по Карагандинской области',
        inferred: true,
      }),
    ]);
  });
});

describe('sums a police release leaves and a change after a seized part (unclaimed-02)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('unclaimed-02-police-sums-pavlodar');
  }, 60_000);

  it('gives a change told right after a seized mass to that seizure', () => {
    const seizure = draft.entities.find((e) => e.label === 'Seizure' && e.properties.amountKg === 12.4);
    expect(seizure?.properties).toMatchObject({
      change: 2,
      changeUnit: 'times',
      direction: 'up',
      comparedToYear: 2024,
    });
  });

  it('reads a value with a possessive pronoun, and a turnover in dollars with its currency', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: 'Стоимость (можно было произвести)',
        quote: 'стоимость превысила бы 60 млн тенге',
        value: 60e6,
        unit: 'KZT',
      }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: 'Криптокошельки курьеров (оборот в долларах США)',
        value: 300000,
        unit: 'USD',
      }),
    );
  });

  it('reads cash found on a courier as a sum in its currency, and leaves one theft on a named day', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: '450 тыс. тенге наличными', value: 450000, unit: 'KZT' }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: '12 тыс. долларов США наличными', value: 12000, unit: 'USD' }),
    );
    expect(indicators(draft).map((i) => i.value)).not.toContain(2.4e6);
  });

  it('leaves prices, payments, fines, ages and article numbers alone', () => {
    const values = indicators(draft).map((i) => i.value);
    for (const v of [15000, 5000, 20000, 150000, 19, 22, 24, 296, 3]) expect(values).not.toContain(v);
  });
});

describe('sums read by one rule, whichever tuner wrote the wording (inline)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractInline(
      [
        'Сотрудниками ДЭР по Павлодарской области пресечена деятельность группы Арсена Жумабекова.',
        'На имущество участников группы стоимостью свыше 150 млн тенге наложен арест.',
        'Как отметил докладчик, число интернет-мошенничеств выросло на 6 %, а ущерб от них превысил 2,4 млрд тенге.',
        'Общий оборот группы превысил 900 млн тенге, из них 75 млн тенге выведено через 12 криптокошельков.',
      ].join('\n'),
    );
  }, 60_000);

  it('keeps a sum tied by «стоимостью» its thing, though a participle follows it', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        quote: 'имущество участников группы стоимостью свыше 150 млн тенге',
        value: 150e6,
      }),
    );
  });

  it('reads a sum in a sentence with «докладчик» (no «оклад», a wage)', () => {
    expect(indicators(draft).map((i) => i.value)).toContain(2.4e9);
  });

  it('quotes a part told with its participle up to it, and counts the wallets apart', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: '75 млн тенге выведено', name: 'Средства (выведено)', value: 75e6 }),
    );
    expect(indicators(draft)).toContainEqual(expect.objectContaining({ value: 12, unit: 'wallets' }));
  });
});
