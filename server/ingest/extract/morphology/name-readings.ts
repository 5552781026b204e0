import type { Morph } from './az-morph.ts';

export type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
export type Gender = 'male' | 'female';

export const CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** One way to read a name word: its nominative, the gender and cases it fits, and how sure we are. */
export interface NameReading {
  lemma: string;
  /** null: fits either gender (indeclinable Kazakh patronymic surnames, Fixd names). */
  gender: Gender | null;
  cases: ReadonlySet<Case>;
  score: number;
}

const ALL = new Set<Case>(CASES);
const set = (...cases: Case[]) => new Set<Case>(cases);

/** Restores the capitalisation of a lower-case lemma from the word it came from ("бауыржан" → "Бауыржан"). */
export function capitalise(lemma: string): string {
  return lemma.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function azGender(grammeme: unknown): Gender | null {
  return grammeme === 'masc' ? 'male' : grammeme === 'femn' ? 'female' : null;
}

/**
 * Readings of a first name. Az.js's dictionary (and its suffix predictor) tags first names `Name`; the
 * dictionary's own entries score highest. When it has none, the word's case endings are undone by the
 * Russian paradigms (Динары → Динара, Асели → Асель, Ерлана → Ерлан), scored low.
 */
export function firstNameReadings(morph: Morph, word: string): NameReading[] {
  const out: NameReading[] = [];
  for (const parse of morph(word)) {
    if (!parse.tag.Name || parse.tag.NMbr === 'plur') continue;
    const fixed = Boolean(parse.tag.Fixd);
    out.push({
      lemma: capitalise(parse.normalize().word),
      gender: azGender(parse.tag.GNdr),
      cases: fixed ? ALL : set(parse.tag.CAse as Case),
      score: parse.parser === 'Dictionary' ? 1 : 0.6,
    });
  }
  for (const [lemma, gender, cases] of undoFirstNameEnding(word)) {
    const known = morph(lemma).some(
      (p) => p.tag.Name && p.parser === 'Dictionary' && azGender(p.tag.GNdr) === gender,
    );
    out.push({
      lemma,
      gender,
      cases,
      score: known
        ? 0.8
        : predicted(morph, lemma, gender)
          ? 0.4
          : cases === ALL && lemma === word
            ? indeclinableScore(word)
            : 0.2,
    });
  }
  return out;
}

// prettier-ignore
const FIRST_NAME_ENDINGS: [ending: string, restore: string, gender: Gender, cases: Case[]][] = [
  ['ии', 'ия', 'female', ['gent', 'datv', 'loct']], ['ию', 'ия', 'female', ['accs']], ['ией', 'ия', 'female', ['ablt']],
  ['ы', 'а', 'female', ['gent']], ['е', 'а', 'female', ['datv', 'loct']], ['у', 'а', 'female', ['accs']],
  ['ой', 'а', 'female', ['ablt']], ['и', 'ь', 'female', ['gent', 'datv', 'loct']], ['ью', 'ь', 'female', ['ablt']],
  ['и', 'а', 'female', ['gent']], ['ю', 'я', 'female', ['accs']], ['ей', 'я', 'female', ['ablt']],
  ['а', '', 'male', ['gent', 'accs']], ['у', '', 'male', ['datv']], ['ом', '', 'male', ['ablt']],
  ['е', '', 'male', ['loct']], ['я', 'й', 'male', ['gent', 'accs']], ['ю', 'й', 'male', ['datv']],
  ['ем', 'й', 'male', ['ablt']], ['е', 'й', 'male', ['loct']], ['я', 'ь', 'male', ['gent', 'accs']],
  ['ю', 'ь', 'male', ['datv']], ['ем', 'ь', 'male', ['ablt']], ['е', 'ь', 'male', ['loct']],
];

/** Vowel-final indeclinable names (Сауле) are likelier than a made-up stem; consonant-final ones less so. */
function indeclinableScore(word: string): number {
  return /[еиоуэю]$/i.test(word) ? 0.25 : 0.15;
}

/** True when the analyser predicts `lemma` to be a nominative first name of that gender. */
function predicted(morph: Morph, lemma: string, gender: Gender): boolean {
  return morph(lemma).some((p) => p.tag.Name && p.tag.CAse === 'nomn' && azGender(p.tag.GNdr) === gender);
}

function undoFirstNameEnding(word: string): [string, Gender, ReadonlySet<Case>][] {
  const out: [string, Gender, ReadonlySet<Case>][] = [];
  if (/[бвгджзклмнпрстфхцчшщ]$/i.test(word)) {
    out.push([word, 'male', set('nomn')]);
    // Many Kazakh women's names end in a consonant and do not decline (Жанар, Самал, Ботагоз).
    out.push([word, 'female', ALL]);
  }
  if (/[ая]$/i.test(word)) out.push([word, 'female', set('nomn')]);
  // Names ending in another vowel do not decline (Сауле, Гаухар is consonant-final and handled above).
  if (/[еиоуэю]$/i.test(word)) out.push([word, 'female', ALL], [word, 'male', ALL]);
  for (const [ending, restore, gender, cases] of FIRST_NAME_ENDINGS) {
    if (word.length - ending.length < 3 || !word.toLowerCase().endsWith(ending)) continue;
    out.push([word.slice(0, -ending.length) + restore, gender, set(...cases)]);
  }
  return out;
}

/** Kazakh patronymic surnames (Абдигалиулы, Сапарұлы, Кайраткызы) and surnames in -ко, -их, -ых never decline. */
const INDECLINABLE_SURNAME = /(?:улы|ұлы|уулу|кызы|қызы|гызы|ко|их|ых|ово|аго|яго)$/i;
const POSSESSIVE_SURNAME = /^(.+(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ою)?$/i;
const ADJECTIVE_SURNAME = /^(.+(?:ск|цк))(ий|ого|ому|им|ом|ая|ой|ую)$/i;

/** Readings of a surname from its ending (Russian and Kazakh surnames follow a few paradigms). */
export function surnameReadings(word: string): NameReading[] {
  if (INDECLINABLE_SURNAME.test(word)) return [{ lemma: word, gender: null, cases: ALL, score: 1 }];
  const possessive = POSSESSIVE_SURNAME.exec(word);
  if (possessive) {
    const stem = possessive[1]!;
    const ending = (possessive[2] ?? '').toLowerCase();
    const female = stem + (stem === stem.toUpperCase() ? 'А' : 'а');
    // prettier-ignore
    const table: Record<string, NameReading[]> = {
      '': [{ lemma: stem, gender: 'male', cases: set('nomn'), score: 1 }],
      а: [{ lemma: stem, gender: 'male', cases: set('gent', 'accs'), score: 1 }, { lemma: female, gender: 'female', cases: set('nomn'), score: 1 }],
      у: [{ lemma: stem, gender: 'male', cases: set('datv'), score: 1 }, { lemma: female, gender: 'female', cases: set('accs'), score: 1 }],
      ым: [{ lemma: stem, gender: 'male', cases: set('ablt'), score: 1 }],
      е: [{ lemma: stem, gender: 'male', cases: set('loct'), score: 1 }],
      ой: [{ lemma: female, gender: 'female', cases: set('gent', 'datv', 'ablt', 'loct'), score: 1 }],
      ою: [{ lemma: female, gender: 'female', cases: set('ablt'), score: 1 }],
    };
    return table[ending] ?? [];
  }
  const adjective = ADJECTIVE_SURNAME.exec(word);
  if (adjective) {
    const stem = adjective[1]!;
    const ending = adjective[2]!.toLowerCase();
    const male = ['ий', 'ого', 'ому', 'им', 'ом'].indexOf(ending);
    const female = ['ая', 'ой', 'ую'].indexOf(ending);
    const out: NameReading[] = [];
    if (male >= 0)
      out.push({
        lemma: `${stem}ий`,
        gender: 'male',
        cases: set(
          (['nomn', 'gent', 'datv', 'ablt', 'loct'] as const)[male]!,
          ...(male === 1 ? (['accs'] as const) : []),
        ),
        score: 1,
      });
    if (female >= 0)
      out.push({
        lemma: `${stem}ая`,
        gender: 'female',
        cases: female === 0 ? set('nomn') : female === 1 ? set('gent', 'datv', 'ablt', 'loct') : set('accs'),
        score: 1,
      });
    return out;
  }
  // Other surnames (Ким, Пак, Цой, Шевченко…): men's decline like nouns, women's do not.
  const out: NameReading[] = [{ lemma: word, gender: null, cases: set('nomn'), score: 0.6 }];
  out.push({ lemma: word, gender: 'female', cases: ALL, score: 0.5 });
  if (/[бвгджзклмнпрстфхцчшщ]$/i.test(word))
    out.push({ lemma: word, gender: 'male', cases: set('nomn'), score: 0.6 });
  for (const [ending, cases] of [
    ['а', ['gent', 'accs']],
    ['у', ['datv']],
    ['ом', ['ablt']],
    ['е', ['loct']],
  ] as const) {
    const stem = word.slice(0, -ending.length);
    if (word.toLowerCase().endsWith(ending) && /[бвгджзклмнпрстфхцчшщ]$/i.test(stem) && stem.length >= 2)
      out.push({ lemma: stem, gender: 'male', cases: set(...cases), score: 0.5 });
  }
  return out;
}

/** Readings of a patronymic (Серикович, Ерлановна), Russian-style. */
export function patronymicReadings(word: string): NameReading[] {
  const male = /^(.+(?:ович|евич|ич))(а|у|ем|е)?$/i.exec(word);
  if (male) {
    const cases: Record<string, Case[]> = {
      '': ['nomn'],
      а: ['gent', 'accs'],
      у: ['datv'],
      ем: ['ablt'],
      е: ['loct'],
    };
    return [
      { lemma: male[1]!, gender: 'male', cases: set(...cases[(male[2] ?? '').toLowerCase()]!), score: 1 },
    ];
  }
  const female = /^(.+(?:овн|евн|ичн|иничн))(а|ы|е|у|ой)$/i.exec(word);
  if (female) {
    const cases: Record<string, Case[]> = {
      а: ['nomn'],
      ы: ['gent'],
      е: ['datv', 'loct'],
      у: ['accs'],
      ой: ['ablt'],
    };
    return [
      {
        lemma: `${female[1]!}а`,
        gender: 'female',
        cases: set(...cases[female[2]!.toLowerCase()]!),
        score: 1,
      },
    ];
  }
  return [];
}
