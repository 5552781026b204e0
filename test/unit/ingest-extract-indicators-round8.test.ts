// Indicators told in constructions the eighth round found on releases written by new annotators: a headline
// restating a body figure (rounded, or by its change alone) as one more mention of the body's indicator; a
// share of things the work reached («уничтожено 96 % очагов»); the reach of prevention («охвачено …»,
// «Охват … составил 92 %») with a count of places in the next clause kept apart; an inverted count after a
// connective («При этом фактов сбыта выявлено 64»); a level after a dash («выросло вдвое — до 38 человек»);
// people on a register whatever noun names them; channels of a platform named in Latin letters; and no
// indicator for a figure asked about in a question. Runs the real extractor on a development text
// (test/fixtures/extract-dev/counts-18-*.txt: invented people, real bodies and places; it says it is a test
// fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, indicators } from '../helpers/extract-dev.ts';

const withQuote = (quote: string, figures: Record<string, unknown>) =>
  expect.objectContaining({ quote, ...figures });

describe('indicators of round 8 (counts-18)', () => {
  let draft: Draft;
  let found: Record<string, unknown>[];
  beforeAll(async () => {
    draft = await extractDev('counts-18-reach-and-headlines-pavlodar');
    found = indicators(draft);
  }, 60_000);

  it('takes a headline restating a body figure as a mention of the body indicator, with the body figure', () => {
    const area = draft.entities.filter(
      (e) => e.label === 'Indicator' && e.mentions.some((m) => /гектар/u.test(m.text ?? '')),
    );
    expect(area).toHaveLength(1);
    expect(area[0]!.mentions.map((m) => m.text)).toContain(
      'уничтожено свыше 30 гектаров дикорастущей конопли',
    );
    expect(area[0]!.properties).toMatchObject({ value: 31.8, unit: 'ha', change: 12, direction: 'up' });
  });

  it('reads a share of things the work reached', () => {
    expect(found).toContainEqual(
      withQuote('уничтожено 96 % выявленных очагов', {
        name: expect.stringMatching(/^Доля уничтоженных выявленных очагов/),
        value: 96,
        unit: '%',
      }),
    );
    expect(found).toContainEqual(
      withQuote('Проверено 100 % аптек области', {
        name: expect.stringMatching(/^Доля проверенных аптек/),
        value: 100,
      }),
    );
  });

  it('reads the reach of prevention and keeps a count of places in the next clause apart', () => {
    expect(found).toContainEqual(
      withQuote('охвачено более 58 тыс. школьников и студентов', { value: 58000, qualifier: 'over' }),
    );
    expect(found).toContainEqual(
      withQuote('Охват учащихся профилактическими мероприятиями составил 92 %', {
        name: expect.stringMatching(/^Охват учащихся/),
        value: 92,
        unit: '%',
      }),
    );
  });

  it('reads an inverted count after a connective, with its change', () => {
    expect(found).toContainEqual(
      withQuote('фактов сбыта выявлено 64', { value: 64, change: 1.5, changeUnit: 'times', direction: 'up' }),
    );
    expect(found).toContainEqual(withQuote('притонов выявлено 9', { value: 9 }));
  });

  it('reads the level a metric rose to after a dash', () => {
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Количество задержанных закладчиков/),
        value: 38,
        change: 2,
        changeUnit: 'times',
        direction: 'up',
      }),
    );
  });

  it('counts channels of a platform named in Latin letters and people on a register', () => {
    expect(found).toContainEqual(withQuote('и 46 Telegram-каналов', { value: 46 }));
    expect(found).toContainEqual(
      withQuote('состоят 1 146 потребителей наркотиков', {
        name: expect.stringMatching(/^Потребители наркотиков \(на наркологическом учёте состоят\)/),
        value: 1146,
      }),
    );
    expect(found).toContainEqual(withQuote('поставлено 86 лиц', { value: 86 }));
  });

  it('gives no indicator for a figure asked about in a question', () => {
    expect(found.filter((i) => i.change === 30)).toEqual([]);
    expect(found).toContainEqual(
      withQuote('Доля несовершеннолетних среди закладчиков снизилась до 5 %', {
        value: 5,
        direction: 'down',
      }),
    );
  });
});

