import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { byWhom } from './by-whom.ts';
import { eradicatedPlants } from './counted-nouns.ts';
import { yearOf } from './event-year.ts';
import type { Figure } from '../recognise/figures.ts';
import { seizurePlace } from './seizure-places.ts';
import { seizureChange } from './seizure-change.ts';
import { eachPiece, packsOf } from './seizure-packs.ts';
import { seizureItem } from './seizure-items.ts';
import { continuedItems, labelledDrug } from './listed-seizures.ts';
import { assayedNext } from './assayed-seizures.ts';
import { weighedDrug } from './weighed-drugs.ts';
import { addSeizure } from './seizure-entity.ts';
import { seizurePartsAfter } from './seizure-parts.ts';

const SEIZED =
  /изъят\p{L}*|изъял\p{L}*|изъяв(?!\p{L})|обнаружен\p{L}* и изъят\p{L}*|конфисковал\p{L}*|задокументирован\p{L}*/iu;
/**
 * Verbs that report drugs found rather than seized («в тайниках обнаружено 420 граммов синтетических
 * наркотиков», «в гараже найдено 2,5 кг гашиша», «в тайнике которого находилось 8,4 кг гашиша», «партия – 860 граммов гашиша – выявлена при досмотре», «задержаны … с 38,7 кг гашиша», «пресечена попытка ввоза
 * 6,8 кг гашиша», «в багажнике которой перевозилось 4,3 кг марихуаны», «из незаконного оборота выведено 492 грамма
 * синтетики», «При нём — 40 свёртков с мефедроном»): a seizure only where the amount names a drug, so «обнаружено 3 кг» of anything else is not one.
 */
const FOUND =
  /(?<!\p{L})(?:обнаружен\p{L}*|обнаружил\p{L}*|находил(?:ся|ось|ась|ись)|хранил(?:ся|ось|ась|ись)|перевозил(?:ся|ось|ась|ись)?|выведен\p{L}*|выявлен\p{L}*|выявил\p{L}*|найден\p{L}*|нашли|при\s+(?:н[её]м|ней|них|себе)|собрал\p{L}*|собран\p{L}*|задержан\p{L}*|задержал\p{L}*|попытк\p{L}*\s+(?:незаконного\s+)?(?:ввоза|вывоза|провоза|перемещения|контрабанды|пересылки))/iu;
/** «в камерах хранения вещественных доказательств находились 46 кг»: drugs kept as evidence, found by a check. */
const EVIDENCE_STORE = /вещественн\p{L}*\s+доказательств|камер\p{L}*\s+хранения/iu;
const SUBSTANCE =
  /^\s*(?:-\s*ов\s*)?(?:,\s*предположительно\s+|с\s+)?((?:[\p{Ll}-]+\s+){0,2}?«?(?:наркотик\p{L}*|наркотическ\p{L}+ средств\p{L}*|психотропн\p{L}+ веществ\p{L}*|веществ\p{L}*|прекурсор\p{L}*|марихуан\p{L}*|гашиш\p{L}*|героин\p{L}*|кокаин\p{L}*|мефедрон\p{L}*|синтетическ\p{L}+(?:\s+(?:наркотик|веществ|средств)\p{L}*)?|синтетик\p{L}*|анаш\p{L}*|кодеин\p{L}*|курительн\p{L}+\s+смес\p{L}*|опи\p{L}+|конопл\p{L}+|маковой соломы|мака|насвай\p{L}*|амфетамин\p{L}*|метамфетамин\p{L}*|метадон\p{L}*|спайс\p{L}*|соли|альфа-pvp|pvp|мдма|экстази|лсд|«?трамадол\p{L}*|прегабалин\p{L}*|каннабис\p{L}*|кокаин\p{L}*|препарат\p{L}*|сырь[яеё]|(?<=«)товар\p{L}*)(?:(?<=«[^«»]*)»)?)/iu;

/**
 * «этого хватило бы на 17 тысяч доз», «из изъятого можно было изготовить 5 тыс. доз»: pieces a seizure would
 * have made (potential-yield.ts), not pieces seized.
 */
const YIELD_BEFORE =
  /(?:хватило\s+бы|хватит|можно\s+было\s+(?:бы\s+)?\p{L}+|рассчитан\p{L}*|эквивалентн\p{L}*)(?:\s+[\p{L}.]+){0,4}?\s+(?:на\s+)?(?:(?:не\s+)?(?:более|свыше|около|почти|порядка)(?:\s+чем)?\s+)?(?:на\s+)?$/iu;

/** «16 литров прекурсоров», «620 л реагентов»: liquids are seized by volume, not by mass or piece. */
const LITRES = /^(?:литр|л$)/iu;

/**
 * Seizures: "изъято свыше 770 кг различных наркотиков, в том числе 8 кг синтетических" → two seizures with
 * `amountKg`, `amountQualifier`, `substance` and `year` (relative dates resolved), INCLUDED_IN for
 * "в том числе"; items by the piece («свыше 3 тыс. таблеток синтетических наркотиков») with `count`; SEIZED
 * by the bodies named (by-whom.ts); OCCURRED_IN its place (seizure-places.ts).
 */
