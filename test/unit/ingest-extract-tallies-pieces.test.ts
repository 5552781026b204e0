// Round 9, part X: channel tallies told after a dash («пресечено каналов поставки – 8 (5)») or by an ordinal with
// the time it counts from («седьмой канал, перекрытый нами с начала года»); a seizure's change after what it is
// mostly of («…, в основном марихуаны и гашиша, – это на 23 % больше»); the pieces a seizure was packed in
// («расфасованных на 900 доз», «45 закладок общим весом 86 граммов», «изъято более 2 тыс. разовых доз»), pieces
// weighed by the next sentence's expertise, and what is no seizure (one piece's mass, empty packing); a level in
// words a change reached («до ста двадцати шести») and fractions in words; a metric broken down by place («в
// Костанае — 64, в Рудном — 31 …», «Рост отмечен в Аркалыке — на 9 %»). Runs the real extractor on
// test/fixtures/extract-dev/figures-09-tallies-pieces-kostanay.txt (invented people, real bodies and places; it
// says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { entitiesOf, extractDev, extractInline, indicators } from '../helpers/extract-dev.ts';

describe('channel tallies', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('figures-09-tallies-pieces-kostanay');
  });

  it('reads a results line with a dash', () => {
    expect(entitiesOf(draft, 'SupplyChannel')).toContainEqual(
      expect.objectContaining({ quote: 'каналов поставки', count: 8, previousValue: 5 }),
    );
  });

  it('reads an ordinal with the time it counts from', () => {
    expect(entitiesOf(draft, 'SupplyChannel')).toContainEqual(
      expect.objectContaining({ quote: 'канал', count: 7 }),
    );
  });

  it('leaves an ordinal with no time since alone', async () => {
    const inline = await extractInline(
      'Полицейские ДП Костанайской области пресекли канал поставки гашиша из Шымкента в Костанай. Второй канал вёл из Алматы в Рудный.',
    );
    expect(entitiesOf(inline, 'SupplyChannel').map((c) => c.count)).not.toContain(2);
  });
});

describe('seizures', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('figures-09-tallies-pieces-kostanay');
  });

  it('gives a total its change after what it is mostly of', () => {
    expect(entitiesOf(draft, 'Seizure')).toContainEqual(
      expect.objectContaining({
        quote: '1,4 тонны наркотических средств',
        amountKg: 1400,
        change: 23,
        changeUnit: '%',
        direction: 'up',
      }),
    );
  });

  it.each([
    ['(в основном гашиша) – это на 17 % больше, чем годом ранее', 17, '%'],
    [', большей частью гашиша, что в 1,5 раза больше, чем годом ранее', 1.5, 'times'],
    ['– в 1,5 раза больше прошлогоднего', 1.5, 'times'],
  ])('gives a total its change told «… %s»', async (told, change, changeUnit) => {
    const inline = await extractInline(
      `С начала года полицейскими ДП Костанайской области изъято 1,2 тонны наркотиков ${told}.`.replace(
        ' ,',
        ',',
      ),
    );
    expect(entitiesOf(inline, 'Seizure')).toContainEqual(
      expect.objectContaining({ amountKg: 1200, change, changeUnit, direction: 'up' }),
    );
  });

  it.each([
    ['450 граммов мефедрона', { amountKg: 0.45, count: 900 }],
    ['45 закладок общим весом 86 граммов', { amountKg: 0.086, count: 45 }],
    ['более 2 тыс. разовых доз мефедрона', { count: 2000, amountQualifier: 'over' }],
    ['120 пакетиков', { count: 120, amountKg: 0.48, substance: 'мефедрон' }],
  ])('reads «%s»', (quote, figures) => {
    expect(entitiesOf(draft, 'Seizure')).toContainEqual(expect.objectContaining({ quote, ...figures }));
  });

  it('takes neither one piece nor empty packing for a seizure', () => {
    const quotes = entitiesOf(draft, 'Seizure').map((s) => s.quote);
    expect(quotes).not.toContainEqual(expect.stringMatching(/4 грамма|пустых/u));
    expect(quotes).toHaveLength(5);
  });

  it.each([
    ['изъят мефедрон общей массой 1 120 граммов', 'мефедрон общей массой 1 120 граммов', 'мефедрон', 1.12],
    ['обнаружили гашиш весом 2,5 кг', 'гашиш весом 2,5 кг', 'гашиш', 2.5],
    [
      'изъято наркотическое средство «марихуана» массой 300 граммов',
      '«марихуана» массой 300 граммов',
      'марихуана',
      0.3,
    ],
  ])('reads the drug told before its weight: «%s»', async (told, quote, substance, amountKg) => {
    const inline = await extractInline(`У задержанного полицейскими ДП Костанайской области ${told}.`);
    expect(entitiesOf(inline, 'Seizure')).toEqual([expect.objectContaining({ quote, substance, amountKg })]);
  });

  it('keeps doses a seizure would have made out', async () => {
    const inline = await extractInline(
      'Полицейскими ДП Костанайской области изъято 2 кг героина. Этого хватило бы на 20 тыс. разовых доз.',
    );
    expect(entitiesOf(inline, 'Seizure')).toEqual([expect.objectContaining({ amountKg: 2 })]);
  });
});

