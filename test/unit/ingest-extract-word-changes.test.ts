// Round 6, part X: changes told as shares in words, levels in words in comparisons, a tally of channels with its
// change, the mass a channel carried, and a decision list announced by «дал ряд поручений.». Runs the real
// extractor on test/fixtures/extract-dev/figures-06-word-changes-channels-kostanay.txt (invented people, real
// bodies and places; it says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { extractDev, extractInline, facts, indicators } from '../helpers/extract-dev.ts';

function entities(draft: Draft, label: string): Record<string, unknown>[] {
  return draft.entities
    .filter((e) => e.label === label)
    .map((e) => ({ name: e.name, ...(e.properties as Record<string, unknown>) }));
}

describe('figures in words (findFigures)', () => {
  it.each([
    ['число краж сократилось на четверть', 25, 'down'],
    ['пресечено 9 каналов, что на треть больше, чем годом ранее', 33.3, 'up'],
    ['количество притонов выросло наполовину', 50, 'up'],
    ['изъято на две трети меньше, чем годом ранее', 66.7, 'down'],
  ])('reads «%s» as a change of %s %% %s', (text, value, direction) => {
    expect(findFigures(text)).toContainEqual(
      expect.objectContaining({ value, unit: '%', isChange: true, direction }),
    );
  });

  it.each([
    ['отмечен двукратный рост числа фактов сбыта', 2, 'up'],
    ['наблюдается трёхкратное увеличение изъятий'.replaceAll('ё', 'е'), 3, 'up'],
    ['допущено почти двукратное снижение раскрываемости', 2, 'down'],
    ['число притонов сократилось двукратно', 2, 'down'],
  ])('reads «%s» as a factor of %s, %s', (text, value, direction) => {
    expect(findFigures(text)).toContainEqual(
      expect.objectContaining({ value, unit: 'times', isChange: true, direction }),
    );
  });

  it.each([
    ['число краж снизилось на пять процентов', 5, true, 'down'],
    ['выросло на двадцать пять процентов', 25, true, 'up'],
    ['доля синтетики достигла сорока процентов', 40, false, null],
  ])('reads «%s» as %s %%', (text, value, isChange, direction) => {
    expect(findFigures(text)).toContainEqual(
      expect.objectContaining({ value, unit: '%', isChange, direction }),
    );
  });

  it.each([
    ['выявлено 312 наркопреступлений (+25).', 25, 'count', 'up'],
    ['изъято 96 кг наркотиков (−1,5 т).', 1500, 'kg', 'down'],
    ['выявлено 3 212 краж (–11 %).', 11, '%', 'down'],
  ])('reads the signed change in brackets of «%s»', (text, value, unit, direction) => {
    expect(findFigures(text)).toContainEqual(
      expect.objectContaining({ value, unit, isChange: true, direction }),
    );
  });

  it('takes a bare signed number after a mass for no change', () => {
    expect(findFigures('изъято 96 кг наркотиков (+12).').filter((f) => f.isChange)).toEqual([]);
  });

  it('takes no fine «в двукратном размере» for a change', () => {
    expect(findFigures('штраф в двукратном размере')).toEqual([]);
  });

  it('takes no share of a thing for a change', () => {
    expect(findFigures('на треть территории области приходится половина очагов')).toEqual([]);
  });

  it.each([
    ['выросло с шести до девяти', 9, 6],
    ['выявлено 41 факт против тридцати трёх годом ранее', 41, 33],
    ['задержано семь курьеров, тогда как годом ранее – пять.', 7, 5],
    ['ликвидировано пять нарколабораторий (в первом полугодии 2024 года – три)', 5, 3],
    ['ликвидировано 5 нарколабораторий (за 9 месяцев прошлого года – 3)', 5, 3],
    ['выявлено 27 фактов контрабанды, годом ранее – 19.', 27, 19],
    ['выявлено 27 фактов контрабанды, в прошлом году – 19.', 27, 19],
    ['выявлено 27 фактов контрабанды при 19 годом ранее.', 27, 19],
    ['выявлено 27 фактов, тогда как за аналогичный период 2024 года – 19.', 27, 19],
    ['выявлено 27 фактов контрабанды, в 2024 году их было 19.', 27, 19],
    ['выявлено 27 фактов контрабанды (в 2024 г. – 19).', 27, 19],
  ])('pairs the levels of «%s»', (text, value, previous) => {
    expect(findFigures(text)).toContainEqual(expect.objectContaining({ value, previous, direction: 'up' }));
  });

  it('takes no level from «с одной стороны до …»', () => {
    expect(findFigures('с одной стороны до трёх')).toEqual([]);
  });
});

