import type { DocumentContext, SentenceContext } from '../context.ts';
import type { TimeRef } from '../recognise/time-rules.ts';

/** «Нарушения должны быть устранены …», «Выявленные нарушения необходимо устранить …»: a duty stated. */
const DUTY =
  /^[^.;:]{0,80}?(?<!\p{L})(?:должн(?:ы|а|о)?\s+быть\s+\p{L}+(?:ены|ена|ено|аны|ана|ано|ыты|ята)|необходимо|следует|надлежит|требуется)(?!\p{L})/iu;

export interface ContentAfter {
  text: string;
  start: number;
  end: number;
  times: readonly TimeRef[];
}

/**
 * «По результатам проверки начальнику ДП … внесено представление. Нарушения должны быть устранены в срок до 1
 * сентября»: an instruction that says nothing after its verb, whose content is the duty the next sentence of
 * the same paragraph (or quote) states, with its deadline.
 */
export function contentAfter(ctx: DocumentContext, sc: SentenceContext): ContentAfter | undefined {
  const next = ctx.sentences[sc.index + 1];
  if (!next || next.sentence.paragraph !== sc.sentence.paragraph) return undefined;
  if (!DUTY.test(next.sentence.text)) return undefined;
  const written = ctx.text.slice(next.sentence.start, next.sentence.end);
  // «…», — отметил X: the words, not who said them.
  const text = written.replace(/[»"“]\s*,?\s*[—–-]\s*\p{Ll}[^]*$/u, '').replace(/[\s.!;»"]+$/u, '');
  if (text.length < 10) return undefined;
  return { text, start: next.sentence.start, end: next.sentence.start + text.length, times: next.times };
}
