// Figures the eleventh round found told in running text: a share to reach set by an instruction («обеспечить
// охват … не менее 90 % лиц, состоящих на учете») as the Directive's value, and a change named as a noun whose
// size follows a participle clause («рост числа лиц, впервые поставленных на учёт, составил 11,2 %»), and a
// headline's rounded count restating a body's coverage told by another word («охвачено свыше 19 тысяч
// учащихся» over «Охват составил 19 640 учащихся»). Inline
// development texts: invented people, real bodies and places; each says it is a test fixture.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../server/ingest/extract/recognise/figures.ts';
import { extractInline, indicators } from '../helpers/extract-dev.ts';

const directives = async (text: string) => {
  const draft = await extractInline(
    `Уральск, 9 декабря 2025 года. Тестовый текст: заседание комиссии при акимате Западно-Казахстанской области. ${text}`,
  );
  return draft.entities.filter((e) => e.label === 'Directive').map((e) => e.properties);
};

describe('a share to reach set by an instruction', () => {
  it.each([
    [
      'Аким области поручил управлению здравоохранения ЗКО обеспечить охват профилактическими осмотрами не менее 90 % лиц, состоящих на учете, до 1 июля.',
      90,
    ],
    [
      'Аким области поручил департаменту полиции довести раскрываемость наркопреступлений до 85 % до конца года.',
      85,
    ],
    [
      'Аким области поручил управлению образования обеспечить охват тестированием не ниже 95 % учащихся колледжей.',
      95,
    ],
  ])('reads «%s»', async (text, value) => {
    expect(await directives(text)).toContainEqual(expect.objectContaining({ value, unit: '%' }));
  });

  it('reads no target from a change to make', async () => {
    const found = await directives('Аким области поручил департаменту полиции снизить число краж на 10 %.');
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContainEqual(expect.objectContaining({ value: 10 }));
  });

  it('reads no share target when two shares are set', async () => {
    const found = await directives(
      'Аким области поручил управлению образования обеспечить охват тестированием не менее 90 % школьников и не менее 80 % студентов.',
    );
    expect(found).not.toContainEqual(expect.objectContaining({ unit: '%' }));
  });
});

describe('a change named as a noun, its size after a participle clause', () => {
  const run = (text: string) =>
    extractInline(
      `Караганда, 9 декабря 2025 года. Тестовый текст: Департамент полиции Карагандинской области сообщает. ${text}`,
    ).then(indicators);

  it.each([
    [
      'Вместе с тем рост числа лиц, впервые поставленных на наркологический учёт, составил 11,2 %.',
      11.2,
      'up',
    ],
    ['Снижение числа подростков, состоящих на профилактическом учёте, составило 9 %.', -9, 'down'],
    [
      'Увеличение количества пациентов, прошедших медико-социальную реабилитацию, составило 17,5 %.',
      17.5,
      'up',
    ],
  ])('reads «%s»', async (text, change, direction) => {
    expect(await run(text)).toContainEqual(expect.objectContaining({ change, changeUnit: '%', direction }));
  });

  it('leaves a level told in another clause a level', async () => {
    expect(findFigures('Несмотря на рост числа краж, раскрываемость составила 87 %.')).toContainEqual(
      expect.objectContaining({ value: 87, isChange: false }),
    );
  });
});

describe('a headline rounding a coverage the body names by another word', () => {
  it.each([
    [
      'Месячник профилактики в школах Павлодара: охвачено свыше 12 тысяч учащихся',
      'Павлодар, 3 октября 2025 года. Тестовый текст: Управление полиции города Павлодара подвело итоги месячника. Охват составил 12 480 учащихся.',
      12480,
      12000,
    ],
    [
      'Акция в колледжах Шымкента: охвачено около 9 тысяч студентов',
      'Шымкент, 3 октября 2025 года. Тестовый текст: Департамент полиции города Шымкента подвёл итоги акции. Охват профилактикой составил 9 120 студентов.',
      9120,
      9000,
    ],
    [
      'В Актобе тестированием охвачено более 4 тысяч школьников',
      'Актобе, 3 октября 2025 года. Тестовый текст: Управление образования Актюбинской области сообщает. Охват тестированием составил 4 310 школьников.',
      4310,
      4000,
    ],
  ])('reads «%s» as the body’s figure', async (headline, body, value, rounded) => {
    const found = indicators(await extractInline(`${headline}\n${body}`));
    expect(found).toContainEqual(expect.objectContaining({ value }));
    expect(found).not.toContainEqual(expect.objectContaining({ value: rounded }));
  });
});
