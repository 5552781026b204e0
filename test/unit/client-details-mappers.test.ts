import { describe, expect, it } from 'vitest';
import {
  basisIn,
  evidenceSources,
  groupEvidence,
  type EvidenceEntry,
} from '../../client/src/graph/evidence-items.ts';
import { tenure } from '../../client/src/graph/fact-time.ts';
import { formatPartialDate, formatPeriod } from '../../client/src/graph/partial-date.ts';
import { propertyRows, withUnit } from '../../client/src/graph/property-rows.ts';
import { displayProps, edgeElement } from '../../client/src/graph/to-elements.ts';

const item = (over: Partial<EvidenceEntry>): EvidenceEntry => ({
  sourceId: 'source:a',
  quote: null,
  start: null,
  end: null,
  inferred: false,
  basis: null,
  basisRu: null,
  ...over,
});

describe('partial dates', () => {
  it('writes each precision as a reader of the language does', () => {
    expect(formatPartialDate('2024-10-07', 'ru')).toBe('07.10.2024');
    expect(formatPartialDate('2024-10', 'ru')).toBe('10.2024');
    expect(formatPartialDate('2024', 'ru')).toBe('2024');
    expect(formatPartialDate('2024-10-07', 'en')).toBe('7 Oct 2024');
    expect(formatPartialDate('2025-08', 'en')).toBe('Aug 2025');
    expect(formatPartialDate('not a date', 'en')).toBe('not a date');
  });

  it('writes spans with open ends', () => {
    expect(formatPeriod('2022', '2024-10-07', 'ru')).toBe('2022 – 07.10.2024');
    expect(formatPeriod('2024-10-07', null, 'ru')).toBe('с 07.10.2024');
    expect(formatPeriod(null, '2024-10-07', 'en')).toBe('until 7 Oct 2024');
    expect(formatPeriod(null, undefined, 'en')).toBeNull();
  });
});

describe('tenure', () => {
  it('marks a fact that no longer holds as former, with its dates', () => {
    const t = tenure({ validFrom: null, validTo: '2024-10-07', current: false }, 'ru');
    expect(t).toEqual({ former: true, text: 'в прошлом · до 07.10.2024' });
    expect(tenure({ validFrom: null, validTo: null, current: false }, 'en')).toEqual({
      former: true,
      text: 'former',
    });
  });

  it('gives a current post its start and a timeless fact nothing', () => {
    expect(tenure({ validFrom: '2024-10-07', validTo: null, current: true }, 'en')).toEqual({
      former: false,
      text: 'since 7 Oct 2024',
    });
    expect(tenure({ validFrom: null, validTo: null, current: null }, 'ru')).toEqual({
      former: false,
      text: null,
    });
  });
});

describe('evidence items', () => {
  it('shows the Russian basis to a Russian reader and marks an English fallback', () => {
    const both = item({ inferred: true, basis: 'Because.', basisRu: 'Потому что.' });
    expect(basisIn(both, 'ru')).toEqual({ text: 'Потому что.', lang: 'ru' });
    expect(basisIn(both, 'en')).toEqual({ text: 'Because.', lang: 'en' });
    expect(basisIn(item({ basis: 'Only English.' }), 'ru')).toEqual({ text: 'Only English.', lang: 'en' });
    expect(basisIn(item({}), 'ru')).toBeNull();
  });

  it('puts stated quotes first, inferred quotes next, citations apart', () => {
    const inferred = item({ sourceId: 'source:b', quote: 'b', inferred: true, basis: 'x' });
    const stated = item({ sourceId: 'source:c', quote: 'c' });
    const reference = item({ sourceId: 'source:ref-17' });
    const groups = groupEvidence([inferred, reference, stated]);
    expect(groups.quoted).toEqual([stated, inferred]);
    expect(groups.cited).toEqual([reference]);
    expect(evidenceSources([inferred, stated, item({ sourceId: 'source:b', quote: 'd' })])).toEqual([
      'source:b',
      'source:c',
    ]);
  });
});

