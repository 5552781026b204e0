import type { DocumentContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { ITEM_NOUN } from './counted-nouns.ts';

/**
 * «1 870 расфасованных доз альфа-PVP», «38 бумажных свёртков с героином», «120 полимерных «зип-пакетов»»,
 * «500 упакованных в фольгу доз», «60 готовых к сбыту свёртков»: pieces counted with words describing them between the number and the
 * noun. The figure reads the first word as its noun; the pieces are the noun a few adjectives or a packing
 * participle later. «хватило бы на 40 тыс. разовых доз» is what a seizure would have made, not pieces
 * seized; «более 400 пустых пакетиков» are packing seized beside the drug, no drug at all.
 */
const DESCRIBED = new RegExp(
  String.raw`^\s+((?:(?:(?:рас)?фасованн|упакованн)\p{L}*\s+(?:в|по)\s+[\p{L}-]+\s+|(?:готов\p{L}*\s+к\s+(?:сбыту|продаже|реализации)|предназначенн\p{L}*\s+для\s+(?:сбыта|продажи))\s+|(?!разов|условн|потенциальн|пуст)[\p{L}-]+(?:ых|их|ые|ие)\s+){1,2})«?((?:[\p{L}]+-)?(?:${ITEM_NOUN.source.slice(1)})[\p{L}-]*)»?`,
  'iu',
);

/** «38 закладок общим весом 74 грамма»: the genitive plural of «закладка» drops the «к» stem ITEM_NOUN reads. */
const STASHES = /^закладок$/iu;
/** «92 плитки спрессованного гашиша»: hashish is pressed into slabs, counted as pieces. */
const SLABS = /^плит(?:к|ок)/iu;

/** The item a count of pieces names, and how many characters after the figure its words take. */
export function seizureItem(ctx: DocumentContext, f: Figure): { noun: string; length: number } | undefined {
  if (f.unit !== 'count') return undefined;
  const direct = /^\s+«?([\p{L}-]+)»?/u.exec(ctx.folded.slice(f.end));
  // «упакованных в фольгу доз»: «упаков…» names packs only as a noun, not as the participle.
  if (
    direct &&
    (ITEM_NOUN.test(direct[1]!) || STASHES.test(direct[1]!) || SLABS.test(direct[1]!)) &&
    !/нн\p{L}{2}$/u.test(direct[1]!)
  )
    return { noun: f.noun ?? direct[1]!, length: direct[0].length };
  const described = DESCRIBED.exec(ctx.folded.slice(f.end, f.end + 80));
  if (!described) return seizedDoses(ctx, f);
  const at = f.end + described[0].length - described[2]!.length - (described[0].endsWith('»') ? 1 : 0);
  return { noun: ctx.text.slice(at, at + described[2]!.length), length: described[0].length };
}

/**
 * «изъято более 3 тыс. разовых доз мефедрона», «обнаружено 1 200 разовых доз»: doses told right after the verb
 * that seizes them are pieces seized, not what a seizure would have made («хватило бы на 5 тыс. разовых доз»).
 */
const DOSES = /^\s+разов\p{L}*\s+(доз\p{L}*)/iu;
const SEIZED_BEFORE =
  /(?<!\p{L})(?:изъят|изъял|обнаружен|обнаружил|выявлен|выявил|найден|нашли)\p{L}*(?:\s+(?:более|свыше|около|почти|порядка|не\s+менее))?\s*$/iu;

function seizedDoses(ctx: DocumentContext, f: Figure): { noun: string; length: number } | undefined {
  const doses = DOSES.exec(ctx.folded.slice(f.end, f.end + 40));
  if (!doses || !SEIZED_BEFORE.test(ctx.folded.slice(Math.max(0, f.start - 40), f.start))) return undefined;
  const at = f.end + doses[0].length - doses[1]!.length;
  return { noun: ctx.text.slice(at, at + doses[1]!.length), length: doses[0].length };
}
