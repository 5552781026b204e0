import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';

/**
 * From a mass to the pieces it was packed in: «1,8 кг мефедрона, расфасованного в 340 свёртков», «420 граммов
 * мефедрона в 96 «закладках»», «2,5 кг гашиша, упакованного в 12 брикетов», «600 граммов героина (120 доз)»,
 * «3 кг прегабалина в виде 9 тыс. капсул», «380 граммов мефедрона, расфасованных на 760 доз», «90 граммов «соли» (альфа-PVP) — содержимое 15 закладок». A few words of
 * the drug, a participle of packing if any, then «в», «по», «на», «в виде» or a bracket.
 */
const PACKED =
  /^(?:\s+[\p{L}«»-]+|\s+\([\p{L}«»-]+\)){0,5}?(?:,?\s*(?:(?:рас)?фасованн?\p{L}*|упакованн?\p{L}*|разложенн?\p{L}*)(?:\s+[\p{L}-]+){0,2}?\s+(?:в|во|по|на)\s+|\s+в(?:\s+виде)?\s+|\s*\(\s*|\s*[—–-]\s*содержимое\s+)(?:(?:не\s+менее|более|свыше|около|почти|порядка)\s+)?«?$/iu;

/** What a drug is packed in: «свёртков», «закладок», «доз», «пакетиков», «брикетов», «таблеток», «капсул». */
const PACK_NOUN =
  /^(?:свертк|сверток|закладк|закладок|тайник|доз|пакет|брикет|таблет|капсул|ампул|флакон|шприц|упаков|порци|чек|бутыл|коробк|мешк|мешок|гриппер|зип)/iu;

/**
 * Each mass with the count of pieces the text says it was packed in, right after it in one clause: those
 * pieces are the seizure's `count`, not a second seizure.
 */
export function packsOf(ctx: DocumentContext, figures: readonly Figure[]): Map<Figure, Figure> {
  const out = new Map<Figure, Figure>();
  figures.forEach((mass, i) => {
    const next = figures[i + 1];
    if (mass.unit !== 'kg' || next?.unit !== 'count' || !PACK_NOUN.test(next.noun ?? '')) return;
    const gap = ctx.folded.slice(mass.end, next.start);
    if (/[.;:]/u.test(gap) || !PACKED.test(gap)) return;
    // «(120 доз)» closes its bracket; «в 96 «закладках»» needs nothing more.
    if (/\(\s*(?:[\p{L}\s]+)?«?$/u.test(gap) && !/^\s*«?[\p{L}-]+»?\s*\)/u.test(ctx.folded.slice(next.end)))
      return;
    out.set(mass, next);
  });
  return out;
}

/** «в каждом примерно по 5 граммов», «по 0,5 грамма в каждом»: what one piece holds. */
const EACH_BEFORE =
  /(?<!\p{L})кажд\p{L}*(?:\s+[\p{L}-]+)?\s+(?:(?:примерно|около|приблизительно)\s+)?по\s+(?:(?:около|примерно)\s+)?$/iu;
const EACH_AFTER = /^(?:\s+[\p{L}-]+){0,3}?\s+в\s+кажд\p{L}*/iu;

/** The mass of one of the pieces a seizure counts: no seizure of its own. */
export function eachPiece(ctx: DocumentContext, sc: SentenceContext, amount: Figure): boolean {
  const lead = ctx.folded.slice(Math.max(sc.sentence.start, amount.start - 40), amount.start);
  if (EACH_BEFORE.test(lead)) return true;
  return /(?<!\p{L})по\s+$/iu.test(lead) && EACH_AFTER.test(ctx.folded.slice(amount.end, amount.end + 60));
}
