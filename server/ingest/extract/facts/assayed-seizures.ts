import { seizureKey } from './seizure-entity.ts';
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';

// «изъято 48 свёртков с порошкообразным веществом. Экспертиза установила, что это мефедрон общей массой 112
// граммов»: pieces seized, then what they hold and how much they weigh, told by the expertise in the next
// sentence («Согласно заключению эксперта, в свёртках находился героин массой 35 г», «Как показало
// исследование, изъятое вещество является гашишем весом 1,2 кг»). It is the same seizure, now weighed.

/** The next sentence reports a test of what was seized. */
export const ASSAY = /(?:экспертиз|исследовани|заключени\p{L}*\s+(?:эксперт|специалист)|анализ)\p{L}*/iu;
/** A sentence that seizes something of its own is no assay of the one before. */
const SEIZES = /(?<!\p{L})(?:изъят|изъял|обнаружен|обнаружил|найден|нашли)\p{L}*/iu;
/** «это мефедрон общей массой», «является гашишем весом», «находился героин массой»: the drug, then its mass. */
const DRUG_WEIGHING =
  /(?:это|явля\p{L}*|оказал\p{L}*|находил\p{L}*|содерж\p{L}*|был[оаи]?)\s+(?:наркотическ\p{L}*\s+средств\p{L}*\s+)?«?([\p{L}-]+(?:\s+(?!общ)[\p{L}-]+)?)»?\s*(?:,\s*)?(?:общей\s+|общим\s+)?(?:массой|весом)\s+(?:(?:около|более|свыше|почти)\s+)?$/iu;

/**
 * «Внутри находились 230 пакетиков с застёжкой. Как показала экспертиза, это мефедрон общей массой 1 120 граммов»:
 * pieces only found, with no drug named, are a seizure when the next sentence's expertise weighs what they hold.
 */
export function assayedNext(ctx: DocumentContext, sc: SentenceContext, amount: Figure): boolean {
  const next = ctx.sentences[sc.index + 1];
  if (amount.unit !== 'count' || !next || !ASSAY.test(next.sentence.text) || SEIZES.test(next.sentence.text))
    return false;
  const masses = next.figures.filter((f) => f.unit === 'kg' && !f.isChange);
  return masses.length === 1 && DRUG_WEIGHING.test(ctx.folded.slice(next.sentence.start, masses[0]!.start));
}

/** Gives a seizure counted by the piece the mass and drug the next sentence's expertise reports. */
export function weighAssayedSeizures(ctx: DocumentContext, seizures: readonly Mention[]): void {
  for (const seizure of seizures) {
    const entity = ctx.builder.entityOf(seizureKey(seizure.name));
    if (!entity || entity.properties.amountKg !== undefined || entity.properties.count === undefined)
      continue;
    const sc = ctx.sentences.find((s) => s.sentence.start <= seizure.start && seizure.start < s.sentence.end);
    const next = sc && ctx.sentences[sc.index + 1];
    if (!next || !ASSAY.test(next.sentence.text) || SEIZES.test(next.sentence.text)) continue;
    const masses = next.figures.filter((f) => f.unit === 'kg' && !f.isChange);
    if (masses.length !== 1) continue;
    const mass = masses[0]!;
    const drug = DRUG_WEIGHING.exec(ctx.folded.slice(next.sentence.start, mass.start));
    if (!drug) continue;
    const drugStart = next.sentence.start + drug.index + drug[0].indexOf(drug[1]!);
    entity.properties = {
      ...entity.properties,
      amountKg: mass.value,
      substance: ctx.text.slice(drugStart, drugStart + drug[1]!.length),
    };
    ctx.builder.addMention(seizure.ref, { start: drugStart, end: mass.end });
  }
}
