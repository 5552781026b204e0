// Round 8, part X: figures of episodes and results told in other ways: a signed percentage after a baseline, the
// level a move reached («выросло вдвое — до 38 человек»), laundering tools counted («через 9 нелегальных
// криптообменников»), a share of things done («уничтожено 96 % очагов», worked-shares.ts), pieces weighed by the expertise in the
// next sentence, the black-market value of what was seized, and drugs told as where they were («в тайнике
// находилось»). Inline development texts: invented people, real bodies and places; each says it is a test
// fixture.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { entitiesOf, extractInline, indicators } from '../helpers/extract-dev.ts';

describe('changes told after a baseline or a move (findFigures)', () => {
  it('reads a signed percentage in brackets after the year before as the change', () => {
    const text = 'выявлено 64 наркопреступления против 51 за аналогичный период прошлого года (+25,5%)';
    expect(findFigures(text)).toContainEqual(
      expect.objectContaining({ value: 25.5, unit: '%', isChange: true, direction: 'up' }),
    );
  });

  it.each([
    ['Количество задержанных закладчиков выросло вдвое — до 38 человек', 38, 'up'],
    ['Число притонов сократилось на 20 % до 12', 12, 'down'],
  ])('reads the level reached in «%s»', (text, value, direction) => {
    expect(findFigures(text)).toContainEqual(expect.objectContaining({ value, isChange: false, direction }));
  });
});

describe('counts inside a laundering case', () => {
  it('counts the exchangers money went through', async () => {
    const draft = await extractInline(
      'Шымкент, 3 ноября 2025 года. ДЭР по городу Шымкент выявил группу наркодельцов. Выручка в криптовалюте ' +
        'выводилась через 9 нелегальных криптообменников. В целях возмещения ущерба наложен арест на имущество ' +
        'фигурантов на общую сумму 310 млн тенге, в том числе на четыре квартиры и шесть автомашин.',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ quote: '9 нелегальных криптообменников', value: 9, unit: 'exchangers' }),
    );
    const property = indicators(draft).find((i) => String(i.quote).includes('310 млн'));
    expect(property).toMatchObject({ value: 310_000_000 });
    expect(property).not.toHaveProperty('change');
  });
});

describe('a share of things done', () => {
  it.each([
    [
      'В ходе ОПМ «Мак» в области уничтожено 96 % очагов.',
      'Доля уничтоженных очагов',
      'уничтожено 96 % очагов',
      96,
    ],
    [
      'По итогам года раскрыто свыше 78 % наркопреступлений.',
      'Доля раскрытых наркопреступлений',
      'раскрыто свыше 78 % наркопреступлений',
      78,
    ],
    ['Профилактикой охвачено 95 % школ области.', 'Доля охваченных школ', 'охвачено 95 % школ области', 95],
  ])('reads «%s»', async (text, name, quote, value) => {
    const draft = await extractInline(`Тараз, 26 ноября 2025 года. ДП Жамбылской области сообщает. ${text}`);
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({ name: expect.stringContaining(name), quote, value, unit: '%' }),
    );
  });
});

describe('pieces seized, weighed by the expertise in the next sentence', () => {
  it.each([
    ['Экспертиза установила, что это мефедрон общей массой 112 граммов.', 'мефедрон', 0.112],
    ['Согласно заключению эксперта, в свёртках находился героин массой 35 г.', 'героин', 0.035],
  ])('reads «%s»', async (assay, substance, amountKg) => {
    const draft = await extractInline(
      `Лисаковск, 2 октября 2025 года. Полицейские Костанайской области задержали жителя Лисаковска. ` +
        `При личном досмотре у мужчины изъято 48 свёртков с порошкообразным веществом. ${assay}`,
    );
    const seizures = entitiesOf(draft, 'Seizure');
    expect(seizures).toHaveLength(1);
    expect(seizures[0]).toMatchObject({ count: 48, amountKg, substance });
  });
});

describe('the black-market value of what was seized', () => {
  it('is a sum even though the sentence names what was seized', async () => {
    const draft = await extractInline(
      'Кызылорда, 5 ноября 2025 года. Пограничники задержали двух курьеров с 38,5 кг гашиша. ' +
        'Ориентировочная стоимость изъятого на «чёрном рынке» превышает 190 млн тенге.',
    );
    expect(indicators(draft)).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Ориентировочная стоимость изъятого/u),
        value: 190_000_000,
        unit: 'KZT',
      }),
    );
  });
});

describe('drugs told as where they were', () => {
  it('reads a seizure from «в тайнике которого находилось 8,4 кг гашиша»', async () => {
    const draft = await extractInline(
      'Актобе, 12 мая 2025 года. На въезде в Актобе полицейские остановили легковой автомобиль, в тайнике ' +
        'которого находилось 8,4 кг гашиша. Водитель, 34-летний житель Шымкента, задержан.',
    );
    expect(entitiesOf(draft, 'Seizure')).toEqual([
      expect.objectContaining({ amountKg: 8.4, substance: 'гашиша' }),
    ]);
  });

  it('names «синтетика» as a drug', async () => {
    const draft = await extractInline(
      'Талдыкорган, 12 ноября 2025 года. ДП области Жетісу сообщает: всего изъято 640 килограммов ' +
        'наркотиков, из них 3,4 кг синтетики.',
    );
    expect(entitiesOf(draft, 'Seizure')).toContainEqual(
      expect.objectContaining({ amountKg: 3.4, substance: 'синтетики' }),
    );
  });

  it('makes no seizure of drugs kept as evidence', async () => {
    const draft = await extractInline(
      'Уральск, 12 мая 2025 года. Прокуратура Западно-Казахстанской области провела проверку. В камерах ' +
        'хранения вещественных доказательств находились 46 кг наркотических средств по уголовным делам.',
    );
    expect(entitiesOf(draft, 'Seizure')).toEqual([]);
  });
});
