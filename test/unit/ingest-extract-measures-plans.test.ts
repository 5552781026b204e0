// Measures a body will take, told in the release's own voice with the body as the subject («Во втором полугодии
// Департамент полиции … проведёт профилактические беседы … и откроет два новых участковых пункта …»): each
// future act is a measure, the one joined by «и» too, both carried out by the body named once. Runs the real
// extractor on a development text (test/fixtures/extract-dev/measures-07-*.txt: invented, real bodies).
import { describe, expect, it } from 'vitest';
import { extractDev, facts } from '../helpers/extract-dev.ts';

const DEV = 'measures-07-body-plans-kostanay';
const BODY = 'Департамент полиции Костанайской области';
const TALKS = 'Проведёт профилактические беседы в колледжах Рудного и Лисаковска';
const POSTS = 'Откроет два новых участковых пункта в Костанае';

describe('future acts of a body named as the subject', () => {
  it('makes one measure per act, the second after «и» included, without the subject or time in its name', async () => {
    const measures = (await extractDev(DEV)).entities.filter((e) => e.label === 'Measure');
    expect(measures.map((m) => m.name).sort()).toEqual([POSTS, TALKS].sort());
    expect(measures.find((m) => m.name === POSTS)?.properties.count).toBe(2);
  });

  it('has the body carry out both acts, as stated, and concern neither', async () => {
    const draft = await extractDev(DEV);
    const carried = facts(draft, 'CARRIED_OUT_BY');
    expect(carried).toContainEqual({ from: TALKS, to: BODY, inferred: false });
    expect(carried).toContainEqual({ from: POSTS, to: BODY, inferred: false });
    expect(facts(draft, 'CONCERNS').filter((r) => r.to === BODY)).toEqual([]);
  });
});
