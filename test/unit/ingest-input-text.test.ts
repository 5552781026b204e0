import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../server/ingest/input/detect-language.ts';
import { findDateline } from '../../server/ingest/input/find-dateline.ts';
import { normaliseText } from '../../server/ingest/input/normalise-text.ts';
import { toPartialDate } from '../../server/ingest/input/partial-date.ts';

describe('normaliseText: the one normalisation behind every offset', () => {
  it('unifies line breaks, spaces and invisible characters, and keeps punctuation as written', () => {
    const raw =
      '\uFEFFИтоги\r\n\r\n  Изъято 3\u00A0343\u202Fкг\t«гашиша» —  1,2\u00A0тонны.\rКо\u00ADнец\u200B\u2028';
    expect(normaliseText(raw)).toBe('Итоги\nИзъято 3 343 кг «гашиша» — 1,2 тонны.\nКонец');
  });

  it('composes decomposed letters (a PDF may write й as и + breve)', () => {
    const decomposed = 'Токтарови\u0306';
    expect(normaliseText(decomposed)).toBe('Токтаровй');
    expect(normaliseText(decomposed)).toHaveLength(decomposed.length - 1);
  });

  it('is idempotent: normalising a stored text changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
        expect(once).not.toMatch(/\r|\n\n|^\s|\s$|\u00A0| {2}/);
      }),
    );
  });
});

describe('detectLanguage', () => {
  it('keeps a Russian release that names Kazakh people and places', () => {
    const text =
      'Сотрудники ДП области Ұлытау и области Жетісу задержали Әлию Қасымқызы и Нұрлана Сейітұлы. ' +
      'Изъято более 12 тыс. доз, пресечено 8 каналов поставки из Кокшетау, Астаны и Алматы.';
    expect(detectLanguage(text).language).toBe('ru');
  });

  it('tells Kazakh, Ukrainian and English apart, and says why', () => {
    expect(
      detectLanguage('Жедел кеңес ішкі істер министрінің бірінші орынбасарының қатысуымен өтті.').language,
    ).toBe('kk');
    expect(
      detectLanguage(
        'Оперативна нарада пройшла в присутності першого заступника міністра, їх було євро ґанок.',
      ).language,
    ).toBe('uk');
    expect(detectLanguage('The operational meeting took place in Petropavl.')).toMatchObject({
      language: 'en',
    });
    expect(
      detectLanguage('Jedel keñes ışkı ıster mınıstrınıñ bırınşı orynbasarynyñ qatysuymen öttı.').language,
    ).toBe('kk');
    expect(detectLanguage('2024 — 3 343; 65,5 %').language).toBe('und');
  });
});

describe('findDateline', () => {
  it('reads a dateline near the top or the bottom', () => {
    expect(findDateline('Заголовок\nПетропавловск, 14 марта 2025 года\nТекст.')).toBe('2025-03-14');
    expect(findDateline('Заголовок\nТекст.\n14.03.2025')).toBe('2025-03-14');
    expect(findDateline('Заголовок\nТекст.\nМарт 2025 г.')).toBe('2025-03');
  });

  it('never takes a date from inside the story, or one without a year', () => {
    const story =
      'Заголовок\nТекст\n' +
      'Совещание прошло 12 февраля 2025 года в здании департамента, где обсудили очень много вопросов.\n'.repeat(
        1,
      );
    expect(findDateline(story)).toBeNull();
    expect(findDateline('Заголовок\nв срок до 1 марта\nТекст.')).toBeNull();
  });
});

describe('toPartialDate', () => {
  it('keeps the local date of ISO and PDF dates, and rejects non-dates', () => {
    expect(toPartialDate('2025-06-12T00:30:00+05:00')).toBe('2025-06-12');
    expect(toPartialDate('D:20250314090000Z')).toBe('2025-03-14');
    expect(toPartialDate('2025-06')).toBe('2025-06');
    expect(toPartialDate('2025-02-30')).toBeNull();
    expect(toPartialDate('вчера')).toBeNull();
  });
});
