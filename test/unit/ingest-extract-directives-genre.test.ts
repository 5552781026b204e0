// Directives, meetings and posts in constructions other writers of the genre use: instructions announced with
// a colon and listed line by line, partners after «во взаимодействии с» and «с привлечением». Each runs the
// real extractor on a development text (test/fixtures/extract-dev/directives-*.txt: invented people, real
// bodies and places).
import { describe, expect, it } from 'vitest';
import { extractDev, facts } from '../helpers/extract-dev.ts';

describe('instructions announced with a colon and listed', () => {
  const dev = 'directives-07-instruction-list-mangystau';
  const items = [
    'Проверить склады и гаражи в промышленной зоне Актау',
    'Открыть кабинет анонимного тестирования в Жанаозене',
    'Проводить рейды на автомобильных дорогах области',
  ];

  it('makes each line a directive the announcing person issued, in the set the sentence gives', async () => {
    const draft = await extractDev(dev);
    const set = draft.entities.find((e) => e.label === 'Directive' && e.properties.kind === 'set')!;
    expect(
      facts(draft, 'INCLUDES')
        .filter((r) => r.from === set.name)
        .map((r) => r.to),
    ).toEqual(items);
    const issued = facts(draft, 'ISSUED').filter((r) => items.includes(r.to!));
    expect(issued.map((r) => [r.from, r.inferred])).toEqual(items.map(() => ['Тимур Жанибеков', false]));
  });

  it('addresses each line to the body that opens it, with its partners and deadline', async () => {
    const draft = await extractDev(dev);
    expect(facts(draft, 'ASSIGNED_TO').map((r) => [r.from, r.to])).toEqual([
      [items[0], 'Департамент полиции Мангистауской области'],
      [items[1], 'Управление здравоохранения Мангистауской области'],
      [items[2], 'Департамент полиции Мангистауской области'],
    ]);
    // «во взаимодействии с …», «с привлечением …»: partners, not addressees.
    expect(facts(draft, 'COOPERATES_WITH').map((r) => [r.from, r.to])).toEqual([
      [items[0], 'Департамент КНБ по Мангистауской области'],
      [items[2], 'Департамент государственных доходов по Мангистауской области'],
    ]);
    const deadline = (name: string) => draft.entities.find((e) => e.name === name)?.properties.deadline;
    expect(items.map(deadline)).toEqual(['2025-05-01', '2025-12-31', undefined]);
  });

  it('puts every line under the control the sentence after the list names', async () => {
    const control = facts(await extractDev(dev), 'UNDER_CONTROL_OF');
    for (const item of items)
      expect(control).toContainEqual(
        expect.objectContaining({ from: item, to: 'Заместитель акима Мангистауской области' }),
      );
  });
});

describe('posts told by reference in an appointment release', () => {
  const dev = 'directives-08-reshuffle-zhambyl';
  const holds = async () => facts(await extractDev(dev), 'HOLDS');

  it('gives «на эту должность назначен X» the post named just before, not the minister who appoints', async () => {
    const held = (await holds()).filter((r) => r.from === 'Ерлан Сапаров');
    expect(held).toEqual([
      expect.objectContaining({ to: 'Начальник ДП Жамбылской области', current: true, inferred: false }),
    ]);
  });

  it('opens the new post of a head «освобождён … в связи с его назначением на должность …»', async () => {
    const held = (await holds()).filter((r) => r.from === 'Кайрат Омаров');
    expect(held).toEqual([
      expect.objectContaining({ to: 'Начальник ДП Жамбылской области', current: false }),
      expect.objectContaining({ to: 'Начальник Департамента полиции Туркестанской области', current: true }),
    ]);
  });

  it('reads «<post> стал X» as an appointment and «его предшественник на этом посту» as a former holder', async () => {
    const deputy = 'Первый заместитель начальника Департамента полиции Жамбылской области';
    const held = (await holds()).filter((r) => r.to === deputy);
    expect(held).toEqual([
      expect.objectContaining({ from: 'Азамат Тулеуов', current: true }),
      expect.objectContaining({ from: 'Нурлан Абенов', current: false }),
    ]);
  });
});

