// Directives in the third round's wordings: a plural title shared by a body joined with «и» («поручил
// начальникам территориальных подразделений и УП города Темиртау»: one post per addressee), a task whose object
// is a pronoun («… и совместно с управлением образования … обсудить их итоги …») going on with the one before,
// and partners left out of the directive's name. Each runs the real extractor on a development text
// (test/fixtures/extract-dev/directives-26-*.txt: invented people, real bodies and places).
import { describe, expect, it } from 'vitest';
import { extractDev, facts } from '../helpers/extract-dev.ts';

const DEV = 'directives-26-shared-title-karaganda';
const TASK =
  'Проверить студенческие общежития, расположенные вблизи колледжей, и обсудить их итоги с родителями';

describe('addressees sharing a title', () => {
  it('assigns the instruction to the head of the body joined with «и», as a post', async () => {
    const assigned = facts(await extractDev(DEV), 'ASSIGNED_TO');
    expect(assigned).toContainEqual({
      from: TASK,
      to: 'Начальник УП города Темиртау',
      inferred: false,
      current: true,
    });
    expect(assigned).toContainEqual({
      from: TASK,
      to: 'Начальники территориальных подразделений',
      inferred: false,
      current: true,
    });
    expect(assigned.some((r) => r.to === 'Управление полиции города Темиртау')).toBe(false);
  });

  it('puts the head’s post in the body', async () => {
    expect(facts(await extractDev(DEV), 'POSITION_IN')).toContainEqual({
      from: 'Начальник УП города Темиртау',
      to: 'Управление полиции города Темиртау',
      inferred: false,
      current: true,
    });
  });
});

describe('one task told in two clauses', () => {
  it('keeps «… и совместно с … обсудить их итоги» in the same directive, named without its partners', async () => {
    const draft = await extractDev(DEV);
    expect(draft.entities.filter((e) => e.label === 'Directive').map((e) => e.name)).toEqual([TASK]);
    expect(facts(draft, 'COOPERATES_WITH')).toContainEqual({
      from: TASK,
      to: 'Управление образования Карагандинской области',
      inferred: false,
      current: true,
    });
  });
});

describe('«поручил им» after appointments', () => {
  const HEADS = 'directives-27-new-heads-north';
  const TASK = 'Провести отчётные встречи с жителями районов';

  it('assigns the instruction to each post the release filled, not to the one replaced (inferred)', async () => {
    const assigned = facts(await extractDev(HEADS), 'ASSIGNED_TO').filter((r) => r.from === TASK);
    expect(assigned.map((r) => r.to).sort()).toEqual([
      'Начальник Отдела полиции Жамбылского района',
      'Начальник отдела полиции Есильского района',
    ]);
    expect(assigned.every((r) => r.inferred)).toBe(true);
  });

  it('reads «Отдел полиции Жамбылского района возглавила <rank> <name>» as her appointment as its head', async () => {
    expect(facts(await extractDev(HEADS), 'HOLDS')).toContainEqual(
      expect.objectContaining({
        from: 'Айгуль Ибраева',
        to: 'Начальник Отдела полиции Жамбылского района',
        current: true,
        inferred: false,
      }),
    );
  });

  it('gives «её предшественник» the post of the woman named before it in the same sentence', async () => {
    expect(facts(await extractDev(HEADS), 'HOLDS')).toContainEqual(
      expect.objectContaining({
        from: 'Нурлан Амиров',
        to: 'Начальник Отдела полиции Жамбылского района',
        current: false,
      }),
    );
  });
});
