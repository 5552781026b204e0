// Directives, meetings and posts in wordings beyond the first fixtures': decision lists after «приняты
// следующие решения», people who took part in a meeting, instructions given by a post whose holder was named
// before. Each runs the real extractor on a development text (test/fixtures/extract-dev/directives-*.txt:
// invented people, real bodies and places).
import { describe, expect, it } from 'vitest';
import { extractDev, facts } from '../helpers/extract-dev.ts';

describe('a meeting’s list of decisions', () => {
  it('makes the list a set that includes each numbered item, addressed to the body in the dative', async () => {
    const draft = await extractDev('directives-01-decision-list-pavlodar');
    const set = draft.entities.find((e) => e.label === 'Directive' && e.properties.kind === 'set');
    expect(set?.mentions.map((m) => m.text)).toEqual(['следующие решения']);
    const items = facts(draft, 'INCLUDES').filter((r) => r.from === set!.name);
    expect(items.map((r) => r.to)).toEqual([
      'Провести проверку аптек на предмет отпуска рецептурных препаратов',
      'Обеспечить надзор за законностью уничтожения изъятых наркотиков',
      'Усилить разъяснительную работу в колледжах и школах области',
    ]);
    expect(items.every((r) => r.inferred)).toBe(true);
    expect(facts(draft, 'ASSIGNED_TO')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          from: items[0]!.to,
          to: 'Департамент полиции Павлодарской области',
          inferred: false,
        }),
        expect.objectContaining({
          from: items[1]!.to,
          to: 'Прокуратура Павлодарской области',
          inferred: false,
        }),
      ]),
    );
    // The partners after «совместно с» cooperate; they are not the addressee.
    expect(facts(draft, 'COOPERATES_WITH')).toContainEqual(
      expect.objectContaining({ from: items[0]!.to, to: 'Департамент КНБ по Павлодарской области' }),
    );
    expect(facts(draft, 'ASSIGNED_TO')).not.toContainEqual(
      expect.objectContaining({ to: 'Департамент КНБ по Павлодарской области' }),
    );
    const first = draft.entities.find((e) => e.name === items[0]!.to);
    expect(first?.properties.deadline).toBe('2025-06-01');
  });

  it('relates the list to its meeting, its chair and the post that controls it', async () => {
    const draft = await extractDev('directives-01-decision-list-pavlodar');
    const meeting = 'Заседание областной антинаркотической комиссии';
    const set = draft.entities.find((e) => e.properties.kind === 'set')!.name;
    const produced = facts(draft, 'PRODUCED').filter((r) => r.from === meeting);
    expect(produced).toContainEqual(expect.objectContaining({ to: set, inferred: false }));
    expect(produced.filter((r) => r.inferred)).toHaveLength(3);
    const issued = facts(draft, 'ISSUED');
    expect(issued).toHaveLength(4);
    expect(issued.every((r) => r.from === 'Ерлан Тлеубердин' && r.inferred)).toBe(true);
    const control = facts(draft, 'UNDER_CONTROL_OF');
    expect(control).toContainEqual({
      from: set,
      to: 'Заместитель акима Павлодарской области',
      inferred: false,
      current: true,
    });
    expect(control.filter((r) => r.inferred)).toHaveLength(3);
  });

  it('names the people who took part in the meeting in the sentence after it', async () => {
    const attended = facts(await extractDev('directives-01-decision-list-pavlodar'), 'ATTENDED');
    expect(attended.map((r) => r.from).sort()).toEqual([
      'Бауыржан Омаров',
      'Данияр Касымбеков',
      'Ерлан Тлеубердин',
    ]);
  });
});

describe('who gives an instruction and to whom', () => {
  const dev = 'directives-02-instructions-kyzylorda';

  it('takes a post as the subject («Аким области … поручил») for the person named as holding it', async () => {
    const issued = facts(await extractDev(dev), 'ISSUED');
    expect(issued).toContainEqual(
      expect.objectContaining({
        from: 'Мурат Есенгельдиев',
        to: 'Усилить работу по выявлению тайников-закладок',
        inferred: true,
      }),
    );
  });

  it('reads the addressee past «новому», through a person’s name, and after «в адрес»', async () => {
    const assigned = facts(await extractDev(dev), 'ASSIGNED_TO');
    const head = 'Начальник Департамента полиции Кызылординской области';
    expect(assigned).toContainEqual(
      expect.objectContaining({
        from: 'Усилить работу по выявлению тайников-закладок',
        to: head,
        inferred: false,
      }),
    );
    // «поручил Ерболу Сарсенову»: the post he holds, inferred.
    expect(assigned).toContainEqual(
      expect.objectContaining({ from: 'Провести рейды в местах досуга молодёжи', to: head, inferred: true }),
    );
    expect(assigned).toContainEqual(
      expect.objectContaining({
        from: 'Представление об устранении нарушений при хранении вещественных доказательств',
        to: head,
        inferred: false,
      }),
    );
  });

  it('gives the partners after «совместно с» only to the instruction they are part of', async () => {
    const partners = facts(await extractDev(dev), 'COOPERATES_WITH');
    expect(partners).toEqual([
      expect.objectContaining({
        from: 'Перекрыть каналы поставки синтетических наркотиков',
        to: 'Департамент КНБ по Кызылординской области',
      }),
    ]);
  });
});

