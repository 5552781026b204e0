// A health register told as a results list with colons: «состоит на динамическом наблюдении: 3 418 человек»,
// «впервые взято на учёт с наркоманией: 87 человек», «прошли медико-социальную реабилитацию: 138 человек»,
// «несовершеннолетних на учёте: 19 человек» (people-counts.ts). Development text: invented people.
import { describe, expect, it } from 'vitest';
import { extractDev, indicators } from '../helpers/extract-dev.ts';

describe('rules-ru: registers in a list with colons', () => {
  it('reads each item as the people on the register, with its change', async () => {
    const found = indicators(await extractDev('register-list-01-health-pavlodar'));
    const byValue = (v: number) => found.find((i) => i.value === v);
    expect(byValue(2310)).toMatchObject({
      name: 'Лица (состоит на динамическом наблюдении)',
      unit: 'count',
      change: -3.1,
      changeUnit: '%',
      direction: 'down',
      year: 2025,
    });
    expect(byValue(64)).toMatchObject({ name: 'Лица (впервые взято на учет с наркоманией)' });
    expect(byValue(402)).toMatchObject({ name: 'Пациенты (прошли стационарное лечение)' });
    expect(byValue(97)).toMatchObject({ name: 'Лица (прошли медико-социальную реабилитацию)' });
    expect(byValue(12)).toMatchObject({ name: 'Лица (несовершеннолетних на учете)', quote: '12 человек' });
    expect(byValue(1200)).toMatchObject({ unit: 'count' });
    // The quotes are the list items' own words, never the label of another item.
    for (const i of found) expect(String(i.quote)).not.toMatch(/;/u);
  });

  it('reads the reach told by «охватив» after the work as its own indicator', async () => {
    const found = indicators(await extractDev('register-list-01-health-pavlodar'));
    expect(found.find((i) => i.value === 9000)).toMatchObject({
      unit: 'count',
      quote: expect.stringMatching(/9 тыс\. учащихся/u),
    });
    expect(found.find((i) => i.value === 1400)).toMatchObject({ unit: 'count' });
    expect(found.find((i) => i.value === 74)).toMatchObject({ unit: 'count' });
  });
});