describe('indicators of round 8, inline variants', () => {
  it('reads the variants of a share reached by work and of reach', async () => {
    const found = indicators(
      await extractInline(
        [
          'Департамент полиции Павлодарской области сообщает.',
          'Профилактикой охвачено 92 % учащихся.',
          '85 % выявленных очагов уничтожено.',
          'Полицейские уничтожили ещё не менее 70 % посевов мака.',
          'Охват профилактикой составил 90 %.',
          'Вместе с тем уголовных дел возбуждено 64.',
          'Поставлено на учёт 46 потребителей наркотиков.',
        ].join('\n'),
      ),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ metricRu: 'доля охваченных учащихся', value: 92 }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ metricRu: 'доля уничтоженных выявленных очагов', value: 85 }),
    );
    expect(found).toContainEqual(
      withQuote('уничтожили ещё не менее 70 % посевов мака', {
        metricRu: 'доля уничтоженных посевов мака',
        value: 70,
      }),
    );
    expect(found).toContainEqual(expect.objectContaining({ metricRu: 'охват', value: 90, unit: '%' }));
    expect(found).toContainEqual(withQuote('уголовных дел возбуждено 64', { value: 64 }));
    expect(found).toContainEqual(withQuote('Поставлено на учёт 46 потребителей наркотиков', { value: 46 }));
  });

  it('keeps a verb of amount out of a share and a question out of the figures', async () => {
    const found = indicators(
      await extractInline(
        [
          'Департамент полиции Павлодарской области сообщает.',
          'Журналист спросил: «Почему число фактов сбыта выросло на 20 %?»',
          '«Правда ли, что в области выявлено 300 притонов?» — спросили участники.',
        ].join('\n'),
      ),
    );
    expect(found).toEqual([]);
  });

  it('joins a headline telling only the change to the body indicator with its level', async () => {
    const draft = await extractInline(
      [
        'ДП Павлодарской области: за полугодие число наркопреступлений снизилось на 8,3 %',
        'Павлодар, 15 июля 2025 года',
        'По словам начальника УПН Ерлана Сарсенбаева, в области зарегистрировано 611 наркопреступлений, это на 8,3 % меньше, чем за шесть месяцев прошлого года.',
      ].join('\n'),
      '2025-07-15',
    );
    const found = draft.entities.filter((e) => e.label === 'Indicator');
    expect(found).toHaveLength(1);
    expect(found[0]!.properties).toMatchObject({ value: 611, change: -8.3, changeUnit: '%' });
    expect(found[0]!.mentions.map((m) => m.text)).toContain(
      'ДП Павлодарской области: за полугодие число наркопреступлений снизилось на 8,3 %',
    );
  });

  it('gives no indicator for a part of a few people of one case', async () => {
    const found = indicators(
      await extractInline(
        'В ходе операции в Павлодаре задержаны трое членов организованной преступной группы, в том числе двое иностранцев.',
      ),
    );
    expect(found).toEqual([]);
  });

  it('keeps a count with its own noun in the next clause out of the count before it', async () => {
    const found = indicators(
      await extractInline(
        'К административной ответственности привлечены 7 фармацевтов, 3 должностных лица медицинских организаций привлечены к дисциплинарной ответственности.',
      ),
    );
    expect(found).toContainEqual(withQuote('привлечены 7 фармацевтов', { value: 7 }));
  });

  it('names the second level of one metric with the place its sentence tells', async () => {
    const found = indicators(
      await extractInline(
        'Выявлено 14 очагов площадью 11,2 га. В Кокшетау и пригородной зоне уничтожено восемь очагов.',
      ),
    );
    expect(found).toContainEqual(withQuote('Выявлено 14 очагов', { value: 14 }));
    expect(found).toContainEqual(
      withQuote('уничтожено восемь очагов', { name: expect.stringMatching(/^Очаги в Кокшетау/), value: 8 }),
    );
  });

  it('keeps the agent or means of a participle inside a metric name', async () => {
    const found = indicators(
      await extractInline('Количество охваченных профилактикой подростков составило 12 тыс.'),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ metricRu: 'количество охваченных профилактикой подростков', value: 12000 }),
    );
  });

  it('finds the verb of a result after an opening phrase and quotes from it over a place or topic', async () => {
    const found = indicators(
      await extractInline(
        [
          'В рамках операции на учёт поставлено 46 несовершеннолетних.',
          'Возбуждено по фактам сбыта 64 уголовных дела.',
          'Выявлено на территории области 62 притона.',
        ].join('\n'),
      ),
    );
    expect(found).toContainEqual(withQuote('поставлено 46 несовершеннолетних', { value: 46 }));
    expect(found).toContainEqual(withQuote('Возбуждено по фактам сбыта 64 уголовных дела', { value: 64 }));
    expect(found).toContainEqual(withQuote('Выявлено на территории области 62 притона', { value: 62 }));
  });

  it('reads a result with who did the work between verb and number, but not a detention of a few', async () => {
    const found = indicators(
      await extractInline(
        [
          'Проведено сотрудниками УПН совместно с акиматом 1 240 рейдов.',
          'Выявлено полицейскими 62 притона.',
          'Задержаны сотрудниками полиции 3 человека.',
        ].join('\n'),
      ),
    );
    expect(found).toContainEqual(
      withQuote('Проведено сотрудниками УПН совместно с акиматом 1 240 рейдов', { value: 1240 }),
    );
    expect(found).toContainEqual(withQuote('Выявлено полицейскими 62 притона', { value: 62 }));
    expect(found.filter((i) => i.value === 3)).toEqual([]);
  });

  it('counts people treated or registered «в качестве …», quoted from the verb, and keeps a listed count apart', async () => {
    const found = indicators(
      await extractInline(
        [
          'Прошли лечение 320 человек.',
          'Поставлены на учёт в качестве потребителей 112 человек.',
          'Задержано 38 закладчиков и 6 операторов интернет-магазинов.',
        ].join('\n'),
      ),
    );
    expect(found).toContainEqual(withQuote('Прошли лечение 320 человек', { value: 320 }));
    expect(found).toContainEqual(
      withQuote('Поставлены на учёт в качестве потребителей 112 человек', { value: 112 }),
    );
    expect(found).toContainEqual(withQuote('и 6 операторов интернет-магазинов', { value: 6 }));
  });
});
