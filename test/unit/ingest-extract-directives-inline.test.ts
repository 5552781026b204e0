// Directives in the fourth round's wordings: decisions listed inside one sentence after a colon and cut by
// semicolons («комиссия приняла следующие решения: управлению … открыть …; управлению … провести …»), a proposal
// told in the passive («Акимату … предлагается …», «в маслихат … внесено предложение …»), and a representation
// whose addressee stands between its words («внёс начальнику … представление»). Each runs the real extractor on
// a development text (test/fixtures/extract-dev/directives-28-*.txt: invented people, real bodies and places).
import { describe, expect, it } from 'vitest';
import { extractDev, facts } from '../helpers/extract-dev.ts';

const DEV = 'directives-28-inline-decisions-aktobe';
const ITEMS = [
  'Открыть кабинет анонимной наркологической помощи в Хромтау',
  'Провести родительские собрания во всех школах',
  'Информировать комиссию о пресеченных каналах сбыта',
];

describe('decisions listed inside one sentence', () => {
  it('makes one directive per part after the colon, each included in the set', async () => {
    const draft = await extractDev(DEV);
    const names = draft.entities.filter((e) => e.label === 'Directive').map((e) => e.name);
    for (const item of ITEMS) expect(names).toContain(item);
    const set = draft.entities.find((e) => e.label === 'Directive' && e.properties.kind === 'set');
    expect(set).toBeDefined();
    const included = facts(draft, 'INCLUDES').filter((r) => r.from === set!.name);
    expect(included.map((r) => r.to).sort()).toEqual([...ITEMS].sort());
  });

  it('assigns each part to the body in the dative that opens it, with its partners and deadline', async () => {
    const draft = await extractDev(DEV);
    const assigned = facts(draft, 'ASSIGNED_TO');
    expect(assigned).toContainEqual({
      from: ITEMS[0],
      to: 'Управление здравоохранения Актюбинской области',
      inferred: false,
      current: true,
    });
    expect(assigned).toContainEqual({
      from: ITEMS[1],
      to: 'Управление образования Актюбинской области',
      inferred: false,
      current: true,
    });
    expect(assigned).toContainEqual({
      from: ITEMS[2],
      to: 'Департамент полиции Актюбинской области',
      inferred: false,
      current: true,
    });
    expect(assigned.filter((r) => r.from === ITEMS[1]).map((r) => r.to)).not.toContain(
      'Департамент полиции Актюбинской области',
    );
    expect(facts(draft, 'COOPERATES_WITH')).toContainEqual({
      from: ITEMS[1],
      to: 'Департамент полиции Актюбинской области',
      inferred: false,
      current: true,
    });
    const first = draft.entities.find((e) => e.name === ITEMS[0]);
    expect(first?.properties.deadline).toBe('2025-12-01');
  });
});

describe('a proposal told in the passive', () => {
  it('is an instruction to the body in the dative before «предлагается»', async () => {
    const draft = await extractDev(DEV);
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual({
      from: 'Выделить помещение для центра ресоциализации',
      to: 'Акимат города Актобе',
      inferred: false,
      current: true,
    });
  });

  it('reads «внесено предложение» as giving the instruction that follows', async () => {
    const names = (await extractDev(DEV)).entities.map((e) => e.name);
    expect(names).toContain('Рассмотреть расходы на приобретение экспресс-тестов');
  });
});

describe('a representation with its addressee inside the verb’s words', () => {
  it('is issued by the prosecutor and assigned to the post named between «внёс» and «представление»', async () => {
    const draft = await extractDev(DEV);
    const name = 'Представление об устранении нарушений при учёте пациентов';
    expect(facts(draft, 'ISSUED')).toContainEqual({ from: 'Марат Есенов', to: name, inferred: false });
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual({
      from: name,
      to: 'Начальник управления здравоохранения Актюбинской области',
      inferred: false,
      current: true,
    });
  });
});

describe('«Исполнение представления поставлено на контроль …»', () => {
  it('puts the representation under that control, not the proposal told after it', async () => {
    const control = facts(await extractDev(DEV), 'UNDER_CONTROL_OF');
    expect(control).toContainEqual({
      from: 'Представление об устранении нарушений при учёте пациентов',
      to: 'Заместитель прокурора Актюбинской области',
      inferred: false,
      current: true,
    });
    expect(control.filter((r) => r.from === 'Перевести учёт пациентов в электронный вид')).toEqual([]);
  });
});
