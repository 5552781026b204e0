import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { matchWords, newBody } from './headed-bodies.ts';

/** Heads of a local police body named by its district or town adjective. */
const LOCAL_HEADS = [
  ['районный', 'отдел', 'полиция'],
  ['районный', 'управление', 'полиция'],
  ['городской', 'отдел', 'полиция'],
  ['городской', 'управление', 'полиция'],
  ['отдел', 'полиция'],
  ['управление', 'полиция'],
  ['роп'],
  ['руп'],
  ['гоп'],
  ['оп'],
  ['уп'],
];

/** «Бурлинского», «Алмалинское», «Шуский»: a place adjective, capitalised. */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ск|цк)(?:ий|ого|ому|им|ом|ое|ая|ой|ую)$/u;

/**
 * A local police body named by the district or town before its head: «Бурлинского районного отдела полиции»,
 * «Шуский РОП», «Алмалинское УП». The district is not a graph place, so the body is new, in the region the
 * release is about (its parent department is inferred later, see unit-parents.ts).
 */
export function districtBodyAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const first = sc.tokens[i];
  if (!first || !PLACE_ADJECTIVE.test(first.text)) return null;
  if (!ctx.morph(first.text).some((p) => p.tag.POS === 'ADJF' || p.score < 0.2)) return null;
  const to = Math.max(0, ...LOCAL_HEADS.map((words) => matchWords(sc, i + 1, words)));
  if (to === 0) return null;
  if (!/^\s+$/.test(ctx.text.slice(first.end, sc.tokens[i + 1]!.start))) return null;
  return newBody(ctx, sc, { from: i, to, headTo: to }, ctx.homeRegionId ?? null);
}
