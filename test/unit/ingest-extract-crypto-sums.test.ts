// Drug money counted in crypto coins («превысил 1,9 млн USDT», «заблокированы криптоактивы на 86 тыс. USDT») and
// sums after blocking or freezing with a bare «на» («заморожены банковские счета на 40 млн тенге»): a sum, not
// a change. Runs the real extractor on test/fixtures/extract-dev/money-05-crypto-almaty.txt (invented people,
// real bodies and places; it says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, indicators } from '../helpers/extract-dev.ts';

describe('crypto and blocked sums', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('money-05-crypto-almaty');
  });

  it('reads a turnover in USDT', () => {
    expect(indicators(draft)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 1_900_000, unit: 'USDT', qualifier: 'over' }),
      ]),
    );
  });

  it('reads sums blocked or frozen «на …» as values, not changes', () => {
    const blocked = indicators(draft).filter((i) => /криптоактивы|счета/u.test(String(i.quote)));
    expect(blocked).toEqual([
      expect.objectContaining({ quote: 'криптоактивы на 86 тыс. USDT', value: 86_000, unit: 'USDT' }),
      expect.objectContaining({ value: 40_000_000, unit: 'KZT' }),
    ]);
    for (const b of blocked) expect(b).not.toHaveProperty('change');
  });

  it('takes no second indicator from the sum restated in tenge', () => {
    expect(indicators(draft).some((i) => i.value === 980_000_000)).toBe(false);
  });
});