export function findSeizures(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  for (const sc of ctx.sentences) {
    const seized = SEIZED.test(sc.sentence.text);
    if (!seized && (!FOUND.test(sc.sentence.text) || EVIDENCE_STORE.test(sc.sentence.text))) continue;
    const found = seizuresIn(ctx, sc, sc, !seized);
    out.push(...found);
    for (const item of listItems(ctx, sc)) out.push(...seizuresIn(ctx, item, sc, !seized));
    if (!seized || found.length !== 1) continue;
    // «— изъято наркотических средств: 1,8 тонны; — в том числе синтетических наркотиков: 6,3 кг»: the drug
    // named before the colon, and the lines that go on with it, parts of the amount.
    nameLabelledDrug(ctx, sc, found[0]!);
    for (const item of continuedItems(ctx, sc)) {
      const parts = seizuresIn(ctx, item, sc);
      for (const part of parts) {
        nameLabelledDrug(ctx, item, part);
        ctx.builder.relate({
          type: 'INCLUDED_IN',
          from: part.ref,
          to: found[0]!.ref,
          evidence: { start: found[0]!.start, end: part.end },
          confidence: 0.8,
          ...(/^\s*(?:в\s+том\s+числе|из\s+них|включая)/iu.test(item.sentence.text)
            ? {}
            : {
                basis: 'A line of the results list after the total seized, naming a drug and its mass.',
                basisRu: 'Строка списка итогов после общего объёма изъятого: вид наркотика и его масса.',
              }),
        });
      }
      out.push(...parts);
    }
  }
  // «Изъято 12,4 кг наркотиков. Из них 9 кг марихуаны, …»: a total split by drug in the sentence after it.
  out.push(...seizurePartsAfter(ctx, out));
  return out;
}

/** A seizure with no drug after its amount takes the one its list label names. */
function nameLabelledDrug(ctx: DocumentContext, sc: SentenceContext, seizure: Mention): void {
  const entity = ctx.builder.entityByRef(seizure.ref);
  const drug = entity && entity.properties.substance === undefined ? labelledDrug(ctx, sc) : undefined;
  if (entity && drug) entity.properties = { ...entity.properties, substance: drug };
}

/**
 * A list line's mark, left outside the sentence by the segmenter or inside it: «–», «•», «▪», «▫️», «1)», «2.».
 * The number of a numbered line is no amount.
 */
