import { describe, expect, it } from 'vitest';
import {
  checkEnds,
  checkEvidence,
  decodeEvidence,
  encodeEvidence,
  factEvidenceProperties,
  factId,
  holdsOn,
  isPartialDate,
  isPeriod,
  lowerBound,
  mergeEvidence,
  parseFactId,
  quoteProblem,
  upperBound,
  validityProblem,
  type EvidenceItem,
} from '../../server/facts/index.ts';
import { exactTerm } from '../../server/facts/retract-source.ts';

const seed = (sourceId: string, extra: Partial<EvidenceItem> = {}): EvidenceItem => ({
  sourceId,
  inferred: false,
  extractor: 'seed',
  reviewedBy: 'seed',
  ...extra,
});

describe('evidence items as stored JSON', () => {
  it('keep one member order and leave out nulls, so the same item is always the same text', () => {
    const text = encodeEvidence({
      reviewedBy: 'ann',
      basis: null,
      inferred: false,
      end: 9,
      start: 2,
      quote: 'abcdefg',
      sourceId: 'source:a',
      extractor: 'manual',
    });
    expect(text).toBe(
      '{"sourceId":"source:a","quote":"abcdefg","start":2,"end":9,"inferred":false,"extractor":"manual","reviewedBy":"ann"}',
    );
    expect(decodeEvidence(text)).toEqual({
      sourceId: 'source:a',
      quote: 'abcdefg',
      start: 2,
      end: 9,
      inferred: false,
      extractor: 'manual',
      reviewedBy: 'ann',
    });
    expect(decodeEvidence('{"sourceId":"source:r"}')).toEqual({ sourceId: 'source:r', inferred: false });
  });

  it('merge: the same span is replaced in place, a new one appended, a re-seed replaces only seed items', () => {
    const ingested: EvidenceItem = {
      sourceId: 'source:d',
      quote: 'q',
      start: 1,
      end: 2,
      inferred: false,
      extractor: 'x',
    };
    const stored = [seed('source:ref-1'), ingested, seed('source:ref-2')];
    const reviewed = { ...ingested, reviewedBy: 'ann' };
    expect(mergeEvidence(stored, [reviewed])).toEqual([seed('source:ref-1'), reviewed, seed('source:ref-2')]);
    expect(mergeEvidence(stored, [seed('source:ref-3')])).toHaveLength(4);
    const reseeded = mergeEvidence(stored, [seed('source:ref-2'), seed('source:ref-4')], {
      replaceExtractor: 'seed',
    });
    expect(reseeded).toEqual([ingested, seed('source:ref-2'), seed('source:ref-4')]);
    expect(
      mergeEvidence(reseeded, [seed('source:ref-2'), seed('source:ref-4')], { replaceExtractor: 'seed' }),
    ).toEqual(reseeded);
  });

  it('the stored mirror is the first stated item; a fact is inferred only when every item is', () => {
    const inferred = seed('source:a', { inferred: true, basis: 'why', quote: 'q', start: 0, end: 1 });
    const stated = seed('source:b', { quote: 'r', start: 3, end: 4 });
    const props = factEvidenceProperties([inferred, stated, seed('source:a')]);
    expect(props).toMatchObject({
      sourceIds: ['source:a', 'source:b'],
      inferred: false,
      quote: 'r',
      sourceId: 'source:b',
      basis: null,
    });
    expect(props.evidenceCount.toNumber()).toBe(3);
    expect(props.start?.toNumber()).toBe(3);
    expect(factEvidenceProperties([inferred])).toMatchObject({
      inferred: true,
      basis: 'why',
      sourceId: 'source:a',
    });
    const bare = factEvidenceProperties([seed('source:ref-1')]);
    expect(bare).toMatchObject({ quote: null, start: null, end: null, sourceId: 'source:ref-1' });
    expect(() => factEvidenceProperties([])).toThrow(/at least one/);
  });
});

describe('partial dates', () => {
  it.each(['2024', '2024-10', '2024-02-29', '1991-12-16'])('%s is one', (value) => {
    expect(isPartialDate(value)).toBe(true);
  });
  it.each(['24', '2024-1', '2024-13', '2023-02-29', '2024-10-7', '2024/10', ' 2024', '2024-10-07T00:00'])(
    '%s is not',
    (value) => expect(isPartialDate(value)).toBe(false),
  );

  it('pad so a bound covers its whole period and string order is date order', () => {
    expect([lowerBound('2024'), lowerBound('2024-10'), lowerBound('2024-10-07')]).toEqual([
      '2024-00-00',
      '2024-10-00',
      '2024-10-07',
    ]);
    expect([upperBound('2024'), upperBound('2024-10')]).toEqual(['2024-99-99', '2024-10-99']);
    expect(holdsOn(null, '2024-10', '2024-10-31')).toBe(true);
    expect(holdsOn(null, '2024-10', '2024-11-01')).toBe(false);
    expect(holdsOn('2024', null, '2024-01-01')).toBe(true);
    expect(holdsOn('2024', null, '2023-12-31')).toBe(false);
    expect(holdsOn('2024-10-07', '2024-10-07', '2024-10-07')).toBe(true);
    expect(holdsOn(undefined, undefined, '1900-01-01')).toBe(true);
  });

  it('a period is two of them, not ending before it starts', () => {
    expect(isPeriod('2024-01/2024-09')).toBe(true);
    expect(isPeriod('2024/2024')).toBe(true);
    expect(isPeriod('2024-09/2024-01')).toBe(false);
    expect(isPeriod('2024-01')).toBe(false);
    expect(isPeriod('2024-01/2024-09/2025')).toBe(false);
  });
});

