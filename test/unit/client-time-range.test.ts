import { describe, expect, it } from 'vitest';
import {
  formatRange,
  histogram,
  overlaps,
  padDate,
  parseRange,
  spanOf,
} from '../../client/src/graph/time-range.ts';
import { formatViewState, linkProblems, parseViewState } from '../../client/src/graph/url-state.ts';

describe('time spans of canvas elements', () => {
  it('pads partial dates so string order is date order', () => {
    expect(padDate('2024', false)).toBe('2024-00-00');
    expect(padDate('2024', true)).toBe('2024-99-99');
    expect(padDate('2024-10', true)).toBe('2024-10-99');
    expect(padDate('2024-10-07', true)).toBe('2024-10-07');
    expect(padDate('last year', false)).toBeNull();
  });

  it("reads a fact's validity, a period, a date or a year; nothing for undated elements", () => {
    expect(spanOf({ validTo: '2024-10-07' })).toEqual({ from: null, to: '2024-10-07' });
    expect(spanOf({ validFrom: '2024-10-07', validTo: null })).toEqual({ from: '2024-10-07', to: null });
    expect(spanOf({ props: { period: '2024-01/2024-09' } })).toEqual({
      from: '2024-01-00',
      to: '2024-09-99',
    });
    expect(spanOf({ props: { date: '2025-01-15' } })).toEqual({ from: '2025-01-15', to: '2025-01-15' });
    expect(spanOf({ year: 2024, props: {} })).toEqual({ from: '2024-00-00', to: '2024-99-99' });
    expect(spanOf({ year: null, props: { name: 'x' } })).toBeNull();
  });

  it('excludes a former post from a range after it ended and keeps the current one', () => {
    const range = parseRange('2025')!;
    expect(overlaps({ from: null, to: '2024-10-07' }, range)).toBe(false);
    expect(overlaps({ from: '2024-10-07', to: null }, range)).toBe(true);
    expect(overlaps({ from: null, to: '2024-10-07' }, parseRange('2024-10-07')!)).toBe(true);
    expect(overlaps({ from: '2024-10-08', to: null }, parseRange('2024-10-07')!)).toBe(false);
  });

  it("counts spans per year, open ends reaching the others' bounds", () => {
    expect(
      histogram([
        { from: '2023-00-00', to: '2023-99-99' },
        { from: null, to: '2024-10-07' },
        { from: '2025-08-00', to: null },
      ]),
    ).toEqual([
      { year: 2023, count: 2 },
      { year: 2024, count: 1 },
      { year: 2025, count: 1 },
    ]);
    expect(histogram([])).toEqual([]);
  });
});

describe('the range in the link', () => {
  it('reads and writes single dates and ranges, refusing reversed or malformed ones', () => {
    expect(parseRange('2023-01..2024-09')).toEqual({ from: '2023-01-00', to: '2024-09-99' });
    expect(formatRange(parseRange('2023-01..2024-09')!)).toBe('2023-01..2024-09');
    expect(formatRange(parseRange('2024-10-07')!)).toBe('2024-10-07');
    expect(formatRange(parseRange('2024')!)).toBe('2024');
    expect(parseRange('2025..2024')).toBeNull();
    expect(parseRange('soon')).toBeNull();
    expect(parseRange(null)).toBeNull();
  });

  it('keeps the range through a link and names a bad one', () => {
    const state = parseViewState('?view=explore&focus=person:x&t=2023-01..2024-09');
    expect(state.range).toBe('2023-01..2024-09');
    expect(formatViewState(state)).toContain('t=2023-01..2024-09');
    expect(parseViewState('?t=nope').range).toBeUndefined();
    expect(linkProblems('?t=nope')).toEqual(['t=nope']);
  });
});