const ITEM_MARK = /^\s*(?:[^\p{L}\p{N}\s«"„(]{1,3}|\d{1,2}[.)](?!\d))\s/u;

/**
 * «обнаружено и изъято:» followed by a dash list, one item a line («- 7,8 кг амфетамина;»): the items are
 * the seizures of the sentence that opens the list; who seized them is read there.
 */
function listItems(ctx: DocumentContext, sc: SentenceContext): SentenceContext[] {
  // The segmenter leaves the colon and the item dashes outside the sentences: read them in the text.
  if (!/^\s*:/.test(ctx.text.slice(sc.sentence.end, sc.sentence.end + 3))) return [];
  const items: SentenceContext[] = [];
  for (const next of ctx.sentences.slice(sc.index + 1)) {
    const lineStart = ctx.text.lastIndexOf('\n', next.sentence.start - 1) + 1;
    const line = ctx.text.slice(lineStart, next.sentence.end);
    if (!ITEM_MARK.test(line) || SEIZED.test(next.sentence.text)) break;
    items.push(next);
  }
  return items;
}

/**
 * The seizures whose amounts `sc` gives; `agentSc` is the sentence that says who seized them. `drugsOnly`: the
 * verb only says something was found, so an amount counts only with the drug it names.
 */
function seizuresIn(
  ctx: DocumentContext,
  sc: SentenceContext,
  agentSc: SentenceContext,
  drugsOnly = false,
): Mention[] {
  const out: Mention[] = [];
  // «что на 120 кг больше»: a change in mass is no seizure of its own.
  const counted = sc.figures.filter(
    (f) =>
      (f.unit === 'kg' && !f.isChange) ||
      (f.unit === 'count' &&
        f.noun &&
        (seizureItem(ctx, f) || LITRES.test(f.noun)) &&
        !YIELD_BEFORE.test(ctx.folded.slice(Math.max(sc.sentence.start, f.start - 60), f.start)) &&
        !eradicatedPlants(f.noun, ctx.folded.slice(Math.max(0, f.start - 40), f.start))),
  );
  const masses = massesOf(ctx, counted);
  const packs = packsOf(ctx, sc.figures);
  const amounts = counted.filter((f) => ![...masses.values(), ...packs.values()].includes(f));
  let whole: Mention | undefined;
  for (const amount of amounts) {
    const mass = masses.get(amount);
    const pack = packs.get(amount);
    // «3 тыс. таблеток синтетических наркотиков»: the substance follows the item counted.
    // «57 «закладок» с мефедроном»: the item may be quoted, the drug said «с …».
    // «1 870 расфасованных доз альфа-PVP»: words may describe the pieces before their noun.
    const pieces = seizureItem(ctx, amount);
    const item =
      amount.unit !== 'count'
        ? 0
        : (pieces?.length ?? /^\s+«?[\p{L}-]+»?/u.exec(ctx.folded.slice(amount.end))![0].length);
    const substance = SUBSTANCE.exec(ctx.folded.slice(amount.end + item, sc.sentence.end));
    const weighing =
      substance || amount.unit !== 'kg'
        ? undefined
        : weighedDrug(ctx, sc, amount, (w) => SUBSTANCE.test(` ${w}`));
    const weighed = weighing?.drug;
    // «обнаружены 48 свёртков … общим весом 61,4 грамма»: pieces weighed together are drugs' packs.
    if (drugsOnly && !substance && !weighed && !mass && !assayedNext(ctx, sc, amount)) continue;
    // «в каждом примерно по 5 граммов»: the mass of one piece, not a seizure of its own.
    if (amount.unit === 'kg' && eachPiece(ctx, sc, amount)) continue;
    const end = Math.max(
      substance ? amount.end + item + substance.index + substance[0].length : amount.end + item,
      mass?.end ?? 0,
    );
    const start = ctx.text
      .slice(Math.max(sc.sentence.start, amount.start - 12), amount.start)
      .match(/(?:свыше|более|около|почти|порядка|не менее)\s+$/iu)
      ? ctx.text.lastIndexOf(' ', amount.start - 2) + 1
      : amount.start;
    // «изъят мефедрон общей массой 1 120 граммов»: quoted from the drug told first.
    const span = { start: Math.max(weighing?.start ?? start, sc.sentence.start), end };
    const part =
      whole && /в том числе|из (?:них|которых)|включая/iu.test(ctx.text.slice(whole.end, amount.start));
    const written = ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ');
    const name = `Изъятие ${written}${weighed && weighing?.start === undefined ? ` (${weighed})` : ''}`;
    const mention = addSeizure(
      ctx,
      name,
      span,
      {
        ...(amount.unit === 'kg'
          ? { amountKg: amount.value, ...(pack ? { count: pack.value, item: pack.noun } : {}) }
          : LITRES.test(amount.noun ?? '')
            ? // Annotators write a volume either way: `volumeLitres`, or `value` with its unit.
              { volumeLitres: amount.value, value: amount.value, unit: 'litres' }
            : {
                count: amount.value,
                item: pieces?.noun ?? amount.noun,
                ...(mass ? { amountKg: mass.value } : {}),
              }),
        amountQualifier:
          amount.qualifier === 'over'
            ? 'over'
            : amount.qualifier === 'about'
              ? 'about'
              : amount.qualifier === 'under'
                ? 'under'
                : 'exactly',
        substance: substance ? substanceText(ctx, amount.end + item, substance) : weighed,
        ...yearOf(ctx, sc),
        ...seizureChange(ctx, sc, amount),
      },
      substance ? 0.85 : 0.7,
    );
    if (part && whole)
      ctx.builder.relate({
        type: 'INCLUDED_IN',
        from: mention.ref,
        to: whole.ref,
        evidence: { start: whole.start, end: span.end },
        confidence: 0.85,
      });
    else whole = mention;
    byWhom(ctx, agentSc, 'SEIZED', mention);
    seizurePlace(ctx, sc, mention, Boolean(part));
    out.push(mention);
  }
  return out;
}

/** The drug's words as written: they end where the substance match does, not where a mass after them does. */
function substanceText(ctx: DocumentContext, at: number, substance: RegExpExecArray): string {
  const end = at + substance.index + substance[0].length;
  return ctx.text.slice(end - substance[1]!.trim().length, end);
}

/**
 * «1 200 таблеток «экстази» общей массой 360 граммов», «48 свёртков, обмотанных изолентой, с порошком общим
 * весом 61 грамм», «86 свёртков с мефедроном, общий вес 170 граммов»: the mass of the pieces, not a second
 * seizure. A clause may describe the pieces before it when the mass is called their total («общ…»).
 */
const MASS_OF =
  /^(?:[^.;,]*?(?:общ(?:ей|им)\s+)?(?:массой|весом)|[^.;]{0,100}?(?:общ(?:ей|им)\s+(?:массой|весом)|,\s*общ(?:ий|ая)\s+(?:вес|масса)(?:\s*[—–:-])?))\s+(?:(?:более|свыше|около|почти|порядка)\s+)?$/iu;

/** Each count of pieces with the mass the text gives right after it. */
function massesOf(ctx: DocumentContext, amounts: Figure[]): Map<Figure, Figure> {
  const out = new Map<Figure, Figure>();
  amounts.forEach((count, i) => {
    const next = amounts[i + 1];
    if (
      count.unit === 'count' &&
      next?.unit === 'kg' &&
      MASS_OF.test(ctx.folded.slice(count.end, next.start))
    )
      out.set(count, next);
  });
  return out;
}
