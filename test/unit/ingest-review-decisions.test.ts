import { describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { newId, nodeProperties } from '../../server/ingest/review/commit-draft.ts';
import {
  acceptPending,
  mergeDecisions,
  parseDecisions,
} from '../../server/ingest/review/review-decisions.ts';
import { reviewedDraft } from '../../server/ingest/review/reviewed-draft.ts';

// A hand-made draft of a test fixture sentence (invented person, real body).
const TEXT = 'Тест: Ерболат Жумабаев назначен заместителем начальника ДП СКО.';
const span = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const DRAFT: Draft = {
  source: { title: null, language: 'ru', publishedAt: '2025-03-04', sha256: 'ab'.repeat(32), text: TEXT },
  extractor: { name: 'rules-ru', version: '1.0.0' },
  entities: [
    {
      ref: 'e1',
      label: 'Person',
      name: 'Ерболат Жумабаев',
      existingId: null,
      mentions: [span('Ерболат Жумабаев')],
      properties: {},
    },
    {
      ref: 'e2',
      label: 'Position',
      name: 'Заместитель начальника ДП СКО',
      existingId: 'position:dp-sko-deputy-head',
      mentions: [span('заместителем начальника ДП СКО')],
      properties: {},
    },
    {
      ref: 'e3',
      label: 'Agency',
      name: 'ДП СКО',
      existingId: 'agency:dp-north-kazakhstan',
      mentions: [span('ДП СКО')],
      properties: { year: 2025, amountKg: 1.5, text: 'x', notes: null },
    },
  ],
  relationships: [
    {
      type: 'HOLDS',
      from: 'e1',
      to: 'e2',
      ...span('Ерболат Жумабаев назначен заместителем начальника ДП СКО'),
      quote: 'Ерболат Жумабаев назначен заместителем начальника ДП СКО',
      inferred: false,
      basis: null,
      confidence: 0.9,
      properties: { validFrom: '2025-03-04' },
    },
    {
      type: 'POSITION_IN',
      from: 'e2',
      to: 'e3',
      ...span('начальника ДП СКО'),
      quote: 'начальника ДП СКО',
      inferred: false,
      basis: null,
      confidence: 0.9,
      properties: {},
    },
  ],
};

describe('review decisions', () => {
  it('names the field of every wrong decision', () => {
    const field = (input: unknown) => {
      try {
        parseDecisions(input, DRAFT);
        return null;
      } catch (error) {
        return (error as Error).message.split(':')[0];
      }
    };
    expect(field({ entities: { e9: { verdict: 'accepted' } } })).toBe('decisions.entities.e9');
    expect(field({ entities: { e1: { verdict: 'maybe' } } })).toBe('decisions.entities.e1.verdict');
    expect(field({ entities: { e1: { verdict: 'accepted', label: 'Source' } } })).toBe(
      'decisions.entities.e1.label',
    );
    expect(field({ entities: { e1: { verdict: 'accepted', mentions: [{ start: 5, end: 500 }] } } })).toBe(
      'decisions.entities.e1.mentions.0',
    );
    expect(field({ relationships: { 7: { verdict: 'accepted' } } })).toBe('decisions.relationships.7');
    expect(field({ relationships: { 0: { verdict: 'accepted', start: 6, end: 900 } } })).toBe(
      'decisions.relationships.0',
    );
    expect(field({ relationships: { 0: { verdict: 'accepted', start: 6 } } })).toBe(
      'decisions.relationships.0',
    );
    expect(field({ relationships: { 0: { verdict: 'accepted', start: 5, end: 6 } } })).toBe(
      'decisions.relationships.0',
    );
    expect(field({ relationships: { 0: { verdict: 'accepted', start: 6, end: 22 } } })).toBeNull();
    expect(field({ entities: {}, extra: 1 })).toBe('decisions');
    expect(
      field({ entities: { e1: { verdict: 'accepted', name: 'Ерболат Жумабаевич Жумабаев' } } }),
    ).toBeNull();
  });

  it('merges a later save over an earlier one, proposal by proposal', () => {
    const first = parseDecisions(
      { entities: { e1: { verdict: 'rejected' }, e2: { verdict: 'accepted' } } },
      DRAFT,
    );
    const later = parseDecisions({ entities: { e1: { verdict: 'accepted', name: 'Е. Жумабаев' } } }, DRAFT);
    expect(mergeDecisions(first, later).entities).toEqual({
      e1: { verdict: 'accepted', name: 'Е. Жумабаев' },
      e2: { verdict: 'accepted' },
    });
  });

  it('refuses to commit undecided proposals, naming how many and the first', () => {
    const some = parseDecisions({ entities: { e1: { verdict: 'accepted' } } }, DRAFT);
    expect(() => reviewedDraft(DRAFT, some)).toThrow(
      /^decisions: 4 proposals are still undecided \(first: entity e2\)/,
    );
  });

  it('applies edits, and drops a fact whose end was rejected', () => {
    const decisions = acceptPending(
      DRAFT,
      parseDecisions(
        {
          entities: {
            e1: { verdict: 'accepted', name: 'Ерболат Жумабаевич Жумабаев' },
            e3: { verdict: 'rejected' },
          },
        },
        DRAFT,
      ),
    );
    const reviewed = reviewedDraft(DRAFT, decisions);
    expect(reviewed.entities.map((e) => [e.ref, e.name])).toEqual([
      ['e1', 'Ерболат Жумабаевич Жумабаев'],
      ['e2', 'Заместитель начальника ДП СКО'],
    ]);
    expect(reviewed.relationships.map((r) => r.type)).toEqual(['HOLDS']);
    expect(reviewed).toMatchObject({ orphaned: 1, rejected: { entities: 1, relationships: 0 } });
    expect(reviewed.entities[0]!.mentions[0]!.text).toBe('Ерболат Жумабаев');
  });

  it('says why a span is refused: outside the text, or only white space', () => {
    const reason = (decision: object) => {
      try {
        parseDecisions({ relationships: { 0: decision } }, DRAFT);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(reason({ verdict: 'accepted', start: 6, end: 900 })).toBe(
      `decisions.relationships.0: [6, 900) is not a span of the text (length ${TEXT.length})`,
    );
    expect(reason({ verdict: 'accepted', start: 5, end: 6 })).toBe(
      'decisions.relationships.0: [5, 6) holds only white space',
    );
    expect(reason({ verdict: 'accepted', start: 6 })).toMatch(/start and end go together/);
  });

  it('takes an edited fact span its quote from the text, and keeps the extractor quote otherwise', () => {
    const edited = span('Ерболат Жумабаев назначен');
    const reviewed = reviewedDraft(
      DRAFT,
      acceptPending(
        DRAFT,
        parseDecisions({ relationships: { 0: { verdict: 'accepted', ...edited } } }, DRAFT),
      ),
    );
    expect(reviewed.relationships[0]).toMatchObject({ ...edited, quote: 'Ерболат Жумабаев назначен' });
    expect(reviewed.relationships[1]!.quote).toBe(DRAFT.relationships[1]!.quote);
    // A draft whose own quote is wrong keeps it, so the commit's quote check still refuses it.
    const broken = { ...DRAFT, relationships: [{ ...DRAFT.relationships[1]!, quote: 'искажено' }] };
    expect(reviewedDraft(broken, acceptPending(broken)).relationships[0]!.quote).toBe('искажено');
  });

  it('needs no decision on a fact whose end was rejected, and counts it dropped', () => {
    const decisions = parseDecisions(
      {
        entities: { e1: { verdict: 'accepted' }, e2: { verdict: 'accepted' }, e3: { verdict: 'rejected' } },
        relationships: { 0: { verdict: 'accepted' } },
      },
      DRAFT,
    );
    const reviewed = reviewedDraft(DRAFT, decisions);
    expect(reviewed.relationships.map((r) => r.type)).toEqual(['HOLDS']);
    expect(reviewed).toMatchObject({ orphaned: 1, rejected: { entities: 1, relationships: 0 } });
    // Accepting the end again brings the fact back, undecided.
    const back = { ...decisions, entities: { ...decisions.entities, e3: { verdict: 'accepted' as const } } };
    expect(() => reviewedDraft(DRAFT, back)).toThrow(
      /1 proposal is still undecided \(first: relationship 1\)/,
    );
  });

  it('gives new nodes readable ids unique per draft, and stores only plain properties', () => {
    const id = newId({ ref: 'e1', label: 'Person', name: 'Ерболат Жумабаев' }, 'draft:1');
    expect(id).toMatch(/^person:erbolat-zhumabaev-[0-9a-f]{8}$/);
    expect(newId({ ref: 'e1', label: 'Person', name: 'Ерболат Жумабаев' }, 'draft:2')).not.toBe(id);
    expect(newId({ ref: 'e5', label: 'SupplyChannel', name: '3 канала' }, 'draft:1', 'test-')).toMatch(
      /^supply-channel:test-3-kanala-/,
    );
    const props = nodeProperties(DRAFT.entities[2]!.properties);
    expect(Object.keys(props).sort()).toEqual(['amountKg', 'year']);
    expect(String(props.year)).toBe('2025');
    expect(props.amountKg).toBe(1.5);
  });
});