describe('levels and shares in words', () => {
  it('reads the level a change reached', async () => {
    const draft = await extractDev('figures-09-tallies-pieces-kostanay');
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ value: 126, change: 2, changeUnit: 'times', direction: 'up' }),
    );
  });

  it('reads no count of thirds', () => {
    expect(findFigures('уничтожено лишь около двух третей')).not.toContainEqual(
      expect.objectContaining({ value: 2 }),
    );
  });

  it('reads a share after «ещё» and «больше» (as round 9 part Y read it)', () => {
    expect(findFigures('уничтожено ещё больше половины')).toEqual([
      expect.objectContaining({ value: 50, unit: '%', qualifier: 'over' }),
    ]);
  });

  it('makes a share after a result one indicator, quoted from the participle', async () => {
    const inline = await extractInline(
      'Полицейскими ДП Костанайской области зарегистрировано 140 наркопреступлений, раскрыто более половины преступлений.',
    );
    expect(indicators(inline).filter((i) => i.unit === '%')).toEqual([
      expect.objectContaining({ quote: 'раскрыто более половины преступлений', value: 50 }),
    ]);
  });

  it('reads a share after a result as a percentage', () => {
    expect(findFigures('раскрыто более половины преступлений')).toEqual([
      expect.objectContaining({ value: 50, unit: '%', qualifier: 'over' }),
    ]);
  });
});

describe('a metric broken down by place', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('figures-09-tallies-pieces-kostanay');
  });

  it.each([
    ['в Костанае — 64', { value: 64 }],
    ['в Рудном — 31', { value: 31 }],
    ['в Лисаковске — 12', { value: 12 }],
    ['в Аркалыке — на 9 %', { change: 9, changeUnit: '%', direction: 'up' }],
    ['в Рудном — в 1,4 раза', { change: 1.4, changeUnit: 'times', direction: 'up' }],
  ])('reads «%s» as an indicator of its own', (quote, figures) => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote, metricRu: 'число наркопреступлений', ...figures }),
    );
  });

  it('reads places after «по» and figures after «не менее», «порядка» (as round 9 part Y read them)', async () => {
    const inline = await extractInline(
      'Наибольшее число наркопреступлений зарегистрировано по Карагандинской области — не менее 280 и по Павлодарской области — порядка 190.',
    );
    expect(indicators(inline).map((i) => [i.quote, i.metricRu, i.value])).toEqual([
      ['по Карагандинской области — не менее 280', 'число наркопреступлений', 280],
      ['по Павлодарской области — порядка 190', 'число наркопреступлений', 190],
    ]);
  });

  it('reads places with their figures in brackets', async () => {
    const inline = await extractInline(
      'Наибольшее число наркопреступлений зарегистрировано в Алматы (412), Карагандинской области (287) и Астане (264).',
    );
    expect(indicators(inline).map((i) => [i.quote, i.value])).toEqual([
      ['в Алматы (412)', 412],
      ['Карагандинской области (287)', 287],
      ['Астане (264)', 264],
    ]);
  });

  it('reads changes by place with the direction the sentence gives', async () => {
    const inline = await extractInline(
      'Число наркопреступлений снизилось в Павлодарской области — на 8 %, в Костанайской области — на 5,2 %.',
    );
    expect(indicators(inline)).toEqual([
      expect.objectContaining({ quote: 'в Павлодарской области — на 8 %', change: -8, direction: 'down' }),
      expect.objectContaining({
        quote: 'в Костанайской области — на 5,2 %',
        change: -5.2,
        direction: 'down',
      }),
    ]);
  });

  it('leaves no indicator of the whole with the first place figure', () => {
    expect(indicators(draft).filter((i) => i.value === 64)).toHaveLength(1);
  });
});
