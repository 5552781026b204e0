import type { Morph } from './az-morph.ts';
import {
  ALL_CASES as ALL,
  capitalise,
  cases as set,
  type Case,
  type Gender,
  type NameReading,
} from './name-readings.ts';

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