describe('who gave an instruction told in the passive', () => {
  const dev = 'directives-09-collegium-passive-pavlodar';

  it('gives «По итогам коллегии … поручено» to whoever opened the collegium, as an inference', async () => {
    const issued = facts(await extractDev(dev), 'ISSUED');
    expect(issued).toContainEqual({
      from: 'Ерлан Жумабаев',
      to: 'Провести проверки мест сбыта синтетических наркотиков',
      inferred: true,
    });
  });

  it('takes the person in the dative before «внесено представление» as its addressee, not its author', async () => {
    const draft = await extractDev(dev);
    const representation = 'Представление об устранении нарушений при хранении вещественных доказательств';
    expect(facts(draft, 'ISSUED').filter((r) => r.to === representation)).toEqual([
      { from: 'Серик Абенов', to: representation, inferred: false },
    ]);
  });

  it('reads a surname of any ending after a first name and a patronymic', async () => {
    const draft = await extractDev(dev);
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({ from: 'Арман Сейткали', to: 'Руководитель ДЭР по Павлодарской области' }),
    );
    expect(facts(draft, 'POSITION_IN')).toContainEqual(
      expect.objectContaining({
        from: 'Руководитель ДЭР по Павлодарской области',
        to: 'Департамент экономических расследований по Павлодарской области',
      }),
    );
  });
});

describe('who holds a meeting', () => {
  const dev = 'directives-10-commission-sittings-north';

  it('proposes the commission a sitting belongs to and has it hold the sitting (inferred)', async () => {
    const draft = await extractDev(dev);
    const commission = 'Областная межведомственная комиссия по профилактике правонарушений и наркомании';
    expect(draft.entities).toContainEqual(expect.objectContaining({ label: 'Agency', name: commission }));
    expect(facts(draft, 'ORGANIZED')).toContainEqual({
      from: commission,
      to: 'Заседание областной межведомственной комиссии',
      inferred: true,
    });
  });

  it('takes the body named right after «заседание коллегии» as the one that held it', async () => {
    expect(facts(await extractDev(dev), 'ORGANIZED')).toContainEqual(
      expect.objectContaining({
        from: 'Департамент полиции Северо-Казахстанской области',
        to: 'Итоговое заседание коллегии',
      }),
    );
  });
});

describe('people at a meeting', () => {
  const dev = 'directives-11-visit-pronoun-kostanay';
  const meeting = 'Оперативное совещание';

  it('gives each post in a list «<post> <name>, <post> <name>» to the name after it only', async () => {
    const holds = facts(await extractDev(dev), 'HOLDS');
    expect(holds.filter((r) => r.from === 'Марат Кусаинов').map((r) => r.to)).toEqual([
      'Заместитель министра внутренних дел',
    ]);
  });

  it('has those «участвовали» and the one who «выступил» after the verb attend it', async () => {
    const attended = facts(await extractDev(dev), 'ATTENDED').filter((r) => r.to === meeting);
    expect(attended.map((r) => [r.from, r.inferred])).toEqual([
      ['Марат Кусаинов', false],
      ['Айдар Сагинтаев', false],
      ['Бауыржан Аманжолов', true],
    ]);
  });

  it('reads «Он поручил …» as an instruction of the person named just before', async () => {
    expect(facts(await extractDev(dev), 'ISSUED')).toEqual([
      { from: 'Марат Кусаинов', to: 'Усилить работу по выявлению наркопритонов', inferred: false },
    ]);
  });
});

describe('tasks set out, then given in the passive', () => {
  const dev = 'directives-12-tasks-atyrau';
  const check = 'Провести проверку аптек Атырау';
  const close = 'Закрыть выявленные наркопритоны';

  it('cuts «…, а до конца года — закрыть …» into a second instruction with its own deadline', async () => {
    const draft = await extractDev(dev);
    const deadline = (name: string) => draft.entities.find((e) => e.name === name)?.properties.deadline;
    // «до 1 февраля» in a November release is next February's.
    expect([deadline(check), deadline(close)]).toEqual(['2026-02-01', '2025-12-31']);
    expect(facts(draft, 'ASSIGNED_TO').filter((r) => r.from === close)).toEqual([
      { from: close, to: 'Департамент полиции Атырауской области', inferred: false, current: true },
    ]);
  });

  it('gives the passive instructions to whoever «определил приоритетные задачи» just before, in his set', async () => {
    const issued = facts(await extractDev(dev), 'ISSUED').filter((r) => r.to === check || r.to === close);
    expect(issued).toEqual([
      { from: 'Ержан Сагатов', to: check, inferred: true },
      { from: 'Ержан Сагатов', to: close, inferred: true },
    ]);
    // They are the tasks he set out: the set his sentence gives includes them.
    const includes = facts(await extractDev(dev), 'INCLUDES').filter((r) => r.from === 'Поручения');
    expect(includes.map((r) => [r.to, r.inferred])).toEqual([
      [check, true],
      [close, true],
    ]);
  });

  it('reads a list line opening with «полиции» (more often a genitive) as an item addressed to it', async () => {
    const draft = await extractDev(dev);
    const item = 'Представлять в комитет сведения о заблокированных сайтах';
    expect(facts(draft, 'INCLUDES')).toContainEqual({ from: 'Принятые решения', to: item, inferred: true });
    expect(facts(draft, 'COOPERATES_WITH')).toContainEqual(
      expect.objectContaining({ from: item, to: 'Департамент КНБ по Атырауской области' }),
    );
  });
});

