// Instructions joined by «и» are one directive per task, each with its deadline (facts/joined-tasks.ts);
// measures a speaker announces in the first person (future-phrases.ts, past-acts.ts); what is no measure or
// instruction (a question, a body's next sitting, a sentence led by no infinitive); channels a speaker ranks
// by route (named-routes.ts). Runs the real extractor on development texts (test/fixtures/extract-dev/
// tasks-01-*.txt, routes-01-*.txt: invented people, real bodies and places; each says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { entitiesOf, extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

describe('instructions joined by «и» and measures in a speaker’s words (tasks-01)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('tasks-01-joined-instructions-kostanay');
  }, 60_000);

  const directive = (name: string) => entitiesOf(draft, 'Directive').find((d) => d.name === name);
  const measures = () => entitiesOf(draft, 'Measure');

  it('cuts a task of its own after «и», the deadline before the first shared by the second', () => {
    expect(directive('Завершить уничтожение очагов дикорастущей конопли')).toMatchObject({
      deadline: '2026-12-01',
    });
    expect(directive('Обеспечить круглосуточное патрулирование трассы Костанай – Рудный')).toMatchObject({
      deadline: '2026-12-01',
    });
    expect(directive('Устранить выявленные нарушения')).toMatchObject({ deadline: '2026-12-20' });
    expect(directive('Привлечь виновных сотрудников к ответственности')).toMatchObject({
      deadline: '2026-12-20',
    });
    expect(facts(draft, 'ISSUED')).toContainEqual(
      expect.objectContaining({
        from: 'Ерлан Сейткалиев',
        to: 'Обеспечить круглосуточное патрулирование трассы Костанай – Рудный',
      }),
    );
  });

  it('reads tasks set «перед ним» as an instruction', () => {
    expect(entitiesOf(draft, 'Directive')).toContainEqual(
      expect.objectContaining({
        quote: expect.stringContaining('задачи по снижению уличной наркопреступности'),
      }),
    );
  });

  it('keeps a deadline said inside a later task to that task', () => {
    expect(directive('Усилить досмотр транзитного транспорта')).not.toHaveProperty('deadline');
    expect(directive('Провести проверку всех придорожных кафе')).toMatchObject({ deadline: '2027-02-01' });
  });

  it('keeps a report on the task with it', () => {
    expect(directive('Провести ревизию оперативных дел и доложить о результатах')).toBeDefined();
    expect(directive('Доложить о результатах')).toBeUndefined();
  });

  it('reads the first person plural future as the speaker’s acts, not a verb of both aspects', () => {
    expect(measures().map((m) => m.name)).toEqual(
      expect.arrayContaining(['С января усилим профилактику в колледжах', 'Проверим все общежития']),
    );
    expect(measures().some((m) => /фиксируем/u.test(String(m.name)))).toBe(false);
    expect(facts(draft, 'ANNOUNCED')).toContainEqual(
      expect.objectContaining({ from: 'Тимур Асанов', to: 'Проверим все общежития' }),
    );
  });

  it('reads a campaign that goes on («акция продолжится») as a measure announced', () => {
    expect(measures()).toContainEqual(
      expect.objectContaining({ quote: 'в марте профилактическая акция продолжится в сельских школах' }),
    );
  });

  it('reads what a body put in place, told by its speaker', () => {
    expect(measures()).toContainEqual(
      expect.objectContaining({
        quote: 'усилили стационарные посты и круглосуточно проверяем транзитный транспорт',
        kind: 'done',
      }),
    );
  });

  it('makes no instruction of a quote led by no infinitive, and no measure of the next sitting', () => {
    expect(entitiesOf(draft, 'Directive').some((d) => /Почти/u.test(String(d.name)))).toBe(false);
    expect(measures().some((m) => /заседание/u.test(String(m.name)))).toBe(false);
  });
});

describe('channels a speaker ranks by route (routes-01)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('routes-01-ranked-channels-jambyl');
  }, 60_000);

  it('makes one channel of each route told after «Основной маршрут …:» and «Второй –»', () => {
    const channels = entitiesOf(draft, 'SupplyChannel');
    expect(channels).toContainEqual(
      expect.objectContaining({
        name: 'Канал из Бишкека через Кордай в Алматы',
        quote: 'из Бишкека через Кордай в Алматы',
        count: 1,
      }),
    );
    expect(channels).toContainEqual(
      expect.objectContaining({ quote: 'через Мерке на Тараз и Шымкент', count: 1 }),
    );
    expect(facts(draft, 'ORIGINATES_IN')).toContainEqual(
      expect.objectContaining({ from: 'Канал из Бишкека через Кордай в Алматы', to: 'Бишкек' }),
    );
  });

  it('makes no measure of the interviewer’s question, and reads the answer’s plan', () => {
    const names = entitiesOf(draft, 'Measure').map((m) => m.name);
    expect(names).not.toContain('Что планируется дальше?');
    expect(entitiesOf(draft, 'Measure')).toContainEqual(
      expect.objectContaining({ quote: 'До конца года будут открыты ещё два стационарных поста', count: 2 }),
    );
    // The lead says who answers («рассказал начальник …»): the answers are his words.
    expect(facts(draft, 'ANNOUNCED')).toContainEqual(
      expect.objectContaining({
        from: 'Серик Оспанов',
        to: 'До конца года будут открыты ещё два стационарных поста',
      }),
    );
  });
});

describe('who seized, told by the place of the officers; who announced, told by a pronoun', () => {
  it('gives «полицейскими региона» and «полицейскими Экибастуза» to that place’s police body', async () => {
    const draft = await extractInline(
      'В Управлении полиции города Экибастуза подвели итоги работы. Начальник Департамента полиции Павлодарской ' +
        'области Арман Сеитов отметил рост изъятий.\n' +
        'За восемь месяцев полицейскими Экибастуза изъято свыше 2,3 кг синтетических наркотиков.\n' +
        'Всего с начала года полицейскими региона изъято более 48 кг наркотиков.',
    );
    const seized = facts(draft, 'SEIZED');
    expect(seized).toContainEqual(
      expect.objectContaining({ from: 'Управление полиции города Экибастуза', inferred: true }),
    );
    expect(seized).toContainEqual(
      expect.objectContaining({ from: 'Департамент полиции Павлодарской области', inferred: true }),
    );
  });

  it('gives «Он сообщил, что …» to the person named just before', async () => {
    const draft = await extractInline(
      'Начальник Управления полиции города Темиртау Талгат Ахметов выступил перед жителями.\n' +
        'Отдельно начальник полиции остановился на профилактике. Он сообщил, что до конца года во дворах будет ' +
        'установлено ещё 40 камер видеонаблюдения.',
    );
    expect(facts(draft, 'ANNOUNCED')).toContainEqual(expect.objectContaining({ from: 'Талгат Ахметов' }));
  });
});

describe('a request in a superior’s quoted words', () => {
  it('reads «Прошу уделить особое внимание …» as an instruction, not «Прошу родителей …»', async () => {
    const draft = await extractInline(
      '«Область остается транзитным регионом. Прошу уделить особое внимание перекрытию каналов транзита на ' +
        'трассе Самара – Шымкент», — подчеркнул заместитель министра Даулет Абенов.\n' +
        '«Прошу родителей внимательно следить за детьми», — добавил Даулет Абенов.',
    );
    const names = entitiesOf(draft, 'Directive').map((d) => d.name);
    expect(names).toContain(
      'Прошу уделить особое внимание перекрытию каналов транзита на трассе Самара – Шымкент',
    );
    expect(names.some((n) => /родителей/u.test(String(n)))).toBe(false);
  });
});
