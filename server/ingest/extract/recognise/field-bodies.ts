import { covered, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { placeAfter } from './body-places.ts';
import { newBody } from './new-body.ts';
import { parentAfter } from './parent-after.ts';

/** Nouns that open a body named by its field: «Департамент экономических расследований по …». */
const FIELD_HEADS = new Set([
  'департамент',
  'управление',
  'комитет',
  'служба',
  'агентство',
  'инспекция',
  'центр',
]);

/**
 * A body named by its field and a place: «Департаменту экономических расследований по Туркестанской
 * области», «Управление уголовно-исполнительной системы по Павлодарской области». The head is capitalised,
 * up to four words in the genitive name the field, and «по» a place the gazetteer knows. Proposed as new.
 */
export function fieldBodyAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const t = sc.tokens;
  const head = t[i];
  if (!head || !/^\p{Lu}\p{Ll}/u.test(head.text) || ![...head.forms].some((f) => FIELD_HEADS.has(f)))
    return null;
  let j = i + 1;
  // «Департамент Комитета медицинского и фармацевтического контроля Министерства здравоохранения РК по СКО»:
  // a committee's department names its committee and ministry, with «и» and «РК» among the genitives.
  while (j < t.length && j - i <= 9 && !covered(sc, j) && fieldWord(ctx, t[j]!.text, t[j - 1]!.text)) j++;
  if (t[j - 1]?.text === 'и') return null;
  if (j === i + 1 || t[j]?.text !== 'по') return null;
  const place = placeAfter(ctx, sc, j);
  if (!place?.entry || place.implied) return null;
  const body = newBody(ctx, sc, { from: i, to: place.to, headTo: j }, place.regionId);
  parentAfter(ctx, sc, body);
  return body;
}

function fieldWord(ctx: DocumentContext, word: string, before: string): boolean {
  if (word === 'и') return genitive(ctx, before.toLowerCase());
  // «Департамент Пограничной службы КНБ РК по …»: the service's own body abbreviated among the genitives.
  if (word === 'РК' || /^(?:КНБ|МВД|МЮ|МФ|АФМ|ГП|МЧС)$/u.test(word)) return true;
  return genitive(ctx, /^\p{Lu}\p{Ll}+$/u.test(word) && before !== 'и' ? word.toLowerCase() : word);
}

function genitive(ctx: DocumentContext, word: string): boolean {
  return (
    /^[а-яё-]+$/u.test(word) &&
    ctx.morph(word).some((p) => ['NOUN', 'ADJF', 'PRTF'].includes(p.tag.POS ?? '') && p.tag.CAse === 'gent')
  );
}
