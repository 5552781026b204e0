import { covered, type DocumentContext, type SentenceContext } from '../context.ts';

const DISTRICT = /^(?:района|районов)$/iu;
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ского|цкого|ного|ого|его)$/u;

/**
 * «аким Каратальского района», «прокурору Сарысуского района»: a district the graph has no node for, named
 * by its adjective, is the object of the post all the same — the post is the district's own, not a title
 * named in general terms. Returns the token after the object, or undefined.
 */
export function districtObjectEnd(ctx: DocumentContext, sc: SentenceContext, at: number): number | undefined {
  const adjective = sc.tokens[at];
  const noun = sc.tokens[at + 1];
  if (!adjective || !noun || covered(sc, at) || covered(sc, at + 1)) return undefined;
  if (!CAPITALISED_ADJECTIVE.test(adjective.text) || !DISTRICT.test(noun.text)) return undefined;
  if (!/^\s+$/u.test(ctx.text.slice(adjective.end, noun.start))) return undefined;
  return at + 2;
}
