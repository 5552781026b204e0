import anyAscii from 'any-ascii';
import { describe, expect, it } from 'vitest';
import { anyAsciiLatin, latinForms, passportLatin, searchAliases } from '../../seed/transliterate.ts';

describe('any-ascii 0.3.3 on Kazakh letters', () => {
  // What the reference table (§5) says any-ascii does, checked against the installed package.
  it.each([
    ['ә', 'a'],
    ['ғ', 'gh'], // the reference table says "g": any-ascii actually gives "gh"
    ['қ', 'q'],
    ['ң', 'ng'],
    ['ө', 'o'],
    ['ұ', 'u'],
    ['ү', 'u'],
    ['һ', 'h'],
    ['і', 'i'],
  ])('%s → %s (and upper case)', (kazakh, latin) => {
    expect(anyAscii(kazakh)).toBe(latin);
    expect(anyAscii(kazakh.toUpperCase()).toLowerCase()).toBe(latin);
  });

  it('romanises Kazakh place names', () => {
    expect(anyAscii('Солтүстік Қазақстан облысы')).toBe('Soltustik Qazaqstan oblysy');
    expect(anyAscii('Қарағанды')).toBe('Qaraghandy');
  });
});

describe('passport-style romanisation', () => {
  it.each([
    ['ә ғ қ ң ө ұ ү і', 'a g k n o u u i'],
    ['Көкшетау', 'Kokshetau'],
    ['Жаңаөзен', 'Zhanaozen'],
    ['Северо-Казахстанской', 'Severo-Kazakhstanskoi'],
    ['Ельцин', 'Eltsin'],
    ['Щучинск', 'Shchuchinsk'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(passportLatin(cyrillic)).toBe(latin);
  });
});

describe('Latin forms of the people in the article', () => {
  it('gives the forms the search must find', () => {
    expect(latinForms('Бауыржан Аленов')).toEqual(['Bauyrzhan Alenov']);
    expect(latinForms('Аскар Мухаметкалиев')).toEqual(['Askar Mukhametkaliev']);
    expect(latinForms('Бауржан Аленов')).toEqual(['Baurzhan Alenov']);
  });

  it('keeps both forms where any-ascii and passport style differ (й → y / i)', () => {
    expect(latinForms('Северо-Казахстанской')).toEqual(['Severo-Kazakhstanskoy', 'Severo-Kazakhstanskoi']);
  });

  it('leaves Latin text alone and drops apostrophes from ь', () => {
    expect(latinForms('Alenov')).toEqual([]);
    expect(anyAsciiLatin('Ельцин')).toBe('Eltsin');
  });

  it('builds stable search aliases without repeating name or nameEn', () => {
    const node = {
      name: 'Бауыржан Аленов',
      nameEn: 'Bauyrzhan Alenov',
      aliases: ['Аленов', 'Бауржан Аленов'],
    };
    expect(searchAliases(node)).toEqual(['Аленов', 'Бауржан Аленов', 'Alenov', 'Baurzhan Alenov']);
    expect(searchAliases(node)).toEqual(searchAliases(node));
  });

  it('adds the Kazakh name and its romanisations', () => {
    const node = {
      name: 'Карагандинская область',
      nameEn: 'Karaganda Region',
      nameKk: 'Қарағанды облысы',
      aliases: [],
    };
    expect(searchAliases(node)).toEqual(
      expect.arrayContaining([
        'Қарағанды облысы',
        'Qaraghandy oblysy',
        'Karagandy oblysy',
        'Karagandinskaya oblast',
      ]),
    );
  });
});
