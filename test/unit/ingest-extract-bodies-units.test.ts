// Bodies, fourth round: a directorate's press abbreviation before its police department («УПН ДП Костанайской
// области», «УКП ДП …») is that department's unit, spelled out and PART_OF it as stated, with the post and the
// person who hang on it; a department named by a field «по борьбе с …» inside a ДП is a unit too; a health body
// named by its level and field («Областной центр психического здоровья») is a body. The real extractor runs on
// development texts (test/fixtures/extract-dev/bodies-04, -05: invented people, real bodies and places).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const DEPARTMENT = 'Департамент полиции Костанайской области';
const DRUGS = 'Управление по противодействию наркопреступности Департамента полиции Костанайской области';
const CRIMINAL = 'Управление криминальной полиции Департамента полиции Костанайской области';
const FIELD = 'Отдел по борьбе с наркобизнесом Департамента полиции Акмолинской области';

describe('a directorate named by its abbreviation before its department (bodies-04)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('bodies-04-directorate-abbreviations-kostanay');
  }, 60_000);

  it('is a body of its own, spelled out, PART_OF the department as stated', () => {
    const names = draft.entities.filter((e) => e.label === 'Agency').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining([DEPARTMENT, DRUGS, CRIMINAL]));
    expect(facts(draft, 'PART_OF')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: DRUGS, to: DEPARTMENT, inferred: false }),
        expect.objectContaining({ from: CRIMINAL, to: DEPARTMENT, inferred: false }),
      ]),
    );
  });

  it('carries the post and the person named on it', () => {
    const post = 'Заместитель начальника УКП ДП Костанайской области';
    expect(facts(draft, 'POSITION_IN')).toContainEqual(expect.objectContaining({ from: post, to: CRIMINAL }));
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({ from: 'Мурат Ержанов', to: post }),
    );
  });

  it('reads the abbreviation alone later as the same unit, with the post and the instruction on it', () => {
    const unit = draft.entities.find((e) => e.name === DRUGS);
    expect(unit?.mentions.map((m) => draft.source.text.slice(m.start, m.end))).toEqual([
      'УПН ДП Костанайской области',
      'УПН',
    ]);
    expect(facts(draft, 'POSITION_IN')).toContainEqual(
      expect.objectContaining({ from: 'Начальник УПН', to: DRUGS }),
    );
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({ from: 'Серик Абдрахманов', to: 'Начальник УПН' }),
    );
  });

  it('is the body that cut the channel, not its parent', () => {
    const cut = facts(draft, 'DISRUPTED').map((f) => f.from);
    expect(cut).toContain(DRUGS);
    expect(cut).not.toContain(DEPARTMENT);
  });

  it('reads a department «по борьбе с …» inside a ДП as its unit, with the post headed in it', () => {
    expect(facts(draft, 'PART_OF')).toContainEqual(
      expect.objectContaining({
        from: FIELD,
        to: 'Департамент полиции Акмолинской области',
        inferred: false,
      }),
    );
    expect(facts(draft, 'POSITION_IN')).toContainEqual(
      expect.objectContaining({
        from: `Начальник отдела по борьбе с наркобизнесом ДП Акмолинской области`,
        to: FIELD,
      }),
    );
  });

  it('names a unit of a known department one way, however the release writes the department', async () => {
    const draft = await extractInline(
      'В ДП Актюбинской области подвели итоги. Сотрудники управления по противодействию наркопреступности ДП задержали курьера. Начальник УПН ДП Актюбинской области Арман Сулейменов поблагодарил их.',
    );
    const units = draft.entities.filter((e) => e.name.startsWith('Управление по противодействию'));
    expect(units.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Управление по противодействию наркопреступности Департамента полиции Актюбинской области', 2],
    ]);
  });

  it('leaves an abbreviation before a body that is not a police department alone', async () => {
    const draft = await extractInline('Сотрудники УПН ДКНБ по Костанайской области задержали курьера.');
    expect(draft.entities.filter((e) => e.label === 'Agency').map((e) => e.name)).toEqual([
      'Департамент КНБ по Костанайской области',
    ]);
    expect(facts(draft, 'PART_OF')).toEqual([]);
  });
});

describe('a health body named by its level and field (bodies-05)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('bodies-05-health-centres-north');
  }, 60_000);

  it('is a body: a centre with its level and field, a dispensary with its level', () => {
    const names = draft.entities.filter((e) => e.label === 'Agency').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Областной центр психического здоровья',
        'Городской наркологический диспансер',
      ]),
    );
    // «в областном центре» alone is the regional capital, no body.
    expect(names.filter((n) => /центр/iu.test(n))).toEqual(['Областной центр психического здоровья']);
  });

  it('reads «местными исполнительными органами» as one body, the akimats as a kind', () => {
    const body = draft.entities.find((e) => e.name === 'Местные исполнительные органы');
    expect(body?.label).toBe('Agency');
    expect(body?.existingId).toBeNull();
  });

  it('is PART_OF the health directorate named right after it, as stated', () => {
    expect(facts(draft, 'PART_OF')).toContainEqual(
      expect.objectContaining({
        from: 'Областной центр психического здоровья',
        to: 'Управление здравоохранения Северо-Казахстанской области',
        inferred: false,
      }),
    );
  });
});
