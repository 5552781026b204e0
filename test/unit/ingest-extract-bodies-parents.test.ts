// Bodies, fourth round: a district's or a city's police unit named right before its department in the short
// form «ДП …» («отдела полиции Бурлинского района ДП Западно-Казахстанской области») is PART_OF that
// department as stated by the order of the names, as with the department spelled out; an akimat's department
// named with the word «области» alone («управлением образования области») is a body of the release's region;
// a station's police by its press abbreviation («начальник ЛОП на станции …») is the same body as spelled out.
// The real extractor runs on development texts (test/fixtures/extract-dev/bodies-06, -07: invented people,
// real bodies and places).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const DP = 'Департамент полиции Западно-Казахстанской области';

describe('a local unit before its department’s short form (bodies-06)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('bodies-06-units-before-abbreviated-department-west');
  }, 60_000);

  it('states PART_OF for a district office and a city directorate, quoting both names', () => {
    const parts = facts(draft, 'PART_OF').map((f) => [f.from, f.to, f.inferred]);
    expect(parts.sort()).toEqual([
      ['Отдел полиции Бурлинского района', DP, false],
      ['Управление полиции города Уральска', DP, false],
    ]);
    const quote = draft.relationships.find((r) => r.type === 'PART_OF')?.quote;
    expect(quote).toMatch(/полиции .* ДП Западно-Казахстанской области$/u);
  });
});

describe('no stated parent without the order of the names', () => {
  it('keeps a district office named apart from its department inferred', async () => {
    const draft = await extractInline(
      'Уральск, 12 сентября 2025 года\n' +
        'Сотрудники отдела полиции Бурлинского района задержали курьера. Об этом сообщили в ДП Западно-Казахстанской области.\n',
    );
    expect(facts(draft, 'PART_OF').map((f) => [f.from, f.to, f.inferred])).toEqual([
      ['Отдел полиции Бурлинского района', DP, true],
    ]);
  }, 60_000);
});

describe('an akimat department named with the word «области» (bodies-07)', () => {
  it('is a body of the release’s region, quoted with the word', async () => {
    const draft = await extractDev('bodies-07-departments-of-the-region-word-kyzylorda');
    const bodies = draft.entities.filter((e) => e.label === 'Agency');
    expect(bodies.map((e) => e.name).sort()).toEqual([
      'Департамент полиции Кызылординской области',
      'Управление здравоохранения Кызылординской области',
      'Управление образования Кызылординской области',
    ]);
    const education = bodies.find((e) => e.name.startsWith('Управление образования'));
    expect(education?.mentions.map((m) => m.text)).toEqual(['управлением образования области']);
  }, 60_000);

  it('is no body when the word after the head names no field', async () => {
    const draft = await extractInline(
      'Кызылорда, 3 октября 2025 года\nПредставители отдела кадров области и управления делами области провели проверку.\n',
    );
    expect(draft.entities.filter((e) => e.label === 'Agency')).toEqual([]);
  }, 60_000);
});

describe('a station’s police by its abbreviation', () => {
  it('is the body spelled out, with the post on it', async () => {
    const draft = await extractInline(
      'Экибастуз, 5 января 2026 года\n' +
        'В линейном отделе полиции на станции Экибастуз прошло совещание. Как доложил начальник ЛОП на станции ' +
        'Экибастуз майор полиции Руслан Абдыкаримов, за год выявлено 12 наркопреступлений.\n',
    );
    const bodies = draft.entities.filter((e) => e.label === 'Agency');
    expect(bodies.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Линейный отдел полиции на станции Экибастуз', 2],
    ]);
    expect(facts(draft, 'POSITION_IN').map((f) => f.to)).toEqual([
      'Линейный отдел полиции на станции Экибастуз',
    ]);
  }, 60_000);
});
