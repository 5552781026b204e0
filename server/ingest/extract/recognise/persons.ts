import { foldName } from '../../gazetteer/fold-name.ts';
import { covered, tokenSpan, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { surnameReadings } from '../morphology/surname-readings.ts';
import { personNominative, type NameParts } from '../morphology/person-nominative.ts';
import { linkPerson } from './link-person.ts';
import { nameAt } from './name-at.ts';
import { CAPITALISED, isInitial, SURNAME } from './name-words.ts';
import { titledName } from './titled-name.ts';

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
    // «академия МВД имени Баримбека Бейсенова», «школа им. Абая»: a name inside an institution's name.
    if (
      parts &&
      /(?<!\p{L})(?:имени|им\.)\s*$/iu.test(ctx.folded.slice(Math.max(0, t[i]!.start - 8), t[i]!.start))
    ) {
      i = parts.to - 1;
      continue;
    }
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

// register and joinEarlier keep one node per person across the document: `known` maps each folded surname to
// the person last named with it, whom a later mention by that surname (with no other first name) joins.
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
