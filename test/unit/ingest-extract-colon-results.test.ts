// Round 8, part X: a results list written with colons and last year's level in brackets («фактов сбыта: 96
// (71)», «задержано закладчиков: 27 (АППГ – 35)», «Притоны — 5 (8)», items on one line with semicolons), and
// the base of a rate («на 10 тыс. населения») that is no figure. Runs the real extractor on
// test/fixtures/extract-dev/figures-08-colon-results-pavlodar.txt (invented people, real bodies and places; it
// says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { entitiesOf, extractDev, extractInline, facts, indicators } from '../helpers/extract-dev.ts';

describe('last year level in brackets (findFigures)', () => {
  it.each([
    ['фактов сбыта: 96 (71)', 96, 71],
    ['изъято наркотических средств: 1,8 тонны (2,4 тонны)', 1800, 2400],
    ['задержано закладчиков: 41 (АППГ – 38)', 41, 38],
  ])('reads «%s» as %s against %s', (text, value, previous) => {
    const figures = findFigures(text);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value, previous, isChange: false });
  });

  it('reads the same mass in other units as no baseline', () => {
    expect(findFigures('изъято 1,2 кг (1 200 граммов) героина')).not.toContainEqual(
      expect.objectContaining({ previous: expect.anything() }),
    );
  });

  it('reads no figure in the base of a rate', () => {
    const figures = findFigures('Уровень наркопреступности на 10 тыс. населения составил 3,6 (3,1).');
    expect(figures).toEqual([expect.objectContaining({ value: 3.6, previous: 3.1, isChange: false })]);
  });
});

describe('a results list with colons', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('figures-08-colon-results-pavlodar');
  });

  it.each([
    [
      'Выявленные факты сбыта',
      'выявлено фактов сбыта: 84',
      { value: 84, previousValue: 63, change: 33.3, changeUnit: '%', direction: 'up' },
    ],
    [
      'Задержанные закладчики',
      'задержано закладчиков: 27',
      { value: 27, previousValue: 35, direction: 'down' },
    ],
    ['Ликвидированные нарколаборатории', 'ликвидировано нарколабораторий: 2', { value: 2, previousValue: 1 }],
    [
      'Изъятые наркотические средства',
      'изъято наркотических средств: 640 кг',
      { value: 640, amountKg: 640, unit: 'kg', change: 23, direction: 'up' },
    ],
    ['Притоны', 'Притоны — 5', { value: 5, previousValue: 8, direction: 'down' }],
    ['Выявленные притоны', 'Выявлено притонов: 5', { value: 5, previousValue: 8 }],
    ['Заблокированные наркосайты', 'заблокировано наркосайтов: 418', { value: 418, previousValue: 302 }],
    ['Наркопреступления', 'раскрыто наркопреступлений: 212 (187)', { value: 212, previousValue: 187 }],
    [
      'Уровень наркопреступности',
      'Уровень наркопреступности на 10 тыс. населения составил 2,9 (2,4)',
      { value: 2.9, previousValue: 2.4 },
    ],
  ])('finds «%s» quoted «%s»', (name, quote, figures) => {
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: `${name} в 2025 году`, quote, ...figures }),
    );
  });

  it('reads a tally of cut channels in the list as one SupplyChannel with its count', () => {
    expect(entitiesOf(draft, 'SupplyChannel')).toEqual([
      expect.objectContaining({ name: 'Пресеченные каналы поставки', count: 3, previousValue: 2 }),
    ]);
  });

  it('makes no seizure of last year’s mass and puts the item’s change on this year’s', () => {
    const seizures = entitiesOf(draft, 'Seizure');
    expect(seizures).toHaveLength(1);
    expect(seizures[0]).toMatchObject({ amountKg: 640, change: 23, changeUnit: '%', direction: 'up' });
  });
});

describe('more ways to write a results list', () => {
  it.each([
    ['— задержано закладчиков – 41 (38);', 'Задержанные закладчики', 41, 38],
    ['— выявлено фактов сбыта — 96 (АППГ – 71);', 'Выявленные факты сбыта', 96, 71],
    ['Из них фактов сбыта: 41 (29).', 'Факты сбыта', 41, 29],
    ['В том числе фактов сбыта синтетики: 21 (9).', 'Факты сбыта синтетики', 21, 9],
    ['Сбыт — 96 (71), хранение — 52 (40).', 'Хранение', 52, 40],
    ['заблокировано наркосайтов: 1,2 тыс. (980); притонов: 3 (5).', 'Притоны', 3, 5],
  ])('reads «%s»', async (line, name, value, previousValue) => {
    const draft = await extractInline(
      `Павлодар, 6 ноября 2025 года. ДП Павлодарской области сообщает итоги за 10 месяцев 2025 года.\n${line}`,
      '2025-11-06',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: `${name} в 2025 году`, value, previousValue }),
    );
  });
});

describe('seized drugs in a results list', () => {
  it('names the drug before the colon and makes the lines after it parts of the total', async () => {
    const draft = await extractInline(
      'Семей, 8 октября 2025 года. ДП области Абай сообщает итоги за 9 месяцев 2025 года.\n' +
        '— изъято наркотических средств: 1,8 тонны (2,4 тонны), снижение на 25 %;\n' +
        '— в том числе синтетических наркотиков: 6,3 кг (2,1 кг), рост втрое;\n' +
        '— марихуаны и гашиша: более 1,7 тонны;\n' +
        '— заблокировано наркосайтов: 312 (264).',
    );
    const seizures = entitiesOf(draft, 'Seizure');
    expect(seizures).toEqual([
      expect.objectContaining({ amountKg: 1800, substance: 'наркотических средств', change: -25 }),
      expect.objectContaining({ amountKg: 6.3, substance: 'синтетических наркотиков' }),
      expect.objectContaining({ amountKg: 1700, substance: 'марихуаны и гашиша', amountQualifier: 'over' }),
    ]);
    const included = facts(draft, 'INCLUDED_IN');
    expect(included).toHaveLength(2);
    expect(included.map((r) => r.inferred)).toEqual([false, true]);
  });
});

describe('a split by town written like a results list', () => {
  // rules-ru 1.8.0 proposes every figure a release states (unclaimed-levels.ts); a town's share of a list is
  // named after the list's heading and the town, never after the town alone.
  it('names no indicator after a town alone', async () => {
    const draft = await extractInline(
      'Павлодар, 6 ноября 2025 года. ДП Павлодарской области сообщает итоги за 10 месяцев 2025 года.\n' +
        'По городам: Павлодар — 45 (38); Экибастуз: 12 (9).',
      '2025-11-06',
    );
    const names = indicators(draft).map((i) => String(i.name));
    expect(names).not.toContainEqual(expect.stringMatching(/^(?:Павлодар|Экибастуз)(?: в 2025 году)?$/u));
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: 'По городам: Экибастуз', value: 12, previousValue: 9 }),
    );
  });
});

describe('colons that label no figure of work', () => {
  it('makes no indicator of a hotline or a phone number', async () => {
    const draft = await extractInline(
      'Павлодар, 6 ноября 2025 года. ДП Павлодарской области напоминает.\nТелефон доверия: 102.\n' +
        'Контакты: 8 (7182) 32-45-67.',
      '2025-11-06',
    );
    expect(indicators(draft)).toEqual([]);
  });
});