describe('fact ids', () => {
  it('read back into their ends, type and key', () => {
    const key = { from: 'person:a', type: 'HOLDS' as const, to: 'position:b' };
    expect(factId(key)).toBe('person:a|HOLDS|position:b');
    expect(parseFactId(factId(key))).toEqual({ ...key, key: undefined });
    expect(parseFactId('a|MENTIONED_IN|source:x#at-12')).toEqual({
      from: 'a',
      type: 'MENTIONED_IN',
      to: 'source:x',
      key: 'at-12',
    });
    // Only a vocabulary type splits the id: a node id may hold other upper-case words between bars.
    expect(parseFactId('odd|NOT_A_TYPE|id|PART_OF|agency:b')).toEqual({
      from: 'odd|NOT_A_TYPE|id',
      type: 'PART_OF',
      to: 'agency:b',
      key: undefined,
    });
    expect(parseFactId('person:a-HOLDS-position:b')).toBeNull();
    expect(parseFactId('|HOLDS|position:b')).toBeNull();
  });

  it('are found in the full-text index as one exact, escaped term', () => {
    expect(exactTerm('source:a')).toBe('"source:a"');
    expect(exactTerm('a"b\\c OR *:*')).toBe('"a\\"b\\\\c OR *:*"');
  });
});

describe('the checks every evidence write passes', () => {
  // "𝔸" is outside the BMP: two UTF-16 code units, as the contract's offsets count them.
  const text = 'Текст 𝔸 с цитатой.';
  const source = { id: 'source:t', kind: 'document', text };

  it('a quote must sit at its UTF-16 offsets', () => {
    const start = text.indexOf('с цитатой');
    expect(quoteProblem({ quote: 'с цитатой', start, end: start + 9 }, text)).toBeNull();
    expect(start).toBe(9);
    expect(quoteProblem({ quote: 'с цитатой', start: start - 1, end: start + 8 }, text)).toEqual({
      field: 'quote',
      reason: 'text at [8, 17) is " с цитато", not the quote; it first occurs at 9',
    });
    expect(quoteProblem({ quote: 'x', start: 0 }, text)?.field).toBe('start');
    expect(quoteProblem({ quote: 'x', start: 5, end: 99 }, text)?.reason).toMatch(
      /not a span of the source text/,
    );
    expect(quoteProblem({ start: 1, end: 2 }, text)?.reason).toBe('offsets need the quote they point at');
  });

  it('an inferred item needs a basis; a stated one from a document its quote; a reference needs neither', () => {
    expect(() => checkEvidence({ sourceId: 'source:t', inferred: true }, source)).toThrow(
      /^evidence\.basis: /,
    );
    expect(() => checkEvidence({ sourceId: 'source:t', inferred: true, basis: '  ' }, source)).toThrow(
      /basis/,
    );
    expect(() => checkEvidence({ sourceId: 'source:t' }, source)).toThrow(/^evidence\.quote: a fact stated/);
    expect(() =>
      checkEvidence({ sourceId: 'source:r' }, { id: 'source:r', kind: 'reference', text: 'x' }),
    ).not.toThrow();
    expect(() => checkEvidence({ sourceId: 'source:nope' }, undefined)).toThrow(
      /^evidence\.sourceId: no source/,
    );
  });

  it('validFrom/validTo only on time-bound types, as partial dates, in order', () => {
    expect(validityProblem('HOLDS', { validFrom: '2024-10-07' })).toBeNull();
    expect(validityProblem('ATTENDED', { validTo: '2024' })?.reason).toMatch(/^ATTENDED is not time-bound/);
    expect(validityProblem('HOLDS', { validTo: '2024-02-30' })).toEqual({
      field: 'validTo',
      reason: '"2024-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    });
    expect(validityProblem('HOLDS', { validFrom: '2024-10', validTo: '2024' })).toBeNull();
    expect(validityProblem('HOLDS', { validFrom: '2025', validTo: '2024-12-31' })?.field).toBe('validTo');
  });

  it('the labels of both ends must be allowed for the type', () => {
    const at = (id: string, label: 'Person' | 'Position' | 'Agency' | 'Operation' | null) => ({ id, label });
    expect(() => checkEnds('HOLDS', at('agency:a', 'Agency'), at('position:b', 'Position'))).toThrow(
      /^from: HOLDS cannot start at a Agency \(agency:a\); it starts at Person$/,
    );
    expect(() => checkEnds('CONDUCTED_BY', at('operation:o', 'Operation'), at('person:p', 'Person'))).toThrow(
      /^to: CONDUCTED_BY cannot end at a Person/,
    );
    expect(() => checkEnds('MENTIONED_IN', at('person:p', 'Person'), at('source:s', null))).toThrow(
      /^type: /,
    );
    expect(() =>
      checkEnds('CONDUCTED_BY', at('operation:o', 'Operation'), at('agency:a', 'Agency')),
    ).not.toThrow();
  });
});
