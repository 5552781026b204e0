import { describe, expect, it } from 'vitest';
import { locatePassage } from '../../client/src/graph/evidence.ts';
import { entityData } from '../../client/src/graph/entity-props.ts';

const text = 'Борьба с наркобизнесом. Эта линия на особом контроле находится у главы государства.';
const quote = 'на особом контроле';

describe('locatePassage', () => {
  it('trusts offsets that point at the quote', () => {
    const start = text.indexOf(quote);
    expect(locatePassage(text, quote, start, start + quote.length)).toEqual({
      before: text.slice(0, start),
      quote,
      after: text.slice(start + quote.length),
      located: 'offsets',
    });
  });

  it('falls back to searching when offsets drifted or are missing', () => {
    expect(locatePassage(text, quote, 0, 5).located).toBe('search');
    expect(locatePassage(text, quote).located).toBe('search');
  });

  it('reports a quote that is not in the text', () => {
    expect(locatePassage(text, 'нет такого')).toMatchObject({ located: 'missing', quote: '', before: text });
  });
});

describe('entityData', () => {
  it('turns entity details into node data: aliases, year, display properties', () => {
    expect(
      entityData({
        __typename: 'Seizure',
        id: 's',
        aliases: null,
        amountKg: 770,
        substance: 'drugs',
        year: 2024,
        extra: null,
      }),
    ).toEqual({ aliases: [], year: 2024, props: { amountKg: 770, substance: 'drugs' } });
  });
});
