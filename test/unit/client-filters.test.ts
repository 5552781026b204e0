import { describe, expect, it } from 'vitest';
import {
  edgeVisible,
  NO_FILTERS,
  nodeVisible,
  yearBounds,
  type Filters,
} from '../../client/src/graph/filters.ts';

const f = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch });

describe('filters', () => {
  it('hide nodes by label', () => {
    expect(nodeVisible({ label: 'Person', year: null }, f({ hiddenLabels: new Set(['Person']) }))).toBe(
      false,
    );
    expect(nodeVisible({ label: 'City', year: null }, f({ hiddenLabels: new Set(['Person']) }))).toBe(true);
  });

  it('filter by year only nodes that have one', () => {
    const years = { from: 2024, to: 2024 };
    expect(nodeVisible({ label: 'Seizure', year: 2023 }, f({ years }))).toBe(false);
    expect(nodeVisible({ label: 'Seizure', year: 2024 }, f({ years }))).toBe(true);
    expect(nodeVisible({ label: 'Person', year: null }, f({ years }))).toBe(true);
  });

  it('hide edges by type and by stated vs inferred', () => {
    const stated = { type: 'HOLDS', inferred: false };
    const inferred = { type: 'ORIGINATES_IN', inferred: true };
    expect(edgeVisible(stated, f({ hiddenTypes: new Set(['HOLDS']) }))).toBe(false);
    expect(edgeVisible(stated, f({ evidence: 'stated' }))).toBe(true);
    expect(edgeVisible(inferred, f({ evidence: 'stated' }))).toBe(false);
    expect(edgeVisible(inferred, f({ evidence: 'inferred' }))).toBe(true);
    expect(edgeVisible(stated, f({ evidence: 'inferred' }))).toBe(false);
  });

  it('find the year bounds of what is drawn', () => {
    expect(yearBounds([{ year: 2024 }, { year: null }, { year: 2023 }])).toEqual({ from: 2023, to: 2024 });
    expect(yearBounds([{ year: null }])).toBeNull();
  });
});
