import type { FormToken } from '../../gazetteer/gazetteer-index.ts';
import { between, covered, type DocumentContext, type SentenceContext } from '../context.ts';
import type { NameParts } from '../morphology/person-nominative.ts';
import { RANK } from '../facts/post-time.ts';
import { CAPITALISED, isPlace } from './name-words.ts';

/** A rank, a post or a body right before the name: «полковник полиции», «… ДП Карагандинской области». */
const RANK_BEFORE = new RegExp(String.raw`(?<![\p{L}])${RANK}\s+$`, 'iu');

/**
 * «полковник полиции Алексей Гриневич», «начальник пресс-службы ДП … Ростислав Гайдамак»: after a rank, a
 * post or a body, the genre names a person in full, so a first name the dictionary knows followed by a
 * capitalised word mid-sentence is a first name and a surname whatever the surname's ending — one the
 * surname rules do not know (-ак), one that looks like a patronymic (Гриневич, Лукашевич) or a common word.
 * Not when a third capitalised word follows (the three-word names are read by their own rules).
 */
export function titledName(
  ctx: DocumentContext,
  sc: SentenceContext,
  i: number,
): { from: number; to: number; parts: NameParts } | null {
  const t = sc.tokens;
  const a = t[i]!;
  const b = t[i + 1];
  if (!b || covered(sc, i + 1) || !CAPITALISED.test(a.text) || !CAPITALISED.test(b.text)) return null;
  if (!/^\s$/u.test(ctx.text.slice(a.end, b.start))) return null;
  const c = t[i + 2];
  if (c && /^\s+$/u.test(ctx.text.slice(b.end, c.start)) && CAPITALISED.test(c.text)) return null;
  if (!firstName(ctx, a) || isPlace(ctx, b.text) || dictionaryPatronymic(ctx, b.text)) return null;
  const before = between(ctx, sc.sentence.start, a.start);
  const titled =
    RANK_BEFORE.test(before) ||
    sc.mentions.some(
      (m) => (m.label === 'Agency' || m.label === 'Position') && /^\s*$/u.test(between(ctx, m.end, a.start)),
    );
  return titled ? { from: i, to: i + 2, parts: { first: a.text, last: b.text } } : null;
}

function firstName(ctx: DocumentContext, token: FormToken): boolean {
  return ctx.morph(token.text).some((p) => p.tag.Name && p.parser === 'Dictionary' && p.tag.NMbr !== 'plur');
}

/** «Сергеевич», «Николаевича»: a patronymic of a first name the dictionary knows is no surname. */
function dictionaryPatronymic(ctx: DocumentContext, word: string): boolean {
  return ctx.morph(word).some((p) => p.tag.Patr && p.parser === 'Dictionary');
}
