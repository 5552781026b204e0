import { describe, expect, it } from 'vitest';
import {
  changedDecisions,
  decide,
  proposalsOf,
  segmentsOf,
  undecided,
  verdictOf,
} from '../../client/src/review/review-model.ts';
import type { Draft, ReviewDecisions } from '../../client/src/review/review-types.ts';

const TEXT = 'Тест: Айдос Карибжанов возглавил полицию Рудного.';
const at = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const DRAFT: Draft = {
  source: { title: null, language: 'ru', publishedAt: null, sha256: '0', text: TEXT },
  extractor: { name: 'rules-ru', version: '1' },
  entities: [
    {
      ref: 'e1',
      label: 'Person',
      name: 'Айдос Карибжанов',
      existingId: null,
      mentions: [at('Айдос Карибжанов')],
      properties: {},
    },
    {
      ref: 'e2',
      label: 'City',
      name: 'Рудный',
      existingId: 'city:rudny',
      mentions: [at('Рудного')],
      properties: {},
    },
  ],
  relationships: [
    {
      type: 'HOLDS',
      from: 'e1',
      to: 'e2',
      ...at('Айдос Карибжанов возглавил'),
      quote: 'Айдос Карибжанов возглавил',
      inferred: false,
      basis: null,
      confidence: 1,
      properties: {},
    },
  ],
};
const NONE: ReviewDecisions = { entities: {}, relationships: {} };

describe('review model', () => {
  it('lists entities, then facts, and counts what is undecided', () => {
    const proposals = proposalsOf(DRAFT);
    expect(proposals).toEqual([
      { kind: 'entity', ref: 'e1' },
      { kind: 'entity', ref: 'e2' },
      { kind: 'relationship', index: 0 },
    ]);
    let decisions = decide(NONE, proposals[0]!, 'accepted', { name: 'Айдос С. Карибжанов' });
    decisions = decide(decisions, proposals[2]!, 'rejected');
    expect(verdictOf(decisions, proposals[0]!)).toBe('accepted');
    expect(decisions.entities.e1!.name).toBe('Айдос С. Карибжанов');
    expect(verdictOf(decisions, proposals[1]!)).toBe('pending');
    expect(undecided(DRAFT, decisions)).toBe(1);
    expect(changedDecisions(NONE, decisions)).toEqual(decisions);
    expect(changedDecisions(decisions, decide(decisions, proposals[1]!, 'accepted'))).toEqual({
      entities: { e2: { verdict: 'accepted' } },
      relationships: {},
    });
  });

  it('cuts the text at every mention and marks the selected proposal', () => {
    const segments = segmentsOf(DRAFT, NONE, { kind: 'relationship', index: 0 });
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    const person = segments.find((s) => s.text === 'Айдос Карибжанов')!;
    expect(person).toMatchObject({ refs: ['e1'], selected: true });
    expect(segments.find((s) => s.text === ' возглавил')).toMatchObject({ refs: [], selected: true });
    expect(segments.find((s) => s.text === 'Рудного')).toMatchObject({ refs: ['e2'], selected: false });
  });
});
