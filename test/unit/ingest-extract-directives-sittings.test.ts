// Meetings and their decisions in the fourth round's wordings: a working group's sitting and a maslikhat's
// session are meetings; «Заседание вёл …» in the sentence after names who chaired it (the decisions are theirs,
// inferred); «Замакима поручил …» is the deputy akim named before; an addressee in the dative the dictionary only
// guesses («а акимам городов и районов — до … оборудовать …») opens an instruction of its own. Each runs the real
// extractor on a development text (test/fixtures/extract-dev/directives-29-*.txt: invented people, real bodies).
import { describe, expect, it } from 'vitest';
import { extractDev, facts } from '../helpers/extract-dev.ts';

const DEV = 'directives-29-sitting-chair-pavlodar';
const SITTING = 'Заседание региональной рабочей группы';

describe('sittings and sessions', () => {
  it('reads a working group’s sitting and a maslikhat’s session, with its body, as meetings', async () => {
    const meetings = (await extractDev(DEV)).entities.filter((e) => e.label === 'Meeting').map((e) => e.name);
    expect(meetings).toContain(SITTING);
    expect(meetings.some((m) => /сессия маслихата Павлодарской области$/u.test(m))).toBe(true);
  });

  it('takes whoever «вёл» the sitting, told in the next sentence, as the issuer of its decisions', async () => {
    const draft = await extractDev(DEV);
    const set = draft.entities.find((e) => e.label === 'Directive' && e.properties.kind === 'set');
    expect(set).toBeDefined();
    expect(facts(draft, 'PRODUCED')).toContainEqual({ from: SITTING, to: set!.name, inferred: false });
    expect(facts(draft, 'ISSUED')).toContainEqual({ from: 'Арман Досжанов', to: set!.name, inferred: true });
  });
});

describe('«Замакима поручил …»', () => {
  it('is given by the one deputy akim named before, as the holder of that post', async () => {
    const draft = await extractDev(DEV);
    const name = new Map(draft.entities.map((e) => [e.ref, e.name]));
    const issued = draft.relationships.find(
      (r) => r.type === 'ISSUED' && name.get(r.to) === 'Открыть кабинет экспресс-тестирования',
    );
    expect(name.get(issued?.from ?? '')).toBe('Арман Досжанов');
    // The post's holder, not the chair of the sitting before (which would be the same person by another rule).
    expect(issued?.basis).toMatch(/post this person holds/u);
  });
});

describe('an addressee the dictionary only guesses', () => {
  it('opens an instruction of its own after «, а», named from its verb', async () => {
    const draft = await extractDev(DEV);
    const directives = draft.entities.filter((e) => e.label === 'Directive').map((e) => e.name);
    expect(directives).toContain('Открыть кабинет экспресс-тестирования');
    expect(directives).toContain('Оборудовать подростковые клубы камерами');
    const assigned = facts(draft, 'ASSIGNED_TO').filter(
      (r) => r.from === 'Оборудовать подростковые клубы камерами',
    );
    expect(assigned.map((r) => r.to)).not.toContain('Управление здравоохранения Павлодарской области');
    expect(assigned.length).toBeGreaterThan(0);
    const deadline = draft.entities.find((e) => e.name === 'Оборудовать подростковые клубы камерами')
      ?.properties.deadline;
    expect(deadline).toBe('2026-03-01');
  });
});

describe('«Контроль … <name> оставил за собой»', () => {
  it('puts the instructions told just before under the post the person holds', async () => {
    const control = facts(await extractDev(DEV), 'UNDER_CONTROL_OF');
    for (const task of ['Открыть кабинет экспресс-тестирования', 'Оборудовать подростковые клубы камерами'])
      expect(control).toContainEqual({
        from: task,
        to: 'Заместитель акима Павлодарской области',
        inferred: true,
        current: true,
      });
  });
});
