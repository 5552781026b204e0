// Directives in the fourth round's wordings: an appeal in the present («… призывает горожан сообщать …») or told
// as a request («обратилась к владельцам кафе с просьбой проверять …»), named by what it asks; and an
// instruction given «По её поручению …» in the passive, given by the one the pronoun refers to. Each runs the
// real extractor on a development text (test/fixtures/extract-dev/directives-30-*.txt: invented people).
import { describe, expect, it } from 'vitest';
import { extractDev, facts } from '../helpers/extract-dev.ts';

const DEV = 'directives-30-appeals-order-mangystau';

describe('appeals', () => {
  it('reads «призывает <people> <infinitive>» as a directive named without the people', async () => {
    const names = (await extractDev(DEV)).entities.filter((e) => e.label === 'Directive').map((e) => e.name);
    expect(names).toContain('Сообщать о надписях с рекламой наркотиков в приложение «Qorgau»');
    expect(names.some((n) => /горожан/u.test(n))).toBe(false);
  });

  it('reads «обратилась к … с просьбой <infinitive>» as a directive she issued', async () => {
    expect(facts(await extractDev(DEV), 'ISSUED')).toContainEqual({
      from: 'Айгуль Тажиева',
      to: 'Проверять подсобные помещения',
      inferred: false,
    });
  });
});

describe('«По её поручению … предписано»', () => {
  it('is given by the person the pronoun refers to, and assigned to the addressee in the dative', async () => {
    const draft = await extractDev(DEV);
    const task = 'Обследовать подъезды многоэтажных домов';
    expect(facts(draft, 'ISSUED')).toContainEqual({ from: 'Айгуль Тажиева', to: task, inferred: false });
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual({
      from: task,
      to: 'Начальники районных отделов полиции',
      inferred: false,
      current: true,
    });
  });
});

describe('partners after «вместе с»', () => {
  it('cooperate in the instruction, and «Вместе с тем» brings in none', async () => {
    const cooperating = facts(await extractDev(DEV), 'COOPERATES_WITH');
    expect(cooperating).toContainEqual({
      from: 'Подготовить порядок блокировки сайтов',
      to: 'Прокуратура Мангистауской области',
      inferred: false,
      current: true,
    });
    expect(cooperating.filter((r) => r.from === 'Провести классные часы')).toEqual([]);
  });
});
