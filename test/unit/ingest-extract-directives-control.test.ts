// Directives and posts in the second round's wordings: control of the instructions told just before
// («Исполнение поручений взято на личный контроль …»), a predecessor named after «Его предшественник». Each
// runs the real extractor on a development text (test/fixtures/extract-dev/directives-*.txt: invented people,
// real bodies and places).
import { describe, expect, it } from 'vitest';
import { extractDev, facts } from '../helpers/extract-dev.ts';

describe('control taken over the instructions told just before', () => {
  it('puts a passive instruction under the post named in the genitive, whose holder gave it', async () => {
    const draft = await extractDev('directives-18-control-taken-kyzylorda');
    const control = facts(draft, 'UNDER_CONTROL_OF');
    expect(control).toContainEqual({
      from: 'Провести тестирование учащихся колледжей',
      to: 'Заместитель акима Кызылординской области',
      inferred: false,
      current: true,
    });
    expect(facts(draft, 'ISSUED')).toContainEqual({
      from: 'Асель Жумабекова',
      to: 'Провести тестирование учащихся колледжей',
      inferred: true,
    });
  });

  it('splits «…, а также ежемесячно информировать …» into an instruction of its own, under the same control', async () => {
    const draft = await extractDev('directives-18-control-taken-kyzylorda');
    expect(facts(draft, 'UNDER_CONTROL_OF')).toContainEqual({
      from: 'Информировать штаб о его результатах',
      to: 'Заместитель акима Кызылординской области',
      inferred: false,
      current: true,
    });
  });

  it('reads «он взял на контроль» as the post the person named before holds, for that paragraph only', async () => {
    const draft = await extractDev('directives-18-control-taken-kyzylorda');
    const control = facts(draft, 'UNDER_CONTROL_OF');
    expect(control).toContainEqual({
      from: 'Усилить проверки на автодорогах',
      to: 'Начальник Департамента полиции Кызылординской области',
      inferred: true,
      current: true,
    });
    // The paragraph before has a control of its own.
    expect(control.filter((r) => r.from === 'Провести тестирование учащихся колледжей')).toHaveLength(1);
    const basis = draft.relationships.find((r) => r.type === 'UNDER_CONTROL_OF' && r.inferred);
    expect(basis?.basis).toBeTruthy();
    expect(basis?.basisRu).toBeTruthy();
  });
});

describe('a predecessor named with no «на этой должности»', () => {
  it('held, before him, the one post the man named before holds now, since the year told', async () => {
    const draft = await extractDev('directives-19-predecessor-aktobe');
    const held = facts(draft, 'HOLDS').filter((r) => r.to === 'Начальник отдела полиции Хромтауского района');
    expect(held).toContainEqual(
      expect.objectContaining({ from: 'Ерболат Нысанбаев', current: true, inferred: false }),
    );
    // «Талант» is a common noun to the dictionary; inside a sentence, before a surname, it is a first name.
    expect(held).toContainEqual(
      expect.objectContaining({
        from: 'Талант Жумагулов',
        current: false,
        validFrom: '2019',
        inferred: false,
      }),
    );
  });
});

describe('two posts joined by a dash before a name', () => {
  it('gives «заместитель начальника ДП – начальник УП … полковник <name>» both posts, held now', async () => {
    const draft = await extractDev('directives-19-predecessor-aktobe');
    const held = facts(draft, 'HOLDS').filter((r) => r.from === 'Ерлан Сапаров');
    expect(held).toHaveLength(2);
    for (const post of [
      'Заместитель начальника Департамента полиции Актюбинской области',
      'Начальник Управления полиции города Актобе',
    ])
      expect(held).toContainEqual(expect.objectContaining({ to: post, current: true, inferred: false }));
  });
});

describe('meetings the genre names by what is done at them', () => {
  it('makes «отчёт начальника … перед жителями» a meeting the one who reports attends; «На встрече» repeats it', async () => {
    const draft = await extractDev('directives-20-public-report-kostanay');
    const meetings = draft.entities.filter((e) => e.label === 'Meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.name).toMatch(
      /^Отчёт начальника Рудненского городского отдела полиции .* перед жителями$/u,
    );
    expect(meetings[0]!.mentions.map((m) => m.text)).toContain('встрече');
    const attended = facts(draft, 'ATTENDED').filter((r) => r.to === meetings[0]!.name);
    expect(attended.map((r) => r.from).sort()).toEqual(['Нурлан Касымов', 'Серик Ахметов']);
  });

  it('takes «пройдут встречи участковых инспекторов с жителями», with no meeting before, for work, not a meeting', async () => {
    const draft = await extractDev('directives-19-predecessor-aktobe');
    expect(draft.entities.filter((e) => e.label === 'Meeting')).toEqual([]);
    expect(facts(draft, 'HOLDS').length).toBeGreaterThan(0);
  });

  it('makes «Представление нового начальника коллективу» a meeting, «В ходе представления» a repeat, a prosecutor’s «представление» none', async () => {
    const draft = await extractDev('directives-21-introduction-turkistan');
    const meetings = draft.entities.filter((e) => e.label === 'Meeting');
    expect(meetings.map((m) => m.name)).toEqual(['Представление нового начальника коллективу']);
    expect(meetings[0]!.mentions.map((m) => m.text)).toEqual([
      'Представление нового начальника коллективу',
      'представления',
    ]);
    const attended = facts(draft, 'ATTENDED').map((r) => r.from);
    expect(attended).toEqual(expect.arrayContaining(['Марат Кожахметов', 'Бахыт Сейдахметов']));
  });
});

describe('an instruction whose subject is a bare title', () => {
  it('reads «Вице-министр поручил …» as given by the one «заместитель министра» the release named (inferred)', async () => {
    const draft = await extractDev('directives-21-introduction-turkistan');
    expect(facts(draft, 'ISSUED')).toEqual([
      { from: 'Марат Кожахметов', to: 'Усилить охрану границы с Узбекистаном', inferred: true },
    ]);
  });
});
