import { describe, expect, it } from 'vitest';
import { LONG_VALUE, referenceCitations, valueDisplay } from '../../client/src/graph/reference-citations.ts';

describe('reference citations of a node', () => {
  it('keep the number and the citation, name the reference Source, and drop the list file path', () => {
    expect(
      referenceCitations([
        '[32] shared/reference/kazakhstan.md: zakon.kz 6451587',
        '[1] shared/reference/kazakhstan.md: it.wikipedia.org/wiki/ISO_3166-2:KZ; grokipedia.com/page/iso_3166_2kz',
      ]),
    ).toEqual([
      { label: '[32]', sourceId: 'source:ref-32', citation: 'zakon.kz 6451587' },
      {
        label: '[1]',
        sourceId: 'source:ref-1',
        citation: 'it.wikipedia.org/wiki/ISO_3166-2:KZ; grokipedia.com/page/iso_3166_2kz',
      },
    ]);
  });

  it('keep a citation with a colon of its own whole, and an unnumbered one as it is', () => {
    expect(referenceCitations(['[6] tass.com/world/1509513', 'Reuters: 2024'])).toEqual([
      { label: '[6]', sourceId: 'source:ref-6', citation: 'tass.com/world/1509513' },
      { label: '', citation: 'Reuters: 2024' },
    ]);
  });
});

describe('value display in the details panel', () => {
  const long = 'x'.repeat(LONG_VALUE + 1);

  it('folds long text in the other language and clips long text in the reader’s', () => {
    expect(valueDisplay(long, 'en', 'ru')).toEqual({ folded: true, clipped: false });
    expect(valueDisplay(long, 'ru', 'en')).toEqual({ folded: true, clipped: false });
    expect(valueDisplay(long, undefined, 'ru')).toEqual({ folded: false, clipped: true });
    expect(valueDisplay(long, 'ru', 'ru')).toEqual({ folded: false, clipped: true });
  });

  it('shows short values as they are, whatever their language', () => {
    expect(valueDisplay('Stated only.', 'en', 'ru')).toEqual({ folded: false, clipped: false });
    expect(valueDisplay('x'.repeat(LONG_VALUE), undefined, 'ru')).toEqual({ folded: false, clipped: false });
  });
});
