import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { matchWords } from './match-words.ts';
import { newBody } from './new-body.ts';

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

/** Abbreviated heads, in the genitive, so the district adjective before them agrees when put in the nominative. */
const SPELLED_GENITIVE: Record<string, string[]> = {
  РОП: ['районного', 'отдела', 'полиции'],
  РУП: ['районного', 'управления', 'полиции'],
  ГОП: ['городского', 'отдела', 'полиции'],
  ОП: ['отдела', 'полиции'],
  УП: ['управления', 'полиции'],
};

/** «Бурлинского», «Алмалинское», «Шуский», «Катон-Карагайского»: a place adjective, capitalised. */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:ск|цк)(?:ий|ого|ому|им|ом|ое|ая|ой|ую)$/u;

/**
 * A local police body named by the district or town before its head: «Бурлинского районного отдела полиции»,
 * «Шуский РОП», «Алмалинское УП». The district is not a graph place, so the body is new, in the region the
 * release is about (its parent department is inferred later, see unit-parents.ts).
 */
export function districtBodyAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const first = sc.tokens[i];
  if (!first || !PLACE_ADJECTIVE.test(first.text)) return null;
  // «Глубоковского» read capitalised is only a surname's form; in lower case it is the adjective it is here.
  const parses = [...ctx.morph(first.text), ...ctx.morph(first.text.toLowerCase())];
  if (!parses.some((p) => p.tag.POS === 'ADJF' || p.score < 0.2)) return null;
  const to = Math.max(0, ...LOCAL_HEADS.map((words) => matchWords(sc, i + 1, words)));
  if (to === 0) return null;
  if (!/^\s+$/.test(ctx.text.slice(first.end, sc.tokens[i + 1]!.start))) return null;
  // «Карасайского РОП» is «Карасайский районный отдел полиции».
  const spelled = to === i + 2 ? SPELLED_GENITIVE[sc.tokens[i + 1]!.text] : undefined;
  // The adjective in lower case, so that «Глубоковского» is not read as a surname.
  const words = spelled
    ? [first.text.toLowerCase().replace(/(?:ий|ое|ая|ом|ому|им|ой|ую)$/u, 'ого'), ...spelled]
    : sc.tokens.slice(i, to).map((t, k) => (k === 0 ? t.text.toLowerCase() : t.text));
  const phrase = nominativePhrase(ctx.morph, words);
  // «Катон-Карагайский»: each part of a double name capitalised again.
  const name = phrase.replace(/^\S+/u, (word) =>
    word.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase()),
  );
  return newBody(ctx, sc, { from: i, to, headTo: to, name }, ctx.homeRegionId ?? null);
}
