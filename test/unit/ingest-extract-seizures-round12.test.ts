// Seizures and supply channels told in shapes the twelfth round found on releases written by new annotators:
// list marks inside the line («• 2,1 кг гашиша», «1) 600 граммов героина»), pieces a mass was the content of,
// pieces described by what they were for, channels counted by kind after a tally («из них 2 международных»). Inline development texts: invented people, real bodies and places.
import { describe, expect, it } from 'vitest';
import { entitiesOf, extractInline } from '../helpers/extract-dev.ts';

const seizures = (body: string) => extractInline(body).then((d) => entitiesOf(d, 'Seizure'));
const channels = (body: string) => extractInline(body).then((d) => entitiesOf(d, 'SupplyChannel'));
const seized = (quote: string, figures: Record<string, unknown>) =>
  expect.objectContaining({ quote, ...figures });

describe('a list of seizures whose marks stay inside the lines', () => {
  it.each([
    [
      'Кокшетау, 3 ноября 2025 года. При обысках у участников группы изъяты:\n• 2,1 кг гашиша;\n• 340 граммов мефедрона;\n• электронные весы.',
      [seized('2,1 кг гашиша', { amountKg: 2.1 }), seized('340 граммов мефедрона', { amountKg: 0.34 })],
    ],
    [
      'Атырау, 3 ноября 2025 года. В ходе обысков изъято:\n1) 600 граммов героина;\n2) 2 килограмма 400 граммов марихуаны;\n3) три мобильных телефона.',
      [
        seized('600 граммов героина', { amountKg: 0.6 }),
        seized('2 килограмма 400 граммов марихуаны', { amountKg: 2.4 }),
      ],
    ],
    [
      'Астана, 3 ноября 2025 года. 📦 При обыске изъято:\n▫️ 420 граммов мефедрона\n▫️ 90 таблеток «экстази»\n▫️ весы и упаковка',
      [seized('420 граммов мефедрона', { amountKg: 0.42 }), seized('90 таблеток «экстази»', { count: 90 })],
    ],
  ])('reads «%s»', async (text, expected) => {
    expect(await seizures(text)).toEqual(expect.arrayContaining(expected));
  });

  it('takes no number of a numbered line for an amount, and stops at a line that seizes of its own', async () => {
    const found = await seizures(
      'Атырау, 3 ноября 2025 года. В ходе обысков изъято:\n1) 600 граммов героина;\n2) 45 граммов гашиша.\nКроме того, в гараже изъято 3 кг марихуаны.',
    );
    expect(found.map((s) => s.amountKg).sort()).toEqual([0.045, 0.6, 3]);
    expect(found.some((s) => s.count === 1 || s.count === 2)).toBe(false);
  });
});

describe('pieces a seized mass was packed in or the content of', () => {
  it('reads «— содержимое N закладок» as the seizure’s count', async () => {
    const found = await seizures(
      'Уральск, 3 ноября 2025 года. У задержанного изъято 90 граммов «соли» (альфа-PVP) — содержимое 15 закладок, поднятых в Зачаганске.',
    );
    expect(found).toEqual([expect.objectContaining({ amountKg: 0.09, count: 15 })]);
  });

  it('reads pieces described by what they were for («готовых к сбыту свёртков»)', async () => {
    const found = await seizures(
      'Петропавловск, 3 ноября 2025 года. При обыске изъяты 60 готовых к сбыту свёртков и электронные весы.',
    );
    expect(found).toEqual([expect.objectContaining({ count: 60, quote: '60 готовых к сбыту свёртков' })]);
  });
});

describe('channels counted by kind after a tally, the channel word not repeated', () => {
  it.each([
    [
      'Караганда, 3 ноября 2025 года. С начала года пресечено 8 каналов поставки, из них 3 международных.',
      '3 международных',
      3,
    ],
    [
      'Тараз, 3 ноября 2025 года. Полицейскими области перекрыто 10 каналов поставки наркотиков, 6 из них — межрегиональные.',
      '6 из них — межрегиональные',
      6,
    ],
    [
      'Актау, 3 ноября 2025 года. Ликвидировано 5 каналов, два из них транзитные.',
      'два из них транзитные',
      2,
    ],
    [
      'Шымкент, 3 ноября 2025 года. За три года пресечено 12 каналов поставки, в том числе 4 международных, изъято свыше 200 кг наркотиков.',
      '4 международных',
      4,
    ],
    [
      'Кызылорда, 3 ноября 2025 года. Перекрыто 6 каналов поставки, из них 2 — на участке границы с Узбекистаном.',
      '2 — на участке границы с Узбекистаном',
      2,
    ],
  ])('reads «%s»', async (text, quote, count) => {
    expect(await channels(text)).toContainEqual(expect.objectContaining({ quote, count }));
  });

  it('counts no part larger than the tally, nor a kind of something else', async () => {
    const found = await channels(
      'Костанай, 3 ноября 2025 года. Пресечено 3 канала поставки, из них 5 международных. Задержаны 7 человек, из них 2 иностранных гражданина.',
    );
    expect(found.map((c) => c.count)).toEqual([3]);
  });
});

