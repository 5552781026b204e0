import { describe, expect, it } from 'vitest';
import { readFigures } from '../../server/ingest/eval/figures.ts';

// The figures the scorer reads from one gold entity, and the two names the gold format allows for one quantity.
describe('readFigures', () => {
  const right = (gold: Record<string, unknown>, draft: Record<string, unknown>) =>
    readFigures(gold, draft).map((r) => [r.key, r.right]);

  it('scores amounts, values, changes, counts and directions, and a unit only when it is %', () => {
    expect(
      right({ amountKg: 5.5, unit: 'кг', change: -6.4, changeUnit: '%', direction: 'down' }, {}),
    ).toEqual([
      ['amountKg', false],
      ['change', false],
      ['direction', false],
      ['changeUnit', false],
    ]);
    expect(right({ value: 65, unit: '%' }, { value: '65', unit: '%' })).toEqual([
      ['value', true],
      ['unit', true],
    ]);
  });

  it("accepts an Indicator's level as value or count, and a volume as volumeLitres", () => {
    expect(right({ count: 12 }, { value: 12, unit: 'count' })).toEqual([['count', true]]);
    expect(right({ value: 412 }, { count: 412 })).toEqual([['value', true]]);
    expect(right({ value: 620, unit: 'литров' }, { volumeLitres: 620 })).toEqual([['value', true]]);
  });

  it('never takes the other name when the draft has the key itself, or when its number differs', () => {
    expect(right({ count: 12 }, { count: 11, value: 12 })).toEqual([['count', false]]);
    expect(right({ count: 12 }, { value: 13 })).toEqual([['count', false]]);
    expect(readFigures({ count: 12 }, { value: 13 })[0]).toMatchObject({ expected: 12, actual: 13 });
  });
});
