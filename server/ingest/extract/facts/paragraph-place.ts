import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/**
 * A digest's paragraph opens with the place its episode happened in, as a dateline of its own: «Темиртау.
 * Оперативниками УП города Темиртау …», «г. Балхаш. У жителя …». The lead is the place alone, optionally
 * after «г.» or «город», ended by a full stop («Алматы — крупнейший …» is a sentence about the city, no lead).
 */
const LEAD = /^\s*(?:(?:г\.|город)\s*)?(\p{Lu}[\p{L}-]*(?:[\s-]\p{Lu}[\p{L}-]*)?)\.(?:\s|$)/u;

/** The place a paragraph of `sc` opens with, when that lead is a place the gazetteer knows and nothing else. */
export function paragraphLeadPlace(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  const first = ctx.sentences.find((s) => s.sentence.paragraph === sc.sentence.paragraph);
  if (!first) return undefined;
  const lead = LEAD.exec(first.sentence.text);
  if (!lead) return undefined;
  const start = first.sentence.start + lead.index + lead[0].indexOf(lead[1]!);
  const end = start + lead[1]!.length;
  // The lead is a whole place the gazetteer knows, not the first word of a longer name.
  return first.mentions.find(
    (m) => (m.label === 'City' || m.label === 'Region') && m.start === start && m.end === end,
  );
}
