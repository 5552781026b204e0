import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../client/src/graph/brief.ts';
import { briefMarkdown } from '../../client/src/graph/brief-markdown.ts';
import type { EvidenceEntry, SliceEdgeInput, SliceInput } from '../../client/src/graph/graph-types.ts';
import type { NodeLabel, RelType } from '../../client/src/generated/graphql.ts';

// A test fixture: invented people (Ivanov, Petrov) with real bodies and posts.
const node = (id: string, label: NodeLabel, name: string, nameEn: string | null = null) => ({
  id,
  label,
  name,
  nameEn,
  lat: null,
  lon: null,
});
const said = (quote: string, sourceId = 'source:doc'): EvidenceEntry => ({
  sourceId,
  quote,
  start: null,
  end: null,
  inferred: false,
  basis: null,
  basisRu: null,
});
const edge = (
  type: RelType,
  source: string,
  target: string,
  evidence: EvidenceEntry[],
  time: Partial<Pick<SliceEdgeInput, 'validFrom' | 'validTo' | 'current'>> = {},
): SliceEdgeInput => ({
  id: `${source}|${type}|${target}`,
  type,
  source,
  target,
  quote: evidence[0]?.quote ?? null,
  sourceId: evidence[0]?.sourceId ?? null,
  start: null,
  end: null,
  inferred: evidence.every((e) => e.inferred),
  basis: null,
  evidence,
  ...time,
});

const D = 'directive:test';
const slice: SliceInput = {
  nodes: [
    node(D, 'Directive', 'Пресекать ввоз прекурсоров', 'Stop precursor imports'),
    node('person:ivanov', 'Person', 'Иван Иванов', 'Ivan Ivanov'),
    node('position:deputy', 'Position', 'Первый заместитель министра внутренних дел'),
    node('position:old', 'Position', 'Начальник ДП Алматинской области'),
    node('agency:mvd', 'Agency', 'МВД РК'),
    node('position:head-of-state', 'Position', 'Президент Республики Казахстан'),
    node('person:petrov', 'Person', 'Пётр Петров'),
    node('agency:customs', 'Agency', 'Таможенные органы'),
    node('agency:police', 'Agency', 'Службы областной полиции'),
    node('meeting:review', 'Meeting', 'Оперативное совещание ДП СКО'),
  ],
  edges: [
    edge('ISSUED', 'person:ivanov', D, [said('поручил пресекать')]),
    edge('HOLDS', 'person:ivanov', 'position:deputy', [said('первый заместитель')], {
      validFrom: '2024-10-07',
      current: true,
    }),
    edge('HOLDS', 'person:ivanov', 'position:old', [said('ранее возглавлял')], {
      validTo: '2024-10-07',
      current: false,
    }),
    edge('POSITION_IN', 'position:deputy', 'agency:mvd', [
      { ...said(''), quote: null, sourceId: 'source:ref-17' },
    ]),
    edge('UNDER_CONTROL_OF', D, 'position:head-of-state', [
      {
        ...said('на особом контроле'),
        inferred: true,
        basis: 'Part of the line.',
        basisRu: 'Часть направления.',
      },
    ]),
    edge('HOLDS', 'person:petrov', 'position:head-of-state', [said('глава государства')], { current: true }),
    edge('ASSIGNED_TO', D, 'agency:police', [said('службам областной полиции')]),
    edge('COOPERATES_WITH', D, 'agency:customs', [
      said('таможенными органами'),
      said('с таможней', 'source:second'),
    ]),
    edge('PRODUCED', 'meeting:review', D, [said('на совещании')]),
    edge('COOPERATES_WITH', 'agency:customs', 'agency:police', [said('не из цепочки')]),
  ],
};

