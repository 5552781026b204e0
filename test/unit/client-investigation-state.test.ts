import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../client/src/graph/filters.ts';
import {
  decodeState,
  encodeState,
  investigationLink,
  investigationOf,
} from '../../client/src/graph/investigation-state.ts';
import { notesByElement } from '../../client/src/graph/investigation-notes.ts';

describe('investigation state', () => {
  it('round-trips the link, filters (sets included) and the styling rule', () => {
    const state = {
      link: '?view=chain&focus=directive:x&layout=dagre&lang=ru&n=a|b&h=b&p=1,2|3,4',
      filters: {
        hiddenLabels: new Set(['City', 'Agency']),
        hiddenTypes: new Set(['PART_OF']),
        evidence: 'stated' as const,
        years: { from: 2023, to: 2024 },
      },
      rule: { property: 'amountKg', mode: 'size' as const },
    };
    const text = encodeState(state);
    expect(JSON.parse(text).filters.hiddenLabels).toEqual(['Agency', 'City']);
    expect(decodeState(text)).toEqual(state);
  });

  it('opens a damaged or old state with defaults instead of failing', () => {
    expect(decodeState('not json')).toEqual({ link: '?', filters: NO_FILTERS, rule: null });
    const odd = decodeState(
      JSON.stringify({
        link: 'http://evil',
        filters: { evidence: 'some', hiddenLabels: [1, 'City'] },
        rule: { property: 'x', mode: 'blink' },
      }),
    );
    expect(odd.link).toBe('?');
    expect(odd.filters.evidence).toBe('all');
    expect([...odd.filters.hiddenLabels]).toEqual(['City']);
    expect(odd.rule).toBeNull();
  });

  it('links to an investigation and reads the id back', () => {
    const link = investigationLink('investigation:1a-2b');
    expect(link).toBe('?inv=investigation%3A1a-2b');
    expect(investigationOf(link)).toBe('investigation:1a-2b');
    expect(investigationOf('?view=explore')).toBeNull();
  });
});

describe('notes of an investigation', () => {
  it('groups notes by the element they are about, oldest first, and ignores other investigations', () => {
    const note = (id: string, at: string, aboutIds: string[]) => ({
      id,
      text: id,
      author: 'a',
      createdAt: at,
      aboutIds,
    });
    const inv = 'investigation:1';
    const notes = [
      note('n2', '2026-01-02T00:00:00Z', [inv, 'person:x']),
      note('n1', '2026-01-01T00:00:00Z', [inv, 'person:x']),
      note('n3', '2026-01-03T00:00:00Z', [inv, 'a|HOLDS|b']),
      note('n4', '2026-01-04T00:00:00Z', ['investigation:2', 'person:x']),
    ];
    const byElement = notesByElement(notes, inv);
    expect([...byElement.keys()].sort()).toEqual(['a|HOLDS|b', 'person:x']);
    expect(byElement.get('person:x')!.map((n) => n.id)).toEqual(['n1', 'n2']);
  });
});
