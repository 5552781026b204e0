import type { DocumentContext, SentenceContext } from '../context.ts';
import { numberWord } from '../text/number-words.ts';
import type { Span } from '../text/segment.ts';
import { routeAfter } from './channel-route.ts';

export interface ChannelWord {
  match: RegExpExecArray;
  /** Where the match starts in the document. */
  at: number;
  /** The route told right after the words («из Алматы в Астану»), if any. */
  route: Span | null;
}

/**
 * The channel's words in a sentence from `from` on. A word inside a name in quotes is none («ОПМ «Канал»»).
 * «Среди перекрытых каналов — канал поставки … из Алматы в город Семей»: a bare plural that only introduces
 * the channel yields to the one after it with a route.
 */
export function channelWord(
  ctx: DocumentContext,
  sc: SentenceContext,
  pattern: RegExp,
  from: number,
): ChannelWord | undefined {
  const text = sc.sentence.text;
  const words: ChannelWord[] = [];
  for (let offset = from; offset < text.length;) {
    const m = pattern.exec(text.slice(offset));
    if (!m) break;
    const at = sc.sentence.start + offset + m.index;
    offset += m.index + m[0].length;
    if (quotedName(ctx, sc, m, at)) continue;
    words.push({ match: m, at, route: routeAfter(ctx, sc, at + m[0].length) });
  }
  const [first, ...rest] = words;
  if (!first) return undefined;
  const counted =
    first.match[1] && (/^\d+$/.test(first.match[1]) || numberWord(first.match[1]) !== undefined);
  const bare = !counted && !first.route && /\p{L}+ов$/u.test(first.match[3] ?? '');
  return (bare && rest.find((w) => w.route)) || first;
}

/** «ОПМ «Канал»», «операция «Трафик-2025»»: the word is a short name in quotes, not a channel. */
function quotedName(ctx: DocumentContext, sc: SentenceContext, m: RegExpExecArray, at: number): boolean {
  const word = at + m[0].indexOf(m[3]!);
  const opened = /[«"„“]\s*$/u.test(ctx.folded.slice(Math.max(sc.sentence.start, word - 2), word));
  return (
    opened && /^[\p{L}\d -]{0,12}[»"“]/u.test(ctx.folded.slice(word + m[3]!.length, word + m[3]!.length + 14))
  );
}

/**
 * «отметил пресечение канала поставки мефедрона из Алматы в Астану», «Среди резонансных дел — ликвидация
 * канала контрабанды из …»: the noun of a cut, with the route, reports a result. After «по», «на», «для»,
 * «в целях» («работа по пресечению каналов», «направленных на пресечение каналов») it is a task.
 */
export function cutByNoun(ctx: DocumentContext, sc: SentenceContext, word: ChannelWord): boolean {
  // One channel («пресечение канала … из … в …»); «перекрытие каналов поставки в регион» is a task.
  if (!word.route || !/^(?:канала|маршрута|наркотрафика|трафика)$/iu.test(word.match[3] ?? '')) return false;
  const m = word.match;
  const before = ctx.folded.slice(sc.sentence.start, word.at + m[0].indexOf(m[2] ?? m[3]!));
  const noun = /(?<!\p{L})(пресечени[ея]|ликвидаци[юяи]|перекрыти[ея])\s+(?:\p{L}+\s+){0,2}$/iu.exec(before);
  if (!noun) return false;
  return !/(?<!\p{L})(?:по|на|для|целях|к|о|об)\s+$/iu.test(before.slice(0, noun.index));
}
