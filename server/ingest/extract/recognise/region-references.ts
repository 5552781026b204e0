import { covered, type DocumentContext, type SentenceContext } from '../context.ts';
import { linkedMention } from './known-entities.ts';

/** «другой области», «соседних регионов»: some other region, not the release's. */
const OTHER = /^(?:друг|соседн|все|всех|отдельн|нескольк|эт|наш|каждо|любо|разн|смежн|приграничн)/iu;

/**
 * «в регионе», «на территории области», «полицейские региона», «прокурор области»: the region a release is
 * about, named by its common noun. A mention of the home region (the one the document names most), in the
 * singular, when no adjective names another («Павлодарской области» is the gazetteer's, «соседней области»
 * is none).
 */
export function findRegionReferences(ctx: DocumentContext, sc: SentenceContext): void {
  const home = ctx.homeRegionId ? ctx.index.get(ctx.homeRegionId) : undefined;
  if (!home || /^город /iu.test(home.name)) return;
  for (let i = 0; i < sc.tokens.length; i++) {
    const token = sc.tokens[i]!;
    if (covered(sc, i) || !/^(?:регион|област)/iu.test(token.text)) continue;
    if (!token.forms.has('регион') && !token.forms.has('область')) continue;
    if (/(?:ов|ях|ям|ами|ей)$/iu.test(token.text)) continue; // plural: «регионов», «областях»
    const previous = sc.tokens[i - 1];
    if (previous && adjacent(ctx, previous.end, token.start) && isAdjective(ctx, previous.text)) continue;
    const mention = linkedMention(ctx, home, sc, i, i + 1, 0.6);
    mention.inferredBasis = `"${token.text}" names the region the release is about.`;
    sc.mentions.push(mention);
  }
}

function adjacent(ctx: DocumentContext, end: number, start: number): boolean {
  return /^\s+$/.test(ctx.text.slice(end, start));
}

function isAdjective(ctx: DocumentContext, word: string): boolean {
  if (OTHER.test(word)) return true;
  return ctx.morph(word).some((p) => p.tag.POS === 'ADJF' && p.score > 0.3);
}