describe('one verb, several addressees each with an instruction of its own', () => {
  const dev = 'directives-03-addressed-parts-turkistan';

  it('cuts the sentence before each «…, [а] <addressee> … <infinitive>» and assigns each part', async () => {
    const draft = await extractDev(dev);
    const assigned = facts(draft, 'ASSIGNED_TO');
    expect(assigned).toEqual([
      // «управлению здравоохранения» is the region's akimat department, read by its field.
      expect.objectContaining({
        from: 'Обеспечить наркологический осмотр учащихся колледжей',
        to: 'Управление здравоохранения Туркестанской области',
      }),
      expect.objectContaining({
        from: 'Усилить проверки на автодорогах',
        to: 'Департамент полиции Туркестанской области',
      }),
      expect.objectContaining({
        from: expect.stringMatching(/^Взять на контроль работу участковых инспекторов/),
        to: 'Начальники городских и районных отделов полиции',
      }),
    ]);
    // The instruction is named from its verb, not from its addressee.
    const first = draft.entities.find((e) => e.label === 'Directive' && /осмотр/.test(e.name));
    expect(first?.name).toBe('Обеспечить наркологический осмотр учащихся колледжей');
    expect(first?.properties.deadline).toBe('2026-03-01');
    expect(facts(draft, 'ISSUED').map((r) => r.from)).toEqual(Array(3).fill('Нурлан Абдрахманов'));
  });

  it('keeps partners and «возложив контроль … на» within their own part', async () => {
    const draft = await extractDev(dev);
    expect(facts(draft, 'COOPERATES_WITH')).toEqual([
      expect.objectContaining({
        from: 'Усилить проверки на автодорогах',
        to: 'Департамент КНБ по Туркестанской области',
      }),
    ]);
    expect(facts(draft, 'UNDER_CONTROL_OF')).toEqual([
      expect.objectContaining({
        from: expect.stringMatching(/^Взять на контроль работу участковых инспекторов/),
        to: 'Заместитель начальника Департамента полиции Туркестанской области',
        inferred: false,
      }),
    ]);
  });
});

describe('posts of akimats and cities', () => {
  const dev = 'directives-04-city-posts-semey';

  it('reads «аким города Семей» and «заместитель акима города» as posts in the city’s akimat', async () => {
    const draft = await extractDev(dev);
    const within = facts(draft, 'POSITION_IN');
    for (const post of ['Аким города Семей', 'Заместитель акима города Семей'])
      expect(within).toContainEqual({ from: post, to: 'Акимат города Семей', inferred: true, current: true });
    expect(facts(draft, 'HOLDS')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'Даурен Есимов', to: 'Аким города Семей', current: true }),
        expect.objectContaining({ from: 'Арман Сейтжанов', to: 'Заместитель акима города Семей' }),
        expect.objectContaining({ from: 'Жанар Кусаинова', to: 'Пресс-секретарь ДП Абайской области' }),
        expect.objectContaining({
          from: 'Нурлан Омаров',
          to: 'Заместитель руководителя аппарата акима Абайской области',
        }),
      ]),
    );
  });

  it('takes «старший советник юстиции» for a rank, not a post', async () => {
    const draft = await extractDev(dev);
    const posts = draft.entities.filter((e) => e.label === 'Position').map((e) => e.name);
    expect(posts.some((p) => /советник/i.test(p))).toBe(false);
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({ from: 'Мирас Жакупов', to: 'Заместитель прокурора Абайской области' }),
    );
  });
});

describe('a parade of the personnel', () => {
  it('is a meeting named again by «На построении», attended by those who «присутствовали»', async () => {
    const draft = await extractDev('directives-05-ceremony-north');
    const meetings = draft.entities.filter((e) => e.label === 'Meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.properties.kind).toBe('ceremony');
    expect(meetings[0]!.mentions.map((m) => m.text)).toEqual(['торжественном построении', 'построении']);
    expect(facts(draft, 'ATTENDED')).toContainEqual(
      expect.objectContaining({ from: 'Ерик Байжанов', inferred: false }),
    );
    expect(facts(draft, 'PARTICIPATED_IN')).toContainEqual(
      expect.objectContaining({ from: 'Прокуратура Северо-Казахстанской области', inferred: false }),
    );
  });
});

describe('a career’s first post and other bodies’ heads', () => {
  const dev = 'directives-06-career-start-akmola';

  it('reads «службу начал в 2003 году следователем …» as a former post held from that year', async () => {
    const holds = facts(await extractDev(dev), 'HOLDS');
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: 'Айдос Сатпаев',
        to: 'Следователь Управления полиции города Кокшетау',
        current: false,
        validFrom: '2003',
      }),
    );
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: 'Айдос Сатпаев',
        to: 'Начальник ДП Акмолинской области',
        current: true,
      }),
    );
  });

  it('addresses «руководителям заинтересованных государственных органов» without making them the release’s units', async () => {
    const draft = await extractDev(dev);
    const heads = 'Руководители заинтересованных государственных органов';
    expect(facts(draft, 'ASSIGNED_TO')).toContainEqual(expect.objectContaining({ to: heads }));
    expect(facts(draft, 'POSITION_IN').filter((r) => r.from === heads)).toEqual([]);
    // No one is named as the akim: the instruction has no issuer rather than a guessed one.
    expect(facts(draft, 'ISSUED')).toEqual([]);
  });
});

describe('a prosecutor’s representation', () => {
  it('includes what is then demanded of the body it was addressed to', async () => {
    const includes = facts(await extractDev('directives-02-instructions-kyzylorda'), 'INCLUDES');
    expect(includes).toEqual([
      {
        from: 'Представление об устранении нарушений при хранении вещественных доказательств',
        to: 'Провести служебное расследование по каждому факту нарушений',
        inferred: true,
      },
    ]);
  });
});

describe('an instruction told by a gerund', () => {
  it('reads «…, призвав сотрудников …» as an appeal its subject issued', async () => {
    const issued = facts(await extractDev('directives-05-ceremony-north'), 'ISSUED');
    expect(issued).toEqual([
      expect.objectContaining({ from: 'Тимур Ахметов', to: expect.stringMatching(/соблюдать законность$/) }),
    ]);
  });
});
