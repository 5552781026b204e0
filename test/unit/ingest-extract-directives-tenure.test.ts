// Time on posts told in a clause after the name («…, возглавлявший управление с апреля 2021 года»,
// «назначенный на эту должность в феврале 2024 года», «Он руководит службой с июня 2023 года»), the date of
// the order that made a release's appointments, a name after a rank whatever its surname's ending, and
// «Сообщить … можно …» told to the public. Each runs the real extractor on a development text
// (test/fixtures/extract-dev/directives-22-*.txt: invented people, real bodies and places).
import { describe, expect, it } from 'vitest';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const DEV = 'directives-22-tenure-clauses-kostanay';

describe('since when a post is held, told in a clause after the name', () => {
  it('dates a former post by a past participle in the same sentence', async () => {
    const holds = facts(await extractDev(DEV), 'HOLDS');
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: 'Бахыт Исмаилов',
        to: 'Начальник Управления полиции города Рудного',
        current: false,
        validFrom: '2021-04',
      }),
    );
  });

  it('dates a current post by «назначенный … в феврале 2024 года»', async () => {
    const holds = facts(await extractDev(DEV), 'HOLDS');
    const chief = holds.find((h) => h.from === 'Марат Жолдасов');
    expect(chief).toMatchObject({ current: true, validFrom: '2024-02' });
  });

  it('dates the post of the person «он» refers to by «Он руководит службой с июня 2023 года»', async () => {
    const holds = facts(await extractDev(DEV), 'HOLDS');
    expect(holds.find((h) => h.from === 'Кайрат Нуртаев')).toMatchObject({
      to: 'Заместитель начальника Департамента полиции Костанайской области',
      validFrom: '2023-06',
    });
  });

  it('reads «в марте 2024 года» with its year, not the publication year', async () => {
    const draft = await extractInline(
      'Начальник УП города Актобе полковник полиции Ерлан Досов, назначенный на должность в марте 2024 года, провёл брифинг.',
      '2025-10-20',
    );
    expect(facts(draft, 'HOLDS')[0]).toMatchObject({ from: 'Ерлан Досов', validFrom: '2024-03' });
  });

  it('keeps a date the sentence states over the clause (a stated date is never replaced)', async () => {
    const draft = await extractInline(
      'С 1 марта 2025 года начальником УП города Актобе назначен полковник полиции Ерлан Досов, руководящий полицией с 2020 года.',
    );
    expect(facts(draft, 'HOLDS')[0]).toMatchObject({ from: 'Ерлан Досов', validFrom: '2025-03-01' });
  });
});

describe('the order that made the appointments', () => {
  it('dates appointments told without a date by the order the release names with them', async () => {
    const holds = facts(await extractDev(DEV), 'HOLDS');
    for (const name of ['Ербол Садыкбеков', 'Жанар Омарова'])
      expect(holds.find((h) => h.from === name)).toMatchObject({ current: true, validFrom: '2025-10-06' });
  });

  it('falls back to the publication date when no order with appointments is named', async () => {
    const draft = await extractInline(
      'Приказом от 2 октября 2025 года утверждён план мероприятий. Начальником УП города Актобе назначен полковник полиции Ерлан Досов.',
      '2025-10-20',
    );
    expect(facts(draft, 'HOLDS')[0]).toMatchObject({ validFrom: '2025-10-20' });
  });
});

describe('a name after a rank or a body', () => {
  it('reads a first name and a surname the surname rules do not know after a rank', async () => {
    const draft = await extractDev(DEV);
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({
        from: 'Олег Станкевич',
        to: 'Официальный представитель ДП Костанайской области',
      }),
    );
  });

  it('does not read the same two words as a name without a rank, post or body before them', async () => {
    const draft = await extractInline('Вчера Олег Станкевич выступил перед студентами.');
    expect(draft.entities.filter((e) => e.label === 'Person')).toEqual([]);
  });
});

describe('what one can do, told to the public', () => {
  it('proposes no directive for «Сообщить о нарушениях можно по телефону 102» in a quote', async () => {
    const draft = await extractDev(DEV);
    expect(draft.entities.filter((e) => e.label === 'Directive')).toEqual([]);
  });
});

