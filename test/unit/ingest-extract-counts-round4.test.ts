// Indicators told in constructions the fourth round found on releases written by new annotators. Runs the real
// extractor on development texts (test/fixtures/extract-dev/counts-07-*.txt and later: invented people, real
// bodies and places; each says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, facts, indicators } from '../helpers/extract-dev.ts';

describe('levels and a transport police unit (counts-07)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-07-levels-transport-aktobe');
  }, 60_000);

  it('reads the level reached after «со» as the figure, the one before as its baseline', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Число краж/),
        value: 97,
        previousValue: 114,
        change: -17,
        direction: 'down',
      }),
    );
  });

  it('reads a baseline in brackets after a change counted in facts', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Количество фактов хранения наркотиков/),
        value: 17,
        change: 5,
        direction: 'up',
      }),
    );
  });

  it('gives «их количество» changed to the metric just counted, opening no metric of its own', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Преступления/), value: 32, change: -6.5 }),
    );
    expect(found.filter((i) => /^(?:Количество|Число)\s+(?:с|в|за)\s/u.test(String(i.name)))).toEqual([]);
  });

  it('keeps «Вместе с тем» out of the metric that follows it', () => {
    expect(indicators(draft).map((i) => i.name)).not.toContainEqual(expect.stringMatching(/^Т(?:о|ем)\s/u));
  });

  it('has a linear police unit at a station measure its own figures, not its region', () => {
    const measures = facts(draft, 'MEASURES');
    expect(measures.length).toBeGreaterThanOrEqual(3);
    expect(new Set(measures.map((m) => m.to))).toEqual(new Set(['Линейный отдел полиции на станции Актобе']));
  });
});

describe('paired baselines and a change told after its verb (counts-08)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-08-paired-baselines-kostanay');
  }, 60_000);

  it('pairs the year before’s two levels «— 1 512 и 88 соответственно» with the two figures in order', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({ value: 1420, previousValue: 1512, direction: 'down' }),
    );
    expect(found).toContainEqual(expect.objectContaining({ value: 96, previousValue: 88, direction: 'up' }));
    expect(found.map((i) => i.value)).not.toContain(1512);
    expect(found.map((i) => i.value)).not.toContain(88);
  });

  it('reads «превысил прошлогодний показатель в 1,4 раза» as a rise, words between the verb and the factor', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Объём изъятой синтетики/),
        change: 1.4,
        changeUnit: 'times',
        direction: 'up',
      }),
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ change: -8, changeUnit: '%', direction: 'down' }),
    );
  });
});

describe('results compared with the year before (counts-09)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-09-compared-results-pavlodar');
  }, 60_000);

  it('reads a seized mass compared with a level before as a figure of the period, and keeps the seizure', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Изъятые наркотики/),
        value: 214,
        unit: 'kg',
        change: 30,
        direction: 'up',
      }),
    );
    expect(draft.entities.filter((e) => e.label === 'Seizure').map((e) => e.properties.amountKg)).toContain(
      214,
    );
  });

  it('reads cut channels compared with the year before as a figure, named with what was done to them', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Перекрытые каналы контрабанды гашиша/),
        value: 9,
        change: 3,
        changeUnit: 'times',
        direction: 'up',
      }),
    );
  });

  it('leaves a mass told with no comparison a seizure only', () => {
    expect(indicators(draft).map((i) => i.value)).not.toContain(48);
    expect(indicators(draft).map((i) => i.value)).not.toContain(2);
  });
});

describe('numbers in words: tens, and a few people charged (counts-10)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-10-number-words-aktau');
  }, 60_000);

  it('reads tens and units written as words («тридцать два факта») as one number', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: expect.stringContaining('тридцать два факта'), value: 32 }),
    );
    expect(indicators(draft).map((i) => i.value)).not.toContain(2);
  });

  it('counts a few people charged or convicted, told in words, as a tally', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({ quote: 'привлечены шесть наркодилеров', value: 6 }),
    );
    expect(found).toContainEqual(expect.objectContaining({ quote: 'осуждены четверо курьеров', value: 4 }));
  });

  it('keeps a few people detained in one case out of the figures', () => {
    expect(indicators(draft).map((i) => String(i.quote))).not.toContainEqual(expect.stringContaining('двое'));
  });
});

describe('sums told right after their verb, and «лишь»/«только» before a number (counts-11)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-11-repaid-sums-shymkent');
  }, 60_000);

  it('reads a sum returned or repaid as a figure named with what was done with it', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        quote: 'гражданам возвращено свыше 210 млн тенге',
        value: 210_000_000,
        unit: 'KZT',
        qualifier: 'over',
        metricRu: 'сумма (гражданам возвращено)',
      }),
    );
  });

  it('leaves a sum stolen on one named day out of the figures', () => {
    expect(indicators(draft).map((i) => i.value)).not.toContain(1_500_000);
  });

  it('reads a count after «заблокировано только», quoted from its verb', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: 'заблокировано только 412 фишинговых сайтов', value: 412 }),
    );
  });
});

describe('a change told paragraphs after its level (counts-12)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-12-later-change-atyrau');
  }, 60_000);

  it('joins the change to the one indicator of that metric told before, opening no second one', () => {
    const sales = indicators(draft).filter((i) => /факт\p{L}* сбыта(?! синтетики)/iu.test(String(i.name)));
    expect(sales).toEqual([expect.objectContaining({ value: 8, change: 60, direction: 'up' })]);
  });

  it('keeps a narrower metric told with a change («… сбыта синтетики через мессенджеры») an indicator of its own', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/сбыта синтетики/u), change: 25 }),
    );
    expect(indicators(draft).find((i) => i.value === 8)).toHaveProperty('change', 60);
  });

  it('leaves the indicator the change does not name unchanged', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Наркопреступления в/), value: 19 }),
    );
    expect(indicators(draft).find((i) => i.value === 19)).not.toHaveProperty('change');
  });
});

describe('a directorate’s own release (counts-13)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('counts-13-directorate-release-kostanay');
  }, 60_000);

  it('names people counted with what was done to them, their period and region left to the properties', () => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ metricRu: 'лица (на наркологическом учёте состояли)', value: 1040 }),
    );
  });

  it('has the directorate its opening names first measure its figures, not its department', () => {
    const bodies = facts(draft, 'MEASURES')
      .map((m) => m.to)
      .filter((to) => !/область$/u.test(String(to)));
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    expect(new Set(bodies)).toEqual(
      new Set(['Управление по противодействию наркопреступности Департамента полиции Костанайской области']),
    );
  });
});