describe('property rows', () => {
  it('gives numbers their units, with unit words agreeing with the number', () => {
    expect(withUnit(3343, 'crimes', 'ru')).toBe('3\u00a0343 преступления');
    expect(withUnit(5, 'crimes', 'ru')).toBe('5 преступлений');
    expect(withUnit(1, 'crimes', 'en')).toBe('1 crime');
    expect(withUnit(65.5, '%', 'ru')).toBe('65,5 %');
    expect(withUnit(-1.7, '%', 'en', true)).toBe('−1.7 %');
  });

  it('combines a seizure amount with its qualifier and an indicator with its unit and change', () => {
    const seizure = propertyRows(
      { amountKg: 770, amountQualifier: 'over', substance: 'наркотики', substanceEn: 'drugs' },
      'ru',
    );
    expect(seizure).toEqual([
      { key: 'amountKg', label: 'масса', value: 'свыше 770 кг' },
      { key: 'substance', label: 'вещество', value: 'наркотики' },
    ]);
    const en = propertyRows({ substance: 'наркотики', substanceEn: 'drugs' }, 'en');
    expect(en).toEqual([{ key: 'substance', label: 'substance', value: 'drugs' }]);
    const indicator = propertyRows(
      {
        value: 65.5,
        unit: '%',
        change: -1.7,
        changeUnit: '%',
        direction: 'up',
        comparedToYear: 2023,
        metric: 'clearance rate',
        metricRu: 'общая раскрываемость',
      },
      'ru',
    );
    expect(indicator.map((r) => [r.key, r.value])).toEqual([
      ['value', '65,5 %'],
      ['change', '−1,7 %'],
      ['direction', 'рост ↑'],
      ['comparedToYear', '2023'],
      ['metric', 'общая раскрываемость'],
    ]);
  });

  it('writes periods and dates, marks English text for a Russian reader and drops bookkeeping', () => {
    const rows = propertyRows(
      {
        period: '2024-01/2024-09',
        date: '2024-10-07',
        notes: 'Stated only.',
        seedFile: 'x.json',
        references: ['[17] a', '[22] b'],
        unsure: true,
        empty: '',
      },
      'ru',
    );
    expect(rows).toEqual([
      { key: 'period', label: 'период', value: '01.2024 – 09.2024' },
      { key: 'date', label: 'дата', value: '07.10.2024' },
      { key: 'notes', label: 'примечания', value: 'Stated only.', lang: 'en' },
      { key: 'references', label: 'источники (справка)', value: '[17] a; [22] b' },
      { key: 'unsure', label: 'не подтверждено', value: 'да' },
    ]);
  });

  it("names enumeration values in the reader's language and keeps the stored value for the tooltip", () => {
    expect(propertyRows({ kind: 'oblast' }, 'ru')).toEqual([
      { key: 'kind', label: 'вид', value: 'область', raw: 'oblast' },
    ]);
    expect(propertyRows({ kind: 'city-of-republican-significance' }, 'en')).toEqual([
      {
        key: 'kind',
        label: 'kind',
        value: 'city of republican significance',
        raw: 'city-of-republican-significance',
      },
    ]);
    expect(propertyRows({ kind: 'territorial police department' }, 'ru')[0]!.value).toBe(
      'территориальный департамент полиции',
    );
    expect(propertyRows({ kind: 'instruction' }, 'ru')[0]!.value).toBe('поручение');
    // A value the table does not know is shown as stored, marked as English for a Russian reader.
    expect(propertyRows({ kind: 'working group' }, 'ru')).toEqual([
      { key: 'kind', label: 'вид', value: 'working group', lang: 'en' },
    ]);
  });

  it('shows the Russian basis of an inferred node to a Russian reader', () => {
    const rows = propertyRows({ basis: 'Because.', basisRu: 'Потому что.' }, 'ru');
    expect(rows).toEqual([{ key: 'basis', label: 'основание', value: 'Потому что.' }]);
    expect(propertyRows({ basis: 'Because.', basisRu: 'Потому что.' }, 'en')[0]!.value).toBe('Because.');
  });
});

describe('view properties and edge time on elements', () => {
  it('keeps scalars and string lists of a node, nothing else', () => {
    expect(
      displayProps({ amountKg: 770, unit: '%', ok: true, roles: ['a'], nested: { x: 1 }, mixed: [1] }),
    ).toEqual({
      amountKg: 770,
      unit: '%',
      ok: true,
      roles: ['a'],
    });
    expect(displayProps(null)).toEqual({});
  });

  it('classes a former fact and carries its evidence list', () => {
    const evidence = [item({ quote: 'q' }), item({ sourceId: 'source:ref-1' })];
    const el = edgeElement(
      {
        id: 'e',
        type: 'HOLDS',
        source: 'a',
        target: 'b',
        quote: 'q',
        sourceId: 'source:a',
        start: null,
        end: null,
        inferred: false,
        basis: null,
        evidence,
        validFrom: '2022',
        validTo: '2024-10-07',
        current: false,
      },
      'ru',
    );
    expect(el.classes).toBe('former');
    expect(el.data).toMatchObject({ evidence, validTo: '2024-10-07', current: false });
    const now = edgeElement(
      {
        id: 'f',
        type: 'HOLDS',
        source: 'a',
        target: 'b',
        quote: null,
        sourceId: null,
        start: null,
        end: null,
        inferred: true,
        basis: 'b',
      },
      'en',
    );
    expect(now.classes).toBe('inferred');
    expect(now.data).toMatchObject({ evidence: [], current: null });
  });
});
