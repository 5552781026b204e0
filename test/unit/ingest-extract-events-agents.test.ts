// Events, fourth round: who seized or cut. A body that acts in a clause of its own («остановили автомобиль,
// в салоне которого обнаружено …») seized what the next clause tells in the passive by inference, not as
// stated; partners named with the body of the sentence before («совместно с ДКНБ … задержали. У них изъято
// …») did it too; «полицейские» after a directorate named as the subject are its (and its department's)
// officers; partners named with «мы» («Вместе с ДКНБ мы пресекли …») are stated, and the release's body
// led. The real extractor runs on a development text (test/fixtures/extract-dev/events-21: invented people,
// real places and bodies).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../server/ingest/draft.ts';
import { extractDev, extractInline, facts } from '../helpers/extract-dev.ts';

const DP = 'Департамент полиции Восточно-Казахстанской области';
const KNB = 'Департамент КНБ по Восточно-Казахстанской области';

describe('agents of seizures and cuts (events-21)', () => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await extractDev('events-21-clauses-and-partners-east');
  }, 60_000);

  it('infers the seizure of a body that acted in another clause, with a basis in both languages', () => {
    const seized = draft.relationships.find(
      (r) =>
        r.type === 'SEIZED' &&
        draft.entities.find((e) => e.ref === r.to)?.name === 'Изъятие 2,6 кг марихуаны',
    );
    expect(draft.entities.find((e) => e.ref === seized?.from)?.name).toBe('Отдел полиции города Риддера');
    expect(seized?.inferred).toBe(true);
    expect(seized?.basis).toMatch(/another clause/);
    expect(seized?.basisRu).toMatch(/другой части предложения/);
  });

  it('gives a seizure told after a joint detention to the body and its partner', () => {
    const by = facts(draft, 'SEIZED')
      .filter((f) => f.to === 'Изъятие 900 граммов гашиша')
      .map((f) => [f.from, f.inferred]);
    expect(by).toEqual(
      expect.arrayContaining([
        [DP, true],
        [KNB, true],
      ]),
    );
  });

  it('gives what «полицейские» seized to the directorate the sentence before names, and to its department', () => {
    expect(
      facts(draft, 'SEIZED')
        .filter((f) => f.to === 'Изъятие 400 граммов гашиша')
        .map((f) => [f.from, f.inferred]),
    ).toEqual([
      [
        'Управление по противодействию наркопреступности Департамента полиции Восточно-Казахстанской области',
        true,
      ],
      [DP, true],
    ]);
  });

  it('states the cut of a partner named with «мы», and infers the speaker’s body', () => {
    const cut = facts(draft, 'DISRUPTED').map((f) => [f.from, f.inferred]);
    expect(cut).toEqual(
      expect.arrayContaining([
        [KNB, false],
        [DP, true],
      ]),
    );
  });

  it('keeps a seizure stated when the body’s own verb is the seizure', async () => {
    const draft = await extractInline(
      'Сотрудники ОП города Риддера выявили тайник и изъяли 1,1 кг гашиша. Полицейские ДП ВКО, проводя рейд, изъяли 300 граммов марихуаны.',
    );
    expect(facts(draft, 'SEIZED').map((f) => [f.from, f.to, f.inferred])).toEqual(
      expect.arrayContaining([
        ['Отдел полиции города Риддера', 'Изъятие 1,1 кг гашиша', false],
        [DP, 'Изъятие 300 граммов марихуаны', false],
      ]),
    );
  });
});
