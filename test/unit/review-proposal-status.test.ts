import { describe, expect, it } from 'vitest';
import {
  entityEdited,
  relationshipStatus,
  reviewCounts,
  type ReviewDecisions,
} from '../../shared/proposal-status.ts';

// Refs only: the rule reads a draft's entity refs and each fact's ends, nothing else.
const DRAFT = {
  entities: [{ ref: 'p' }, { ref: 'post' }, { ref: 'body' }],
  relationships: [
    { from: 'p', to: 'post' },
    { from: 'post', to: 'body' },
  ],
};
const decisions = (
  entities: ReviewDecisions['entities'],
  relationships: ReviewDecisions['relationships'] = {},
): ReviewDecisions => ({ entities, relationships });

describe('proposal status', () => {
  it('drops a fact whose end is rejected, whatever its own verdict, and restores it with the end', () => {
    const fact = DRAFT.relationships[0]!;
    const accepted = decisions({ post: { verdict: 'rejected' } }, { 0: { verdict: 'accepted' } });
    expect(relationshipStatus(accepted, fact, 0)).toBe('dropped');
    expect(relationshipStatus(decisions({ p: { verdict: 'rejected' } }), fact, 0)).toBe('dropped');
    // A fact rejected by itself stays rejected: that is the reviewer's word on it.
    const rejected = decisions({ post: { verdict: 'rejected' } }, { 0: { verdict: 'rejected' } });
    expect(relationshipStatus(rejected, fact, 0)).toBe('rejected');
    const restored = decisions({ post: { verdict: 'accepted' } }, { 0: { verdict: 'accepted' } });
    expect(relationshipStatus(restored, fact, 0)).toBe('accepted');
    expect(relationshipStatus(decisions({ post: { verdict: 'pending' } }), fact, 0)).toBe('pending');
  });

  it('counts each status once, dropped facts apart from accepted ones, and edits', () => {
    const counts = reviewCounts(
      DRAFT,
      decisions(
        {
          p: { verdict: 'accepted', name: 'Айдос Карибжанов' },
          post: { verdict: 'accepted' },
          body: { verdict: 'rejected' },
        },
        { 0: { verdict: 'accepted', start: 0, end: 5 }, 1: { verdict: 'accepted' } },
      ),
    );
    expect(counts).toEqual({ pending: 0, accepted: 3, rejected: 1, dropped: 1, edited: 2 });
    expect(reviewCounts(DRAFT, decisions({}))).toEqual({
      pending: 5,
      accepted: 0,
      rejected: 0,
      dropped: 0,
      edited: 0,
    });
  });

  it('calls an entity edited only when its decision changes something', () => {
    expect(entityEdited(undefined)).toBe(false);
    expect(entityEdited({ verdict: 'accepted' })).toBe(false);
    expect(entityEdited({ verdict: 'accepted', existingId: null })).toBe(true);
    expect(entityEdited({ verdict: 'pending', mentions: [{ start: 0, end: 3 }] })).toBe(true);
  });
});
