// Round 10, part X: channel tallies told with last year's level in brackets between the number and the word
// («Пресечено 14 (9) каналов поставки»), and by an ordinal with a word between it and the channel («третий
// пресечённый канал», «четвёртый подобный канал») whose time may open the clause («С начала года это уже …»).
// Also tables written one line per indicator and counts in words with hundreds (below). Runs the real extractor
// on test/fixtures/extract-dev/figures-10-channel-tallies-pavlodar.txt (invented people, real bodies and places;
// it says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { entitiesOf, extractDev, extractInline } from '../helpers/extract-dev.ts';

describe('channel tallies, round 10', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('figures-10-channel-tallies-pavlodar');
  });

  it('reads a tally with its level in brackets before the word', () => {
    expect(entitiesOf(draft, 'SupplyChannel')).toContainEqual(
      expect.objectContaining({ count: 6, previousValue: 4, direction: 'up' }),
    );
  });

  it('reads an ordinal with a word between it and the channel, the time opening the clause', () => {
    expect(entitiesOf(draft, 'SupplyChannel').map((c) => c.count)).toContain(5);
  });

  it('reads an ordinal with an adjective and the time after the channel', async () => {
    const inline = await extractInline(
      'Полицейские ДП Павлодарской области пресекли канал поставки гашиша из Шымкента в Павлодар. «Это уже четвёртый подобный канал, пресечённый с начала года», – сообщил Даурен Жумабаев.',
    );
    expect(entitiesOf(inline, 'SupplyChannel').map((c) => c.count)).toContain(4);
  });

  it('leaves an ordinal with an adjective and no time since alone', () => {
    expect(entitiesOf(draft, 'SupplyChannel').map((c) => c.count)).not.toContain(2);
  });

  it('reads no tally from a lone number in brackets', async () => {
    const inline = await extractInline(
      'Полицейские ДП Павлодарской области пресекли (1) канал поставки гашиша из Шымкента в Павлодар.',
    );
    expect(entitiesOf(inline, 'SupplyChannel').map((c) => c.count)).not.toContain(2);
  });
});

// «Наркопреступления | 198 | 176 | +12,5 %», «Пресечено каналов поставки — 4 — 3 — +33,3 %»: a table written one
// line per indicator gives the year before and the change in columns after the level (facts/table-rows.ts).
describe('tables written one line per indicator', () => {
  const head =
    'Департамент полиции Павлодарской области публикует показатели за 9 месяцев 2025 года в сравнении с аналогичным периодом прошлого года.\n';

  it.each([
    [
      'bars',
      'Показатель | 2025 | 2024 | изменение\nЗарегистрировано наркопреступлений | 88 | 96 | −8,3 %\nПресечено каналов поставки | 5 | 3 | +2\n',
    ],
    [
      'dashes',
      'Показатель — 2025 — 2024 — изменение\nЗарегистрировано наркопреступлений — 88 — 96 — −8,3 %\nПресечено каналов поставки — 5 — 3 — +2\n',
    ],
  ])('reads the change column of a table with %s', async (_, table) => {
    const draft = await extractInline(`${head}${table}`);
    const crimes = entitiesOf(draft, 'Indicator').find((i) => String(i.quote).includes('наркопреступлений'));
    expect(crimes).toEqual(
      expect.objectContaining({ change: -8.3, changeUnit: '%', direction: 'down', previousValue: 96 }),
    );
    expect(entitiesOf(draft, 'SupplyChannel')).toContainEqual(
      expect.objectContaining({ count: 5, change: 2, direction: 'up' }),
    );
  });

  it('reads no change when the sign and the levels disagree', async () => {
    const draft = await extractInline(
      `${head}Показатель | 2025 | 2024 | изменение\nЗарегистрировано наркопреступлений | 88 | 96 | +8,3 %\n`,
    );
    const crimes = entitiesOf(draft, 'Indicator').find((i) => String(i.quote).includes('наркопреступлений'));
    expect(crimes?.change).toBeUndefined();
  });
});

// «выявлено сто двенадцать наркопреступлений», «закрашено сто восемнадцать надписей», «двести сорок семь
// фактов»: hundreds written before the tens or units of a count are part of it (text/number-words.ts leadBefore).
describe('counts in words with hundreds', () => {
  it.each([
    ['За год выявлено сто двенадцать наркопреступлений.', 112],
    ['Закрашено сто восемнадцать надписей с рекламой наркосайтов.', 118],
    ['Впервые взяты на учёт двести восемнадцать человек.', 218],
    ['Зарегистрировано двести сорок семь фактов.', 247],
    ['Проведено около трёхсот двадцати рейдов.', 320],
  ])('reads «%s» as %d', (text, value) => {
    expect(findFigures(text).map((f) => f.value)).toContain(value);
  });

  it('keeps a count of tens alone', () => {
    expect(findFigures('Зарегистрировано сорок семь фактов.').map((f) => f.value)).toContain(47);
  });
});

// «двадцать три килограмма шестьсот граммов»: a smaller mass in words right after a larger one is the rest of
// the same amount (recognise/word-amounts.ts).
describe('masses in words told in two units', () => {
  it.each([
    ['обнаружены мешки с марихуаной общим весом двадцать три килограмма шестьсот граммов.', 23.6],
    ['изъято две тонны триста килограммов гашиша.', 2300],
    ['изъято около трёхсот граммов гашиша.', 0.3],
    ['изъято два с половиной килограмма мефедрона.', 2.5],
    ['изъято три с половиной тонны марихуаны.', 3500],
  ])('reads «%s» as %d kg', (text, kg) => {
    expect(
      findFigures(text)
        .filter((f) => f.unit === 'kg')
        .map((f) => f.value),
    ).toEqual([kg]);
  });
});

// «в багажнике которой перевозилось 4,3 кг марихуаны», «перевозил в автобусе 180 граммов героина», «из
// незаконного оборота выведено 492 грамма синтетики»: drugs carried when stopped, or taken out of circulation,
// are seizures (facts/seizures.ts FOUND), as long as the amount names a drug.
describe('seizures told by carrying or taking out of circulation', () => {
  it.each([
    'В Кульсарах полицейские остановили автомашину «Лада Гранта», в багажнике которой перевозилось 4,3 кг марихуаны.',
    'Курьер перевозил в междугороднем автобусе по маршруту Шымкент – Петропавловск 180 граммов героина.',
    'Всего из незаконного оборота выведено четыреста девяносто два грамма синтетики.',
  ])('finds a seizure in «%s»', async (text) => {
    const draft = await extractInline(text);
    expect(entitiesOf(draft, 'Seizure').length).toBeGreaterThan(0);
  });

  it('finds none in a carried load that is no drug', async () => {
    const draft = await extractInline('Водитель перевозил 20 тонн зерна из Костаная в Рудный.');
    expect(entitiesOf(draft, 'Seizure')).toEqual([]);
  });
});
