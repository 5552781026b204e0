// The last check of a draft (spansInText): a span outside the text is left out and told of, with the entity
// it leaves without mentions and the relationships on that entity; sound spans pass unchanged.
import { describe, expect, it } from 'vitest';
import type { DraftEntity, DraftRelationship } from '../../server/ingest/draft.ts';
import { spansInText } from '../../server/ingest/extract/spans-in-text.ts';

const TEXT = 'Задержан Ерлан Тестов. Изъято 2 кг гашиша.';
const at = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });

function entity(ref: string, label: string, spans: { start: number; end: number }[]): DraftEntity {
  return { ref, label, name: ref, existingId: null, mentions: spans, properties: {} } as DraftEntity;
}
function relationship(from: string, to: string, span: { start: number; end: number }): DraftRelationship {
  return {
    type: 'SEIZED',
    from,
    to,
    quote: TEXT.slice(Math.max(0, span.start), span.end),
    ...span,
    inferred: false,
    confidence: 0.8,
    properties: {},
  } as DraftRelationship;
}

describe('spansInText', () => {
  it('passes a draft whose spans all lie inside the text unchanged, and tells of nothing', () => {
    const built = {
      entities: [entity('a', 'Person', [at('Ерлан Тестов')]), entity('b', 'Seizure', [at('2 кг гашиша')])],
      relationships: [relationship('a', 'b', at('Изъято 2 кг гашиша'))],
    };
    const told: string[] = [];
    expect(spansInText(TEXT, built, (w) => told.push(w))).toEqual(built);
    expect(told).toEqual([]);
  });

  it('drops a mention outside the text, the entity it leaves bare and the relationships on it', () => {
    const built = {
      entities: [
        entity('a', 'Person', [at('Ерлан Тестов')]),
        entity('b', 'Seizure', [{ start: -1, end: 20 }]),
        entity('c', 'Person', [at('Ерлан'), { start: 30, end: 999 }]),
      ],
      relationships: [
        relationship('a', 'b', at('Изъято 2 кг гашиша')),
        relationship('c', 'a', at('Задержан')),
      ],
    };
    const told: string[] = [];
    const out = spansInText(TEXT, built, (w) => told.push(w));
    expect(out.entities.map((e) => e.ref)).toEqual(['a', 'c']);
    expect(out.entities[1]!.mentions).toEqual([at('Ерлан')]);
    expect(out.relationships.map((r) => `${r.from}-${r.to}`)).toEqual(['c-a']);
    expect(told).toEqual([expect.stringContaining('[-1, 20)'), expect.stringContaining('[30, 999)')]);
  });

  it('drops a relationship whose quote is not the text at its offsets', () => {
    const wrong = { ...relationship('a', 'b', at('Изъято 2 кг гашиша')), quote: 'Изъято 3 кг гашиша' };
    const built = {
      entities: [entity('a', 'Person', [at('Ерлан Тестов')]), entity('b', 'Seizure', [at('2 кг гашиша')])],
      relationships: [wrong],
    };
    const told: string[] = [];
    expect(spansInText(TEXT, built, (w) => told.push(w)).relationships).toEqual([]);
    expect(told).toHaveLength(1);
  });
});
