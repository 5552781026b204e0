import type { GazetteerEntry } from '../../draft.ts';
import { foldName } from '../../gazetteer/fold-name.ts';
import { covered, tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { firstNameReadings } from '../morphology/first-name-readings.ts';
import { surnameReadings } from '../morphology/surname-readings.ts';
import { personNominative, type NameParts } from '../morphology/person-nominative.ts';
import type { FormToken } from '../../gazetteer/gazetteer-index.ts';
import { titledName } from './titled-name.ts';

const SURNAME =
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:ов|ев|ёв|ин|ын|ский|цкий|улы|ұлы|уулу|кызы|қызы|енко|ко|ых|их|ян|швили|дзе)(?:а|у|ым|е|ой|ою|ого|ому|им|ом|ая|ую)?$/u;
const NOMINATIVE_MALE_SURNAME = /(?:ов|ев|ёв|ин|ын|улы|ұлы)$/u;
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|ич|овн|евн|ичн)\p{Ll}{0,3}$/u;
/** «Ерлан Болатулы Сарбасов»: a Kazakh patronymic (son/daughter of Болат) between the first name and the surname. */
const KAZAKH_PATRONYMIC = /^\p{Lu}\p{Ll}+(?:улы|ұлы|уулу|кызы|қызы)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const INITIAL = /^\p{Lu}$/u;

/**
 * People: "Имя Фамилия", "Имя Отчество Фамилия", "Фамилия Имя [Отчество]", "А. Фамилия", "Фамилия А.Б.", on words no body or place took.
 * A word is a first name when the dictionary tags it so (many Kazakh names are there) and a surname by its
 * ending (-ов/-ева/-ин/-улы/-кызы…). Names are brought to the nominative; later surname-only mentions
 * ("Аленов отметил") join the person named earlier.
 */
export function findPersons(ctx: DocumentContext, sc: SentenceContext, known: Map<string, Mention>): void {
  const t = sc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (covered(sc, i) || (!CAPITALISED.test(t[i]!.text) && !isInitial(ctx, t, i))) continue;
    const parts = nameAt(ctx, sc, i) ?? titledName(ctx, sc, i);
    if (parts) {
      sc.mentions.push(register(ctx, sc, parts.from, parts.to, parts.parts, known));
      i = parts.to - 1;
      continue;
    }
    // A surname alone, of someone named earlier in the document (or known to the graph).
    const word = t[i]!.text;
    if (!SURNAME.test(word) || (i === 0 && !knownSurname(word, known))) continue;
    const earlier = knownSurname(word, known);
    if (earlier) sc.mentions.push(joinEarlier(ctx, sc, i, i + 1, earlier));
  }
}