describe("the coordinator's brief", () => {
  it("groups the directive's ends by role in the brief's order", () => {
    const brief = buildBrief(slice, D, 'ru');
    expect(brief.directive).toEqual({ id: D, name: 'Пресекать ввоз прекурсоров' });
    expect(brief.sections.map((s) => [s.role, s.lines.map((l) => l.id)])).toEqual([
      ['orderedBy', ['person:ivanov']],
      ['underControlOf', ['position:head-of-state']],
      ['assignedTo', ['agency:police']],
      ['togetherWith', ['agency:customs']],
      ['producedAt', ['meeting:review']],
    ]);
  });

  it('gives the issuer his posts with their bodies, the current first and the former marked with its dates', () => {
    const [issuer] = buildBrief(slice, D, 'ru').sections[0]!.lines;
    expect(issuer!.related).toEqual([
      expect.objectContaining({
        kind: 'post',
        name: 'Первый заместитель министра внутренних дел, МВД РК',
        former: false,
        tenure: 'с 07.10.2024',
      }),
      expect.objectContaining({
        kind: 'post',
        name: 'Начальник ДП Алматинской области',
        former: true,
        tenure: 'в прошлом · до 07.10.2024',
      }),
    ]);
  });

  it("keeps every evidence item of a role, from every source, with the basis in the reader's language", () => {
    const brief = buildBrief(slice, D, 'ru');
    const control = brief.sections[1]!.lines[0]!;
    expect(control.related).toEqual([expect.objectContaining({ kind: 'holder', name: 'Пётр Петров' })]);
    expect(control.evidence).toEqual([
      {
        sourceId: 'source:doc',
        quote: 'на особом контроле',
        inferred: true,
        basis: { text: 'Часть направления.', lang: 'ru' },
      },
    ]);
    expect(brief.sections[3]!.lines[0]!.evidence.map((e) => e.sourceId)).toEqual([
      'source:doc',
      'source:second',
    ]);
    expect(buildBrief(slice, D, 'en').sections[1]!.lines[0]!.evidence[0]!.basis).toEqual({
      text: 'Part of the line.',
      lang: 'en',
    });
  });

  it('is empty for a directive without chain relationships', () => {
    expect(buildBrief(slice, 'directive:other', 'ru').sections).toEqual([]);
  });
});

describe('the brief as Markdown', () => {
  const sources = new Map([
    ['source:doc', { title: 'Пресс-релиз ДП СКО', url: 'https://example.kz/a' }],
    ['source:second', { title: 'Второй документ', url: null }],
  ]);

  it('writes sections, lines, former posts and every quote with its source', () => {
    const text = briefMarkdown(buildBrief(slice, D, 'ru'), sources, 'ru');
    expect(text.startsWith('# Справка по поручению: Пресекать ввоз прекурсоров\n')).toBe(true);
    expect(text).toContain('## Кто дал поручение\n\n- **Иван Иванов**\n');
    expect(text).toContain('  - должность: Начальник ДП Алматинской области (в прошлом · до 07.10.2024)');
    expect(text).toContain(
      '  - «таможенными органами» — Источник: [Пресс-релиз ДП СКО](https://example.kz/a)',
    );
    expect(text).toContain('  - «с таможней» — Источник: Второй документ');
    expect(text).toContain('«на особом контроле» — выведено: Часть направления. — Источник:');
    expect(text.indexOf('## Контроль осуществляют')).toBeLessThan(text.indexOf('## Исполнители'));
  });

  it('escapes Markdown in names and says when there is nothing', () => {
    const odd: SliceInput = {
      nodes: [node(D, 'Directive', 'Пункт *1* [a]'), node('agency:x', 'Agency', 'A_B')],
      edges: [edge('ASSIGNED_TO', D, 'agency:x', [said('q')])],
    };
    const text = briefMarkdown(buildBrief(odd, D, 'en'), new Map(), 'en');
    expect(text).toContain('# Brief on the directive: Пункт \\*1\\* \\[a\\]');
    expect(text).toContain('- **A\\_B**');
    expect(text).toContain('Source: source:doc');
    expect(briefMarkdown(buildBrief(odd, 'directive:none', 'en'), new Map(), 'en')).toContain(
      'The chain has no relationships',
    );
  });
});