describe('a meeting an instruction asks for', () => {
  it('is no meeting held («… провести во всех школах родительские собрания»)', async () => {
    const draft = await extractDev('directives-12-tasks-atyrau');
    expect(draft.entities.filter((e) => e.label === 'Meeting').map((e) => e.name)).toEqual([
      'Выездное совещание',
    ]);
    // «Чтобы подвести итоги ОПМ, … провели совещание»: an infinitive before it, but the sentence says it was held.
    const held = await extractDev('directives-16-operation-total-kyzylorda');
    expect(held.entities.filter((e) => e.label === 'Meeting').map((e) => e.name)).toEqual(['Совещание']);
    expect(facts(draft, 'INCLUDES')).toContainEqual({
      from: 'Принятые решения',
      to: 'Провести во всех школах родительские собрания',
      inferred: true,
    });
  });
});

describe('transfers and releases', () => {
  const dev = 'directives-13-transfers-pavlodar';

  it('opens the post after «назначен с повышением» and «переведён на должность», from the release date', async () => {
    const held = facts(await extractDev(dev), 'HOLDS');
    expect(held).toContainEqual(
      expect.objectContaining({
        from: 'Арман Жунусов',
        to: 'Начальник Департамента полиции Павлодарской области',
        current: true,
        validFrom: '2025-03-10',
      }),
    );
    expect(held).toContainEqual(
      expect.objectContaining({
        from: 'Нурлан Ахметов',
        to: 'Начальник Департамента полиции Карагандинской области',
        current: true,
        validFrom: '2025-03-10',
      }),
    );
  });

  it('closes the post of one «освобождён от занимаемой должности»', async () => {
    const held = facts(await extractDev(dev), 'HOLDS').filter((r) => r.from === 'Ерлан Касымов');
    expect(held).toEqual([
      expect.objectContaining({ to: 'Заместитель начальника ДП Павлодарской области', current: false }),
    ]);
  });
});

describe('addressees before a passive verb', () => {
  const dev = 'directives-14-passive-addressees-aktobe';

  it('reads «Перед … поставлена задача» and «<post> <name> поручено» as addressed to that body or post', async () => {
    const draft = await extractDev(dev);
    expect(facts(draft, 'ASSIGNED_TO')).toEqual([
      { from: 'Снизить число краж', to: 'Управление полиции города Актобе', inferred: false, current: true },
      {
        from: 'Провести проверку ломбардов',
        to: 'Начальник УП города Актобе',
        inferred: false,
        current: true,
      },
    ]);
    // The person in the dative receives the instruction; the chair of the meeting gave it.
    expect(facts(draft, 'ISSUED').map((r) => r.from)).not.toContain('Нурлан Сапаров');
  });
});

describe('deadlines at the end of a period', () => {
  it('reads «до конца первого полугодия 2026 года», «III квартала», «текущего квартала» as its last day', async () => {
    const draft = await extractDev('directives-15-period-deadlines-zhambyl');
    const deadlines = draft.entities
      .filter((e) => e.label === 'Directive')
      .map((e) => [e.name, e.properties.deadline]);
    expect(deadlines).toEqual([
      ['Открыть два новых участковых пункта', '2026-06-30'],
      ['Завершить ремонт изолятора временного содержания', '2026-09-30'],
      ['Провести сверку учётов', '2025-12-31'],
    ]);
  });
});

describe('an operation’s total and its episodes', () => {
  it('counts each smaller seizure told apart in the total «В общей сложности … изъято» (inferred)', async () => {
    const included = facts(await extractDev('directives-16-operation-total-kyzylorda'), 'INCLUDED_IN');
    expect(included).toEqual([
      { from: 'Изъятие 3,2 кг марихуаны', to: 'Изъятие более 9 кг наркотиков', inferred: true },
      { from: 'Изъятие 1,5 кг гашиша', to: 'Изъятие более 9 кг наркотиков', inferred: true },
    ]);
  });
});

describe('a person addressed by first name and patronymic', () => {
  it('is no new person («– Санжар Болатович, как была устроена схема?»)', async () => {
    const draft = await extractDev('directives-17-interview-address-shymkent');
    expect(draft.entities.filter((e) => e.label === 'Person').map((e) => e.name)).toEqual([
      'Санжар Кенжебеков',
    ]);
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({ from: 'Санжар Кенжебеков', to: 'Руководитель ДЭР по городу Шымкенту' }),
    );
  });
});
