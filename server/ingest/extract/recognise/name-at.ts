import { covered, type DocumentContext, type SentenceContext } from '../context.ts';
import type { NameParts } from '../morphology/person-nominative.ts';
import {
  adjacent,
  CAPITALISED,
  isFirstName,
  isInitial,
  KAZAKH_PATRONYMIC,
  NOMINATIVE_MALE_SURNAME,
  PATRONYMIC,
  SURNAME,
  surnameLike,
  thingAsName,
  unknownWord,
} from './name-words.ts';

/**
 * The name starting at token `i`, in any of the orders the press writes: initials and surname, surname and
 * initials, surname first, first name (and patronymic) first; null when the words there are no name.
 */
export function nameAt(
  ctx: DocumentContext,
  sc: SentenceContext,
  i: number,
): { from: number; to: number; parts: NameParts } | null {
  const t = sc.tokens;
  const w = (k: number) => (k < t.length && !covered(sc, k) && adjacent(ctx, t, k) ? t[k]!.text : '');
  // "А. Фамилия" / "А.Б. Фамилия"
  if (isInitial(ctx, t, i)) {
    let k = i;
    while (isInitial(ctx, t, k)) k++;
    if (SURNAME.test(w(k))) return { from: i, to: k + 1, parts: { last: t[k]!.text } };
    return null;
  }
  const a = t[i]!.text;
  // «Сарбасов Е.Б.», «Ахметова А.»: a surname with the initials after it, as official lists write it.
  if (SURNAME.test(a) && w(i + 1) && isInitial(ctx, t, i + 1)) {
    let k = i + 1;
    while (k < t.length && adjacent(ctx, t, k) && isInitial(ctx, t, k)) k++;
    return { from: i, to: k, parts: { last: a } };
  }
  const b = w(i + 1);
  const c = w(i + 2);
  if (!b) return null;
  // «Ахметов Нурлан Касымович»: the surname first; tried before «Имя Фамилия», which a surname
  // read as a name (Ахмет-ов) and a first name read as a surname could both pass.
  if (SURNAME.test(a) && !SURNAME.test(b) && isFirstName(ctx, b)) {
    if (PATRONYMIC.test(c) || KAZAKH_PATRONYMIC.test(c))
      return { from: i, to: i + 3, parts: { first: b, patronymic: c, last: a } };
    return { from: i, to: i + 2, parts: { first: b, last: a } };
  }
  // A surname's ending vouches for the word before it: «Дархан Есмуканов», «Жандос Ермекович Сапаргалиев».
  const patronymic = PATRONYMIC.test(b) || KAZAKH_PATRONYMIC.test(b);
  if (patronymic && SURNAME.test(c) && (isFirstName(ctx, a) || unknownWord(ctx, a)))
    return { from: i, to: i + 3, parts: { first: a, patronymic: b, last: c } };
  // «Андрей Павлович Гуржий», «Арман Болатович Сейткали»: after a first name and a patronymic, a capitalised
  // word is the surname whatever its ending (Ukrainian -ий/-юк, Kazakh surnames without -ов).
  if (patronymic && c && CAPITALISED.test(c) && isFirstName(ctx, a) && !ctx.index.byName(c).length)
    return { from: i, to: i + 3, parts: { first: a, patronymic: b, last: c } };
  if (
    // «Санжар Ерланович» (how an interviewer addresses him): a patronymic is no surname.
    (isFirstName(ctx, a) &&
      !PATRONYMIC.test(b) &&
      (SURNAME.test(b) || (CAPITALISED.test(b) && surnameLike(ctx, b)))) ||
    ((unknownWord(ctx, a) || (i > 0 && thingAsName(ctx, a) && NOMINATIVE_MALE_SURNAME.test(b))) &&
      SURNAME.test(b) &&
      !PATRONYMIC.test(b))
  )
    return { from: i, to: i + 2, parts: { first: a, last: b } };
  return null;
}
