// Indicators told in constructions the sixth round found on releases written by new annotators: a count by
// what it counts with «стало больше — N против M», areas in «га» and «кв. м», shares in words («каждый
// третий», «половина»), the means between verb and number, levels «составляет N человек», and quotes that
// stop where their clause does. Runs the real extractor on a development text
// (test/fixtures/extract-dev/counts-16-*.txt: invented people, real bodies and places; it says it is a test
// fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, indicators } from '../helpers/extract-dev.ts';

const withQuote = (quote: string, figures: Record<string, unknown>) =>
  expect.objectContaining({ quote, ...figures });

describe('indicators of round 6 (counts-16)', () => {
  let draft: Draft;
  let found: Record<string, unknown>[];
  beforeAll(async () => {
    draft = await extractDev('counts-16-words-and-areas-kostanay');
    found = indicators(draft);
  }, 60_000);

  it('reads «<what> стало больше — N против M» with a dash, a colon or brackets', () => {
    expect(found).toContainEqual(
      withQuote('фактов хранения в крупном размере стало больше — 58 против 41', {
        name: expect.stringMatching(/^Факты хранения в крупном размере/),
        value: 58,
        previousValue: 41,
        direction: 'up',
      }),
    );
    expect(found).toContainEqual(
      withQuote('Наркопритонов выявлено меньше: 3 против 7', {
        value: 3,
        previousValue: 7,
        direction: 'down',
      }),
    );
    expect(found).toContainEqual(
      withQuote('Курьеров стало значительно больше (26 против 15)', {
        name: expect.stringMatching(/^Курьеры в/),
        value: 26,
        previousValue: 15,
        direction: 'up',
      }),
    );
  });

  it('gives a total no direction told of its part after it', () => {
    const total = found.find((i) => i.value === 214)!;
    expect(total.quote).toBe('зарегистрировано 214 наркопреступлений');
    expect(total.direction).toBeUndefined();
    expect(found).toContainEqual(withQuote('из них 86 фактов сбыта', { change: -12, direction: 'down' }));
  });

  it('reads areas in «кв. метров» and «га» after a result verb, and the area of a crop found', () => {
    expect(found).toContainEqual(
      withQuote('уничтожено более 18 тыс. кв. метров очагов дикорастущей конопли', {
        value: 18_000,
        qualifier: 'over',
      }),
    );
    expect(found).toContainEqual(
      withQuote('обследовано свыше 320 га земель', { value: 320, unit: 'ha', qualifier: 'over' }),
    );
    expect(found).toContainEqual(withQuote('площадью 0,4 гектара', { value: 0.4, unit: 'ha' }));
  });

  it('reads the level a metric «составляет», and people «на динамическом наблюдении … состоят»', () => {
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Число лиц, состоящих на учёте/),
        value: 1206,
        change: -4.1,
        direction: 'down',
      }),
    );
    expect(found).toContainEqual(withQuote('состоят 312 человек', { value: 312 }));
    // «достигла 41 процента»: a level reached is a rise.
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Доля потребителей синтетических наркотиков/),
        value: 41,
        direction: 'up',
      }),
    );
  });

  it('reads shares told by a fraction word, quoted without the attribution', () => {
    expect(found).toContainEqual(
      withQuote('Среди задержанных за сбыт каждый четвёртый моложе 21 года', { value: 25, unit: '%' }),
    );
    expect(found).toContainEqual(
      withQuote('Половина курьеров, задержанных в этом году, — студенты колледжей', { value: 50, unit: '%' }),
    );
    expect(found).toContainEqual(
      withQuote('Более трети потребителей — несовершеннолетние', {
        value: 33.3,
        unit: '%',
        qualifier: 'over',
      }),
    );
  });

  it('reads a share told as «N % <what> <verb>» or «N % <what> — …»', () => {
    expect(found).toContainEqual(
      withQuote('до 85 % сбыта уходит в интернет', { name: expect.stringMatching(/^Доля сбыта/), value: 85 }),
    );
    expect(found).toContainEqual(
      withQuote('Около 70 % изъятого приходится на синтетику', { value: 70, unit: '%', qualifier: 'about' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Доля задержанных закладчиков/), value: 80 }),
    );
  });

  it('quotes a count from its verb when the means of the work stands between', () => {
    expect(found).toContainEqual(
      withQuote('охватила профилактикой более 9 тыс. школьников', { value: 9000, qualifier: 'over' }),
    );
    expect(found).toContainEqual(
      withQuote('охватили профилактическими беседами свыше 1,5 тыс. родителей', { value: 1500 }),
    );
  });

  it('counts channels told by an ordinal with the time it runs over', () => {
    expect(found).toContainEqual(
      withQuote('пятый канал, закрытый в области с начала года', { value: 5, period: 'с начала года' }),
    );
  });

  it('stops a count before «ещё двое …» and quotes «в том числе» whole', () => {
    expect(found).toContainEqual(withQuote('Задержаны четыре участника группы', { value: 4 }));
    expect(found).toContainEqual(withQuote('в том числе 13 несовершеннолетних', { value: 13 }));
  });
});