describe('a seized total split by drug in the sentence after it', () => {
  const includedIn = (d: Awaited<ReturnType<typeof extractInline>>) =>
    d.relationships.filter((r) => r.type === 'INCLUDED_IN').length;

  it.each([
    [
      'Кокшетау, 3 ноября 2025 года. С начала года изъято 12,4 кг наркотиков. Из них 9 кг марихуаны, 2,1 кг гашиша.',
      [seized('9 кг марихуаны', { amountKg: 9 }), seized('2,1 кг гашиша', { amountKg: 2.1 })],
    ],
    [
      'Талдыкорган, 3 ноября 2025 года. Полицейскими изъято 820 кг наркотиков. Из них гашиша — 40 кг, почти вдвое больше, чем годом ранее.',
      [seized('гашиша — 40 кг', { amountKg: 40, change: 2, direction: 'up' })],
    ],
    [
      'Астана, 3 ноября 2025 года. За время операции изъято 5,2 тонны наркотиков. Из них 4,8 тонны составили марихуана и гашиш, 120 килограммов – синтетические наркотики.',
      [
        seized('4,8 тонны составили марихуана и гашиш', { amountKg: 4800, substance: 'марихуана и гашиш' }),
        seized('120 килограммов – синтетические наркотики', { amountKg: 120 }),
      ],
    ],
    [
      'Семей, 3 ноября 2025 года. За год изъято 900 кг наркотиков. Из них 30 кг приходится на синтетические наркотики.',
      [seized('30 кг приходится на синтетические наркотики', { amountKg: 30 })],
    ],
    [
      'Рудный, 3 ноября 2025 года. С начала года изъято 74 кг наркотиков. В том числе синтетических наркотиков — 3 кг.',
      [seized('синтетических наркотиков — 3 кг', { amountKg: 3, substance: 'синтетических наркотиков' })],
    ],
    [
      'Экибастуз, 3 ноября 2025 года. Из незаконного оборота изъято 640 кг наркотических средств. В их числе:\n— марихуана — 600 кг;\n— гашиш — 12 кг;\n— психотропные таблетки — 1 300 штук.',
      [
        seized('марихуана — 600 кг', { amountKg: 600 }),
        seized('гашиш — 12 кг', { amountKg: 12 }),
        seized('психотропные таблетки — 1 300 штук', { count: 1300 }),
      ],
    ],
  ])('reads «%s»', async (text, expected) => {
    const draft = await extractInline(text);
    expect(entitiesOf(draft, 'Seizure')).toEqual(expect.arrayContaining(expected));
    expect(includedIn(draft)).toBeGreaterThanOrEqual(expected.length);
  });

  it('reads no parts that sum to more than the total, nor a split of something else', async () => {
    const found = await seizures(
      'Кокшетау, 3 ноября 2025 года. Изъято 5 кг наркотиков. Из них 9 кг марихуаны. Задержаны 12 человек. Из них 4 кг — ранее судимые.',
    );
    expect(found.map((s) => s.amountKg)).toEqual([5]);
  });
});

describe('pieces with their total weight, drugs found on a person, goods in quotes', () => {
  it.each([
    [
      'Шымкент, 3 ноября 2025 года. При досмотре обнаружены 30 свёртков, обмотанных красной изолентой, с порошкообразным веществом общим весом 24,5 грамма.',
      { count: 30, amountKg: 0.0245 },
    ],
    [
      'Актау, 3 ноября 2025 года. Курьера задержали в 14-м микрорайоне. При нём — 52 свёртка с мефедроном, общий вес около 95 граммов.',
      { count: 52, amountKg: 0.095 },
    ],
    [
      'Жанаозен, 3 ноября 2025 года. В квартире задержанного нашли ещё 800 граммов «товара» и весы.',
      { amountKg: 0.8 },
    ],
  ])('reads «%s»', async (text, figures) => {
    expect(await seizures(text)).toEqual([expect.objectContaining(figures)]);
  });

  it('takes no goods without quotes and no pieces without a weight for drugs', async () => {
    const found = await seizures(
      'Актобе, 3 ноября 2025 года. На складе нашли 800 кг товара без документов. При нём обнаружены 3 мобильных телефона.',
    );
    expect(found).toEqual([]);
  });
});

describe('the period’s tally of channels told after one channel', () => {
  it('reads «а всего … перекрыто N каналов» after a channel of the same sentence', async () => {
    const found = await channels(
      'Уральск, 3 ноября 2025 года. Это уже третий канал из России, пресечённый в регионе с начала года, а всего с января перекрыто 9 каналов поставки.',
    );
    expect(found).toContainEqual(expect.objectContaining({ quote: '9 каналов поставки', count: 9 }));
  });

  it('reads no tally where «всего» counts something else', async () => {
    const found = await channels(
      'Уральск, 3 ноября 2025 года. Пресечён канал поставки из Самары, а всего задержаны 9 курьеров.',
    );
    expect(found.map((c) => c.count)).toEqual([1]);
  });
});
