// Events, fourth round: whose work a local police unit's release tells in the passive. The release of a
// district's, city's or station's police unit («Отдел полиции … района … сообщает») reports that unit's
// seizures and cuts, not those of its department or of a partner named later; a body named in an operation's
// participle («ОПМ …, организованного Департаментом полиции … совместно с ДКНБ …») ran the operation and is
// no stated agent of the rest of the sentence. The real extractor runs on a development text
// (test/fixtures/extract-dev/events-25: invented people, real places and bodies) and on inline texts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const UNIT = 'Отдел полиции Бурабайского района';

describe('a district unit’s release (events-25)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-25-district-unit-release-akmola');
  }, 60_000);

  it('gives the seizures told in the passive to the unit, inferred, with a basis', () => {
    const seized = facts(draft, 'SEIZED');
    expect(seized.map((f) => f.to).sort()).toEqual([
      'Изъятие 150 граммов гашиша',
      'Изъятие 3,4 кг марихуаны',
      'Изъятие 700 граммов мефедрона',
    ]);
    expect(seized.every((f) => f.from === UNIT && f.inferred)).toBe(true);
    const rel = draft.relationships.find((r) => r.type === 'SEIZED');
    expect(rel?.basis).toMatch(/release of this body/);
  });

  it('gives the channel cut to the unit, not to its department', () => {
    expect(facts(draft, 'DISRUPTED').map((f) => [f.from, f.inferred])).toEqual([[UNIT, true]]);
  });

  it('keeps the bodies of the operation’s participle as its conductor and participant', () => {
    expect(facts(draft, 'CONDUCTED_BY').map((f) => f.to)).toEqual([
      'Департамент полиции Акмолинской области',
    ]);
    expect(facts(draft, 'PARTICIPATED_IN').map((f) => f.from)).toEqual([
      'Департамент КНБ по Акмолинской области',
    ]);
  });
});

describe('inline: a station’s police and a department’s release', () => {
  it('reads a railway station’s police unit as the release’s body', async () => {
    const draft = await extractInline(
      'Линейный отдел полиции на станции Экибастуз подвёл итоги года.\n' +
        'Экибастуз, 5 января 2026 года\n' +
        'За год на железной дороге изъято 4,1 кг гашиша. Работа велась во взаимодействии с ДКНБ по Павлодарской области.\n',
    );
    expect(facts(draft, 'SEIZED').map((f) => f.from)).toEqual([
      'Линейный отдел полиции на станции Экибастуз',
    ]);
  }, 60_000);

  it('keeps the department as the agent when it is the release’s body', async () => {
    const draft = await extractInline(
      'Департамент полиции Акмолинской области подвёл итоги года.\n' +
        'Кокшетау, 5 января 2026 года\n' +
        'За год в регионе изъято 90 кг марихуаны. Отличились сотрудники ОП Бурабайского района.\n',
    );
    expect(facts(draft, 'SEIZED').map((f) => f.from)).toEqual(['Департамент полиции Акмолинской области']);
  }, 60_000);
});