describe('district heads and a parent body between a post and its holder', () => {
  const DISTRICT = 'directives-23-district-heads-turkistan';

  it('reads «аким Сарыагашского района» as the district akim’s post, stated, with no police body', async () => {
    const draft = await extractDev(DISTRICT);
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({
        from: 'Бахтияр Жолдыбаев',
        to: 'Аким Сарыагашского района',
        inferred: false,
      }),
    );
    expect(facts(draft, 'POSITION_IN').filter((r) => r.from === 'Аким Сарыагашского района')).toEqual([]);
  });

  it('gives the post to the name after «ДП Туркестанской области» and a rank, since the clause’s date', async () => {
    const draft = await extractDev(DISTRICT);
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({
        from: 'Нурлыбек Абдикаримов',
        to: 'Начальник отдела полиции Сарыагашского района',
        current: true,
        validFrom: '2022-09',
      }),
    );
  });

  it('does not give the participle clause’s date to the post the later verb tells', async () => {
    const draft = await extractDev(DISTRICT);
    const former = facts(draft, 'HOLDS').find((r) => r.to === 'Заместитель начальника УП города Туркестана');
    expect(former).toMatchObject({ current: false });
    expect(former).not.toHaveProperty('validFrom');
  });
});

describe('a handover told in one sentence', () => {
  const HANDOVER = 'directives-24-handover-abai';

  it('gives the post to the name after «, назначенная <post>»', async () => {
    const holds = facts(await extractDev(HANDOVER), 'HOLDS');
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: 'Жанна Ермекова',
        to: 'Начальник отдела полиции Жарминского района',
        current: true,
        validFrom: '2025-01',
      }),
    );
  });

  it('closes the post for the one «сменила на этой должности» names, when the successor took it', async () => {
    const holds = facts(await extractDev(HANDOVER), 'HOLDS');
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: 'Серик Абуов',
        to: 'Начальник отдела полиции Жарминского района',
        current: false,
        validTo: '2025-01',
      }),
    );
  });

  it('reads «переведён в Управление полиции города Семей на должность заместителя начальника» as that body’s post', async () => {
    const draft = await extractDev(HANDOVER);
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({
        from: 'Серик Абуов',
        to: 'Заместитель начальника Управления полиции города Семей',
        current: true,
      }),
    );
    expect(facts(draft, 'POSITION_IN')).toContainEqual({
      from: 'Заместитель начальника Управления полиции города Семей',
      to: 'Управление полиции города Семей',
      inferred: false,
      current: true,
    });
  });
});

describe('an appointment dated between the post and the verb', () => {
  it('reads «На должность <post> с 1 октября назначен <rank> <name>» with that date', async () => {
    const draft = await extractInline(
      'На должность начальника ОП Сайрамского района с 1 октября назначен майор полиции Ерлан Досов.',
    );
    expect(facts(draft, 'HOLDS')).toContainEqual(
      expect.objectContaining({ from: 'Ерлан Досов', current: true, validFrom: '2025-10-01' }),
    );
  });
});

describe('a title named in general terms', () => {
  it('repeats the one post of that title named with its body before («назначенный руководителем городской полиции»)', async () => {
    const draft = await extractInline(
      'Начальник УП города Актобе полковник полиции Ерлан Досов провёл брифинг. Досов, назначенный руководителем городской полиции в марте 2024 года, рассказал о работе.',
    );
    expect(draft.entities.filter((e) => e.label === 'Position').map((e) => e.name)).toEqual([
      'Начальник УП города Актобе',
    ]);
  });

  it('is no post of the release when the words go on with «по …» (a unit no rule knows)', async () => {
    const draft = await extractInline(
      'Начальником УП города Актобе назначен полковник полиции Ерлан Досов. Ранее он являлся начальником отдела по борьбе с экономическими преступлениями.',
    );
    const holds = facts(draft, 'HOLDS').filter((r) => r.from === 'Ерлан Досов');
    expect(holds.map((r) => r.to)).toEqual(['Начальник УП города Актобе']);
  });
});

describe('a transfer told with its destination', () => {
  it('reads «в связи с переводом в центральный аппарат МВД РК на должность <post>» as the new post, held now', async () => {
    const draft = await extractInline(
      'Прежний начальник ДП Атырауской области полковник полиции Ерлан Досов освобождён от занимаемой должности в связи с переводом в центральный аппарат МВД РК на должность заместителя председателя Комитета административной полиции МВД РК.',
    );
    const holds = facts(draft, 'HOLDS');
    expect(holds).toContainEqual(
      expect.objectContaining({
        from: 'Ерлан Досов',
        to: 'Заместитель председателя Комитета административной полиции МВД РК',
        current: true,
      }),
    );
    expect(holds).toContainEqual(
      expect.objectContaining({ from: 'Ерлан Досов', to: 'Начальник ДП Атырауской области', current: false }),
    );
  });
});
