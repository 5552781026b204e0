import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { ASSAY } from './assayed-seizures.ts';

/**
 * «57 «закладок» с мефедроном общим весом 96 граммов», «пакетиков с героином весом …»: the drug of the pieces
 * named before their weight (pieces with a drug «с …»; «брикетов гашиша общим весом» is a count and its mass).
 */
const WITH_DRUG =
  /(?:^|\s)с\s+([\p{L}-]+)\s+(?:общ(?:ей|им)\s+)?(?:массой|весом)\s+(?:(?:более|свыше|около|почти)\s+)?$/iu;
/**
 * «изъят мефедрон общей массой 1 120 граммов», «обнаружили гашиш весом 2,5 кг», «наркотическое средство
 * «марихуана» массой 300 граммов»: the drug told first, in the nominative, then its weight.
 */
const DRUG_FIRST =
  /(?:^|[\s,:])(?:(?:наркотическ\p{L}*\s+средств\p{L}*|психотропн\p{L}*\s+веществ\p{L}*|веществ\p{L}*)\s+)?(«?[\p{L}-]+»?)\s+(?:общ(?:ей|им)\s+)?(?:массой|весом)\s+(?:(?:более|свыше|около|почти)\s+)?$/iu;

export interface WeighedDrug {
  /** The drug in the nominative. */
  drug: string;
  /** Where the drug's words start, when told first: the seizure is quoted from there. */
  start?: number;
}

/** The drug a weight is of, when it is named before the weight rather than after it. */
export function weighedDrug(
  ctx: DocumentContext,
  sc: SentenceContext,
  amount: Figure,
  isDrug: (word: string) => boolean,
): WeighedDrug | undefined {
  const from = Math.max(sc.sentence.start, amount.start - 60);
  const lead = ctx.folded.slice(from, amount.start);
  const m = WITH_DRUG.exec(lead);
  if (m && isDrug(m[1]!)) return { drug: String(ctx.morph(m[1]!)[0]?.normalize().word ?? m[1]) };
  // «Согласно заключению эксперта, в свёртках находился героин массой 35 г»: the expertise weighs pieces told
  // before (assayed-seizures.ts), no seizure of its own.
  if (ASSAY.test(sc.sentence.text)) return undefined;
  const first = DRUG_FIRST.exec(lead);
  const word = first?.[1]!.replace(/[«»]/gu, '');
  if (!first || !word || !isDrug(word)) return undefined;
  // Only a noun in the nominative (or a quoted name) opens the seizure: «веществом массой» reads no drug.
  const quoted = first[1]!.startsWith('«');
  if (!quoted && !ctx.morph(word).some((p) => p.tag.POS === 'NOUN' && p.tag.CAse === 'nomn'))
    return undefined;
  return { drug: word, start: from + first.index + first[0].indexOf(first[1]!) };
}
