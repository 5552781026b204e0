import type { Morph } from './az-morph.ts';
import { firstNameReadings } from './first-name-readings.ts';
import { CASES, type Case, type Gender, type NameReading } from './name-readings.ts';
import { patronymicReadings, surnameReadings } from './surname-readings.ts';

/** A person's name brought to the nominative, with the case and gender it was read in. */
export interface PersonName {
  /** "Бауыржан Аленов" for "Бауыржана Аленова". */
  nominative: string;
  first: string | null;
  patronymic: string | null;
  last: string;
  gender: Gender | null;
  case: Case;
  /** 0..1: how well the words agree on one case and gender. */
  confidence: number;
}

export interface NameParts {
  first?: string;
  patronymic?: string;
  last: string;
}

/**
 * Brings a name to the nominative by choosing the one case and gender its words agree on: "Бауыржана"
 * (first name, masculine genitive per the dictionary) settles whether "Аленова" is his genitive or a woman's
 * nominative. Surnames follow their paradigms (-ов/-ова, -ский/-ская, indeclinable -улы/-кызы/-ко);
 * first names come from the dictionary or, failing that, from undoing Russian case endings. Confirming guesses
 * with a declension library (lvovich, petrovich) scored lower on our name list: see docs/ingestion.md.
 */
export function personNominative(morph: Morph, parts: NameParts): PersonName {
  const first = parts.first ? firstNameReadings(morph, parts.first) : null;
  const patronymic = parts.patronymic ? patronymicReadings(parts.patronymic) : null;
  const last = surnameReadings(parts.last);
  let best: { gender: Gender; case: Case; total: number; picks: (NameReading | null)[] } | undefined;
  for (const gender of ['male', 'female'] as const) {
    for (const grammaticalCase of CASES) {
      const picks = [first, patronymic, last].map((readings) =>
        readings ? pick(readings, gender, grammaticalCase) : null,
      );
      if (picks.some((reading, i) => reading === undefined && [first, patronymic, last][i])) continue;
      const total = picks.reduce((sum, reading) => sum + (reading?.score ?? 0), 0);
      if (!best || total > best.total + 1e-9)
        best = { gender, case: grammaticalCase, total, picks: picks as NameReading[] };
    }
  }
  if (!best) return asWritten(parts);
  const [f, p, l] = best.picks;
  const words = [f?.lemma ?? null, p?.lemma ?? null, l?.lemma ?? parts.last];
  const count = words.filter(Boolean).length;
  return {
    nominative: words.filter(Boolean).join(' '),
    first: words[0] ?? null,
    patronymic: words[1] ?? null,
    last: words[2]!,
    gender: best.picks.every((r) => !r || r.gender === null) ? null : best.gender,
    case: best.case,
    confidence: Math.min(1, best.total / count),
  };
}

function pick(readings: NameReading[], gender: Gender, grammaticalCase: Case): NameReading | undefined {
  let best: NameReading | undefined;
  for (const reading of readings) {
    if (reading.gender !== null && reading.gender !== gender) continue;
    if (!reading.cases.has(grammaticalCase)) continue;
    if (!best || reading.score > best.score) best = reading;
  }
  return best;
}

function asWritten(parts: NameParts): PersonName {
  const words = [parts.first ?? null, parts.patronymic ?? null, parts.last];
  return {
    nominative: words.filter(Boolean).join(' '),
    first: words[0] ?? null,
    patronymic: words[1] ?? null,
    last: parts.last,
    gender: null,
    case: 'nomn',
    confidence: 0.3,
  };
}
