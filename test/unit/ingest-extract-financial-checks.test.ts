// A financial body brought into a case («К проверке финансовых потоков группы подключён ДЭР …») is a Measure
// carried out by that body (facts/financial-checks.ts). Runs the real extractor on a development text
// (test/fixtures/extract-dev/finance-01-brought-in-zhambyl.txt: invented people, real bodies and places; it
// says it is a test fixture).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, facts } from '../helpers/extract-dev.ts';

describe('financial bodies brought into a case (finance-01)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('finance-01-brought-in-zhambyl');
  }, 60_000);

  const measures = () => draft.entities.filter((e) => e.label === 'Measure').map((e) => e.name);

  it('makes each financial check a Measure named by the work and the money it follows', () => {
    expect(measures()).toEqual(
      expect.arrayContaining([
        'Проверка финансовых потоков группы',
        'Анализ банковских транзакций участников',
        'Проверка криптовалютных операций группы',
      ]),
    );
  });

  it('has the body named after the verb carry it out, stated', () => {
    expect(facts(draft, 'CARRIED_OUT_BY')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          from: 'Проверка финансовых потоков группы',
          to: 'Департамент экономических расследований по Жамбылской области',
          inferred: false,
        }),
        expect.objectContaining({
          from: 'Анализ банковских транзакций участников',
          to: 'Департамент экономических расследований по Жамбылской области',
          inferred: false,
        }),
        expect.objectContaining({
          from: 'Проверка криптовалютных операций группы',
          to: 'Агентство Республики Казахстан по финансовому мониторингу',
          inferred: false,
        }),
      ]),
    );
  });

  it('leaves work that follows no money alone (finding accomplices, dog handlers)', () => {
    expect(measures().filter((n) => /соучастник|кинолог|работ/iu.test(n))).toEqual([]);
  });
});
