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

/** Every case: an indeclinable word fits them all. */
export const ALL_CASES: ReadonlySet<Case> = new Set<Case>(CASES);

/** A set of cases. */
export const cases = (...list: Case[]): ReadonlySet<Case> => new Set<Case>(list);

/** Restores the capitalisation of a lower-case lemma from the word it came from ("бауыржан" → "Бауыржан"). */
export function capitalise(lemma: string): string {
  return lemma.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
