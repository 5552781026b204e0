import { ALL_CASES as ALL, cases as set, type Case, type NameReading } from './name-readings.ts';

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

/** Readings of a patronymic: Russian-style (Серикович, Ерлановна) or Kazakh (Болатулы, Маратқызы: indeclinable). */
export function patronymicReadings(word: string): NameReading[] {
  if (/(?:улы|ұлы|уулу)$/i.test(word)) return [{ lemma: word, gender: 'male', cases: ALL, score: 1 }];
  if (/(?:кызы|қызы)$/i.test(word)) return [{ lemma: word, gender: 'female', cases: ALL, score: 1 }];
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