describe('word changes, channels and a list of instructions (figures-06)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('figures-06-word-changes-channels-kostanay');
  }, 60_000);

  it('gives shares in words as changes in per cent', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Число фактов сбыта/),
        change: -25,
        direction: 'down',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Количество наркопритонов/),
        change: 50,
        direction: 'up',
      }),
    );
  });

  it('reads levels in words against the period before', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Нарколаборатории/),
        value: 4,
        direction: 'up',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/закладчиков-иностранцев/),
        value: 7,
        direction: 'up',
      }),
    );
  });

  it('reads the year before told in a sentence of its own as the baseline of the level before it', () => {
    const found = indicators(draft);
    expect(found).toContainEqual(expect.objectContaining({ value: 86, previousValue: 64, direction: 'up' }));
    expect(found).toContainEqual(
      expect.objectContaining({ value: 1240, previousValue: 905, direction: 'up' }),
    );
    expect(found.map((i) => i.value)).not.toContain(64);
  });

  it('gives a tally of channels its change, and the cut channel the mass it carried', () => {
    const channels = entities(draft, 'SupplyChannel');
    expect(channels).toContainEqual(
      expect.objectContaining({ count: 12, change: 33.3, changeUnit: '%', direction: 'up' }),
    );
    expect(channels).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Межрегиональный канал/),
        amountKg: 45,
        amountQualifier: 'over',
      }),
    );
    expect(entities(draft, 'Seizure')).toEqual([]);
  });

  it('reads the items after «дал ряд поручений.» as its list, with their targets', () => {
    const directives = entities(draft, 'Directive');
    expect(directives).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Провести не менее 50 рейдов/), count: 50 }),
    );
    expect(directives).toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Обеспечить блокировку/), count: 600 }),
    );
    expect(facts(draft, 'INCLUDES')).toHaveLength(2);
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual(
      expect.objectContaining({
        from: expect.stringMatching(/^Обеспечить блокировку/),
        to: expect.stringMatching(/^Управление по противодействию наркопреступности/),
      }),
    );
  });
});

describe('a factor told by «-кратный» (inline)', () => {
  it('gives the indicator after it the change', async () => {
    const draft = await extractInline(
      'Итоги работы полиции Карагандинской области\nС начала года в Карагандинской области отмечен трёхкратный рост числа фактов склонения к потреблению наркотиков.\n',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ change: 3, changeUnit: 'times', direction: 'up' }),
    );
  });

  it('gives a percentage in words to the indicator before it', async () => {
    const draft = await extractInline(
      'Итоги работы полиции Карагандинской области\nС начала года число фактов сбыта наркотиков в Карагандинской области снизилось на пять процентов.\n',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ change: -5, changeUnit: '%', direction: 'down' }),
    );
  });
});

describe('«дан ряд поручений» with its items in the same paragraph', () => {
  it('lists the items that follow under one set', async () => {
    const draft = await extractInline(
      'В прокуратуре Костанайской области прошло координационное совещание\n' +
        'По итогам совещания дан ряд поручений. Департаменту государственных доходов по Костанайской области до 1 апреля усилить контроль за ввозом прекурсоров. Управлению здравоохранения к 15 июня обеспечить представление сведений о впервые выявленных потребителях наркотиков.\n',
      '2025-03-01',
    );
    const included = facts(draft, 'INCLUDES');
    expect(included).toHaveLength(2);
    expect(included.map((r) => r.to)).toEqual([
      expect.stringMatching(/^Усилить контроль/),
      expect.stringMatching(/^Обеспечить представление/),
    ]);
    expect(included[0]!.from).toMatch(/^Поручения по итогам совещания/);
  });
});
