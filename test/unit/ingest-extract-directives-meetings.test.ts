// Meetings in the third round's wordings: a district chief's yearly report to the residents («выступил с
// ежегодным отчётом перед жителями»), held by the body he heads; the speaker at a briefing, who attended it
// (stated), but not a person named in what he said. Each runs the real extractor on a development text
// (test/fixtures/extract-dev/directives-25-*.txt: invented people, real bodies and places).
import { describe, expect, it } from 'vitest';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const DEV = 'directives-25-public-report-briefing-mangystau';

describe('a report to the residents', () => {
  it('reads «выступил с ежегодным отчётом перед жителями» as a meeting the reporter attended', async () => {
    const draft = await extractDev(DEV);
    const report = draft.entities.find((e) => e.label === 'Meeting' && /отч[её]т/iu.test(e.name));
    expect(report?.properties).toMatchObject({ kind: 'report to the public' });
    expect(facts(draft, 'ATTENDED')).toContainEqual({
      from: 'Ерлан Сагатов',
      to: report?.name,
      inferred: false,
    });
    expect(facts(draft, 'ATTENDED')).toContainEqual({
      from: 'Айбек Тулеуов',
      to: report?.name,
      inferred: false,
    });
  });

  it('is held by the body whose head reports, not by the department named after it', async () => {
    const draft = await extractDev(DEV);
    const organised = facts(draft, 'ORGANIZED').filter((r) => /отч[её]т/iu.test(r.to ?? ''));
    expect(organised.map((r) => r.from)).toEqual(['Отдел полиции Бейнеуского района']);
  });
});

describe('the speaker at a briefing', () => {
  it('attended the briefing (stated); the person his words name did not', async () => {
    const draft = await extractDev(DEV);
    const attended = facts(draft, 'ATTENDED');
    expect(attended).toContainEqual({ from: 'Асет Кенесов', to: 'Брифинг', inferred: false });
    expect(attended.filter((r) => r.from === 'Асет Кенесов')).toHaveLength(1);
    expect(attended.some((r) => r.from === 'Мурат Садыков')).toBe(false);
  });

  it('reads the speaker named after «Как сообщил на брифинге»', async () => {
    const draft = await extractInline(
      'Как сообщил на брифинге начальник УП города Актобе полковник полиции Ерлан Досов, число краж снизилось.',
    );
    expect(facts(draft, 'ATTENDED')).toContainEqual({ from: 'Ерлан Досов', to: 'Брифинг', inferred: false });
  });
});
