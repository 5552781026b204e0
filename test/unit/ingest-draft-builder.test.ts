import { describe, expect, it } from 'vitest';
import { DraftBuilder } from '../../server/ingest/extract/draft-builder.ts';

const TEXT = 'Айдос Карибжанов, ДП СКО и УПН ДП СКО.';

function agency(builder: DraftBuilder, key: string, start: number, end: number): string {
  return builder.entity({
    key,
    label: 'Agency',
    name: TEXT.slice(start, end),
    existingId: null,
    mention: { start, end },
    confidence: 0.9,
  });
}

describe('DraftBuilder refs', () => {
  it('gives a new entity a ref no other entity of the draft has, after a merge removed one', () => {
    const builder = new DraftBuilder(TEXT);
    const a = agency(builder, 'Agency|a', 18, 24);
    const b = agency(builder, 'Agency|b', 27, 37);
    builder.mergeInto(a, b);
    const c = agency(builder, 'Agency|c', 0, 16);
    const refs = builder.entitiesSoFar().map((e) => e.ref);
    expect(refs).toContain(b);
    expect(refs).toContain(c);
    expect(new Set(refs).size).toBe(refs.length);
  });
});
