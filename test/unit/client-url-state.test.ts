import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatViewState,
  LAYOUTS,
  parseViewState,
  VIEWS,
  type ViewState,
} from '../../client/src/graph/url-state.ts';

describe('URL state', () => {
  it('defaults to an empty explore view with fcose in Russian', () => {
    expect(parseViewState('')).toEqual({
      view: 'explore',
      focus: null,
      to: null,
      layout: 'fcose',
      lang: 'ru',
    });
  });

  it('gives each view its default layout unless the link names one', () => {
    expect(parseViewState('?view=supply&focus=region:north-kazakhstan').layout).toBe('geo');
    expect(parseViewState('?view=chain&focus=directive:x').layout).toBe('dagre');
    expect(parseViewState('?view=chain&focus=directive:x&layout=concentric').layout).toBe('concentric');
  });

  it('ignores unknown values instead of failing', () => {
    expect(parseViewState('?view=nope&layout=spiral&lang=de')).toMatchObject({
      view: 'explore',
      layout: 'fcose',
      lang: 'ru',
    });
    expect(parseViewState('?view=explore&to=person:b').to).toBeNull();
  });

  it('round-trips any view state', () => {
    const state = fc.record({
      view: fc.constantFrom(...VIEWS),
      focus: fc.option(fc.string({ minLength: 1 }), { nil: null }),
      to: fc.option(fc.string({ minLength: 1 }), { nil: null }),
      layout: fc.constantFrom(...LAYOUTS),
      lang: fc.constantFrom('ru' as const, 'en' as const),
    });
    fc.assert(
      fc.property(state, (s: ViewState) => {
        const expected = { ...s, to: s.view === 'path' ? s.to : null };
        expect(parseViewState(formatViewState(s))).toEqual(expected);
      }),
    );
  });
});
