import { covered, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { akimatDepartmentsAt } from './akimat-departments.ts';
import { newBody } from './new-body.ts';
import { relateNamedParent } from './parent-after.ts';

/** The level that makes a centre or dispensary one body of a region, city or the republic. */
const LEVELS = new Set(['областной', 'городской', 'республиканский', 'региональный', 'районный']);
/** What such a body treats, as its name's adjective: «наркологический диспансер». */
const MEDICAL = new Set(['наркологический', 'психоневрологический', 'реабилитационный']);

/**
 * Health bodies that take part in drug prevention: «Областной центр психического здоровья», «городского
 * наркологического диспансера», «Республиканский научно-практический центр психиатрии». A «центр» needs its
 * level and a field in the genitive after it («областной центр» alone is the regional capital); a
 * «диспансер» or «больница» its level or a medical adjective. A health directorate named right after it
 * («… Управления здравоохранения Акмолинской области») is its parent, as stated.
 */
export function healthCentreAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const t = sc.tokens;
  let j = i;
  while (j < t.length && j - i < 3 && !covered(sc, j) && isAdjective(ctx, t[j]!.text)) j++;
  const head = t[j];
  if (j === i || !head || covered(sc, j)) return null;
  const adjectives = t.slice(i, j).flatMap((x) => [...x.forms]);
  const level = adjectives.some((a) => LEVELS.has(a));
  let to = j + 1;
  if (head.forms.has('центр')) {
    if (!level) return null;
    to = genitiveTail(ctx, sc, j + 1);
    if (to === j + 1) return null;
  } else if (!['диспансер', 'больница'].some((h) => head.forms.has(h))) return null;
  else if (!level && !adjectives.some((a) => MEDICAL.has(a))) return null;
  const words = t.slice(i, j + 1).map((x) => x.text);
  const rest = ctx.text.slice(t[j]!.end, t[to - 1]!.end);
  const name = `${nominativePhrase(ctx.morph, words)}${rest}`;
  const centre = newBody(ctx, sc, { from: i, to, headTo: j + 1, name }, ctx.homeRegionId ?? null);
  const parent =
    t[to] && /^\s+$/u.test(ctx.text.slice(centre.end, t[to]!.start))
      ? akimatDepartmentsAt(ctx, sc, to)
      : null;
  if (parent) relateNamedParent(ctx, centre, parent);
  return parent ?? centre;
}

/** «психического здоровья», «медико-социальной реабилитации»: lower-case genitive words ending in a noun. */
function genitiveTail(ctx: DocumentContext, sc: SentenceContext, k: number): number {
  let to = k;
  let end = k;
  while (to < k + 3 && sc.tokens[to] && !covered(sc, to)) {
    const word = sc.tokens[to]!.text;
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word)) break;
    const parses = ctx.morph(word).filter((p) => p.tag.CAse === 'gent' && p.score > 0.1);
    if (!parses.some((p) => ['ADJF', 'NOUN'].includes(p.tag.POS ?? ''))) break;
    to++;
    if (parses.some((p) => p.tag.POS === 'NOUN')) end = to;
  }
  return end;
}

function isAdjective(ctx: DocumentContext, word: string): boolean {
  return /^\p{L}[\p{L}-]+$/u.test(word) && ctx.morph(word.toLowerCase()).some((p) => p.tag.POS === 'ADJF');
}
