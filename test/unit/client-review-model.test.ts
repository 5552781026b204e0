import { describe, expect, it } from 'vitest';
import { moveSpanEdge, trimSpan } from '../../client/src/review/move-span-edge.ts';
import { keyOf } from '../../client/src/review/review-keys.ts';
import {
  changedDecisions,
  decide,
  editSpan,
  nextUndecided,
  proposalsOf,
  segmentsOf,
  spansOf,
  statusOf,
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

  it('edits spans: a fact quote, an entity mention replaced, added and removed, the verdict kept', () => {
    const fact = { kind: 'relationship', index: 0 } as const;
    const person = { kind: 'entity', ref: 'e1' } as const;
    let decisions = decide(NONE, fact, 'accepted');
    decisions = editSpan(DRAFT, decisions, fact, 0, at('Карибжанов возглавил полицию'));
    expect(decisions.relationships[0]).toEqual({
      verdict: 'accepted',
      ...at('Карибжанов возглавил полицию'),
    });
    // A later verdict keeps the edited span.
    expect(decide(decisions, fact, 'rejected').relationships[0]).toMatchObject(
      at('Карибжанов возглавил полицию'),
    );
    decisions = editSpan(DRAFT, decisions, person, 0, at('Карибжанов'));
    decisions = editSpan(DRAFT, decisions, person, 1, at('Айдос'));
    expect(spansOf(DRAFT, decisions, person)).toEqual([at('Карибжанов'), at('Айдос')]);
    expect(verdictOf(decisions, person)).toBe('pending');
    decisions = editSpan(DRAFT, decisions, person, 0, null);
    expect(spansOf(DRAFT, decisions, person)).toEqual([at('Айдос')]);
    // The last mention stays.
    expect(editSpan(DRAFT, decisions, person, 0, null)).toBe(decisions);
  });

  it('shows a fact whose end is rejected as dropped, counts it as decided, and restores it', () => {
    const fact = { kind: 'relationship', index: 0 } as const;
    const city = { kind: 'entity', ref: 'e2' } as const;
    let decisions = decide(NONE, fact, 'accepted');
    decisions = decide(decisions, city, 'rejected');
    expect(statusOf(DRAFT, decisions, fact)).toBe('dropped');
    expect(undecided(DRAFT, decisions)).toBe(1);
    expect(nextUndecided(DRAFT, decisions, 1)).toBe(0);
    decisions = decide(decisions, city, 'accepted');
    expect(statusOf(DRAFT, decisions, fact)).toBe('accepted');
    decisions = decide(decisions, { kind: 'entity', ref: 'e1' }, 'accepted');
    expect(nextUndecided(DRAFT, decisions, 0)).toBe(-1);
  });

  it('moves a span edge a word at a time, never past the text or to nothing', () => {
    const person = at('Айдос Карибжанов');
    expect(moveSpanEdge(TEXT, person, 'end', 1)).toEqual(at('Айдос Карибжанов возглавил'));
    expect(moveSpanEdge(TEXT, person, 'end', -1)).toEqual(at('Айдос'));
    expect(moveSpanEdge(TEXT, person, 'start', -1)).toEqual(at('Тест: Айдос Карибжанов'));
    expect(moveSpanEdge(TEXT, person, 'start', 1)).toEqual(at('Карибжанов'));
    expect(moveSpanEdge(TEXT, at('Айдос'), 'end', -1)).toEqual(at('Айдос'));
    expect(moveSpanEdge(TEXT, at('Тест'), 'start', -1)).toEqual(at('Тест'));
    expect(moveSpanEdge(TEXT, at('Рудного'), 'end', 1)).toEqual(at('Рудного'));
    expect(moveSpanEdge(TEXT, at('полицию Рудного.'), 'end', -1)).toEqual(at('полицию'));
    expect(trimSpan(TEXT, { start: 5, end: 12 })).toEqual(at('Айдос'));
    expect(trimSpan(TEXT, { start: 5, end: 6 })).toBeNull();
  });

  it('reads a key by its place on the keyboard when the Russian layout sends Cyrillic', () => {
    expect(keyOf({ key: 'ф', code: 'KeyA', shiftKey: false })).toBe('a');
    expect(keyOf({ key: 'Ф', code: 'KeyA', shiftKey: true })).toBe('A');
    expect(keyOf({ key: 'х', code: 'BracketLeft', shiftKey: false })).toBe('[');
    expect(keyOf({ key: 'Ъ', code: 'BracketRight', shiftKey: true })).toBe('}');
    expect(keyOf({ key: 'j', code: 'KeyJ', shiftKey: false })).toBe('j');
    expect(keyOf({ key: 'ArrowDown', code: 'ArrowDown', shiftKey: false })).toBe('ArrowDown');
  });

  it('marks the focused span apart from the rest of the selected proposal', () => {
    const person = { kind: 'entity', ref: 'e1' } as const;
    const segments = segmentsOf(DRAFT, NONE, person, at('Карибжанов'));
    expect(segments.find((s) => s.text === 'Карибжанов')).toMatchObject({ selected: true, focused: true });
    expect(segments.find((s) => s.text === 'Айдос ')).toMatchObject({ selected: true, focused: false });
  });
});
