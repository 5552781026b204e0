import { covered, type DocumentContext, type SentenceContext } from '../context.ts';
import { linkedMention } from './known-entities.ts';

/** «областях», «областей», «областям», «областями»: one head noun shared by a list of regions. */
const PLURAL_HEAD = /^област(?:ях|ей|ям|ями)$/iu;

/**
 * Regions listed by their adjectives before one plural «областях» («в Туркестанской, Жамбылской и Алматинской
 * областях», «в Жамбылской (684 кг) и Туркестанской (512 кг) областях»): the gazetteer reads only the last
 * adjective with the noun, so each earlier one is read with that noun too. A word the gazetteer does not
 * read as a region with it («в крупных и Алматинской областях») ends the list.
 */
export function findRegionLists(ctx: DocumentContext, sc: SentenceContext): void {
  const t = sc.tokens;
  for (let h = 1; h < t.length; h++) {
    const head = t[h]!;
    if (!PLURAL_HEAD.test(head.text)) continue;
    // The gazetteer's own mention of the last region ends at the head; a parenthesis may stand between.
    const own = sc.mentions.find((m) => m.label === 'Region' && m.to === h + 1 && m.from === h - 1);
    let k = own ? wordBefore(ctx, sc, own.from, JOINER) : wordBefore(ctx, sc, h, PARENTHESIS);
    while (k >= 0 && !covered(sc, k)) {
      const entry = ctx.index
        .matchAt([t[k]!, head], 0)
        .find((m) => m.entry.label === 'Region' && m.to === 2)?.entry;
      if (!entry) break;
      sc.mentions.push(linkedMention(ctx, entry, sc, k, k + 1, 0.85));
      k = wordBefore(ctx, sc, k, JOINER);
    }
  }
}

/** «, » or « и », after a parenthesis or not («Жамбылской (684 кг) и »). */
const JOINER = /(?:\s*\([^()]{0,40}\))?(?:\s*,\s*|\s+и\s+)$/u;
/** « (512 кг) » between the last adjective and the head. */
const PARENTHESIS = /\s+\([^()]{0,40}\)\s*$/u;

/** The token that ends right before what `gap` matches before token k, or -1. */
function wordBefore(ctx: DocumentContext, sc: SentenceContext, k: number, gap: RegExp): number {
  const from = sc.sentence.start;
  const found = gap.exec(ctx.folded.slice(from, sc.tokens[k]!.start));
  if (!found) return -1;
  const end = from + found.index;
  return sc.tokens.findIndex((x) => x.end === end);
}