function nameAt(
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

function isFirstName(ctx: DocumentContext, word: string): boolean {
  if (
    !CAPITALISED.test(word) ||
    (SURNAME.test(word) && !ctx.morph(word).some((p) => p.tag.Name && p.parser === 'Dictionary'))
  )
    return false;
  return firstNameReadings(ctx.morph, word).some((r) => r.score >= 0.6) && !isPlace(ctx, word);
}

/**
 * A capitalised word the dictionary does not know as a common word, place or body — likely a first name the
 * dictionary lacks (Дархан, Жандос) when a surname follows it.
 */
function unknownWord(ctx: DocumentContext, word: string): boolean {
  if (!CAPITALISED.test(word) || word.length < 3 || SURNAME.test(word)) return false;
  // The graph's places are places; a dictionary's faraway town (Дархан) or a guessed one (Жандос) is not.
  if (ctx.index.byName(word).length > 0) return false;
  return !ctx
    .morph(word)
    .some((p) => p.parser === 'Dictionary' && !p.tag.Name && !p.tag.Surn && !p.tag.Geox && p.score > 0.1);
}

/**
 * «Его предшественник Алмаз Сыздыков»: inside a sentence, a capitalised word the dictionary knows only as a
 * thing (алмаз) is a first name when a surname in the same case follows (not «Кубок Назарбаева»); a
 * person's word («Президент Токаев») is a title.
 */
function thingAsName(ctx: DocumentContext, word: string): boolean {
  if (!CAPITALISED.test(word) || isPlace(ctx, word)) return false;
  const parses = ctx.morph(word).filter((p) => p.parser === 'Dictionary' && p.score > 0.1);
  return parses.length > 0 && parses.every((p) => p.tag.POS === 'NOUN' && p.tag.inan === true);
}

/** A capitalised word after a first name that is no common word, place or body: Ким, Пак, Шевченко. */
function surnameLike(ctx: DocumentContext, word: string): boolean {
  const parses = ctx.morph(word);
  if (parses.some((p) => p.parser === 'Dictionary' && !p.tag.Surn && !p.tag.Name)) return false;
  return surnameReadings(word).length > 0 && !isPlace(ctx, word);
}

function isPlace(ctx: DocumentContext, word: string): boolean {
  return ctx.morph(word).some((p) => p.tag.Geox || p.tag.Orgn) || ctx.index.byName(word).length > 0;
}

function isInitial(ctx: DocumentContext, t: readonly FormToken[], k: number): boolean {
  const token = t[k];
  return Boolean(token && INITIAL.test(token.text) && ctx.text[token.end] === '.');
}

function adjacent(ctx: DocumentContext, t: readonly FormToken[], k: number): boolean {
  return /^[\s.]{1,3}$/.test(ctx.text.slice(t[k - 1]!.end, t[k]!.start));
}

function register(
  ctx: DocumentContext,
  sc: SentenceContext,
  from: number,
  to: number,
  parts: NameParts,
  known: Map<string, Mention>,
): Mention {
  const name = personNominative(ctx.morph, parts);
  const span = tokenSpan(sc, from, to);
  const surname = foldName(name.last);
  const earlier = known.get(surname);
  if (earlier && (!parts.first || !name.first || foldName(earlier.name).startsWith(foldName(name.first))))
    return joinEarlier(ctx, sc, from, to, earlier);
  // Named "Имя Фамилия", as the graph names people; the patronymic is only looked up ("Ерлан Болатулы Сарбасов").
  const short = name.first ? `${name.first} ${name.last}` : name.nominative;
  const { entry, alternatives } = linkPerson(ctx, name.nominative, surname, short);
  const ref = ctx.builder.entity({
    key: `Person|${entry?.id ?? foldName(short)}`,
    label: 'Person',
    name: entry?.name ?? short,
    existingId: entry?.id ?? null,
    alternatives,
    mention: span,
    confidence: 0.6 + 0.35 * name.confidence,
  });
  const mention: Mention = {
    ...span,
    label: 'Person',
    ref,
    name: entry?.name ?? short,
    existingId: entry?.id ?? null,
    from,
    to,
    surname,
  };
  known.set(surname, mention);
  return mention;
}

function joinEarlier(
  ctx: DocumentContext,
  sc: SentenceContext,
  from: number,
  to: number,
  earlier: Mention,
): Mention {
  const span = tokenSpan(sc, from, to);
  ctx.builder.entity({
    key: `Person|${earlier.existingId ?? foldName(earlier.name)}`,
    label: 'Person',
    name: earlier.name,
    existingId: earlier.existingId,
    mention: span,
    confidence: 0.5,
  });
  return { ...earlier, ...span, from, to };
}

function knownSurname(word: string, known: Map<string, Mention>): Mention | undefined {
  for (const reading of surnameReadings(word)) {
    const hit = known.get(foldName(reading.lemma));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The graph's person with exactly this name (or alias), else candidates sharing the surname as alternatives:
 * a surname alone is not enough to link.
 */
function linkPerson(
  ctx: DocumentContext,
  nominative: string,
  surname: string,
  short: string,
): { entry?: GazetteerEntry; alternatives: { id: string; name: string; score: number }[] } {
  const full = ctx.index.byName(nominative, 'Person');
  const exact = full.length > 0 ? full : ctx.index.byName(short, 'Person');
  if (exact.length === 1) return { entry: exact[0], alternatives: [] };
  const sameSurname = ctx.index.entries.filter(
    (e) =>
      e.label === 'Person' && [e.name, ...e.aliases].some((n) => foldName(n).split(' ').includes(surname)),
  );
  return {
    alternatives: [...exact, ...sameSurname]
      .slice(0, 5)
      .map((e) => ({ id: e.id, name: e.name, score: exact.includes(e) ? 0.8 : 0.4 })),
  };
}
