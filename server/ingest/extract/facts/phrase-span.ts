import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

/** A measure's phrase in a sentence, before it is proposed: what kind, where its verb is, how it is named. */
export interface MeasurePhrase extends Span {
  kind: 'check' | 'representation' | 'sent' | 'future' | 'done';
  verbAt: number;
  verbEnd: number;
  clause: Span;
  name: string;
}

/** Where a check's object ends: what it found or covered, or the next clause. */
const PHRASE_END =
  /\s+(?:выявлен|охвачен|установлен|показал)\p{L}*|[,;:]\s+(?:по\s+|в\s+ходе|выявлен|которой|что)|[;:]|\s[—–]\s/iu;

/** A phrase from sentence-relative offsets; its clause runs from the clause's start to the sentence's end. */
export function phrase(
  sc: SentenceContext,
  kind: MeasurePhrase['kind'],
  start: number,
  end: number,
  verbAt: number,
  verbEnd: number,
  name: string,
): MeasurePhrase {
  const at = sc.sentence.start;
  const text = sc.sentence.text;
  let stop = text.length;
  while (stop > 0 && /[\s.!?]/u.test(text[stop - 1]!)) stop--;
  const clauseAt = clauseStart(text, Math.min(start, verbAt));
  return {
    kind,
    start: at + start,
    end: at + Math.max(end, start + 1),
    verbAt: at + verbAt,
    verbEnd: at + verbEnd,
    clause: { start: at + clauseAt, end: at + stop },
    name: name.charAt(0).toUpperCase() + name.slice(1),
  };
}

/** The sentence's text with ё written as е, as the rules match it. */
export function folded(ctx: DocumentContext, sc: SentenceContext): string {
  return ctx.folded.slice(sc.sentence.start, sc.sentence.end);
}

/** Where an object phrase that starts at `from` ends: before what was found, the next clause, or the sentence's end. */
export function objectEnd(text: string, from: number): number {
  const cut = text.slice(from).search(PHRASE_END);
  let end = cut < 0 ? text.length : from + cut;
  while (end > from && /[\s.,;:!?»"]/u.test(text[end - 1]!)) end--;
  return end;
}

/** The start of the clause an offset is in: after the last «, что», semicolon, colon or reported-speech comma. */
export function clauseStart(text: string, at: number): number {
  const head = text.slice(0, at);
  const cuts = [
    ...head.matchAll(
      /(?:,\s+что\s+|[;:]\s+|^\s*[–—-]\s+|(?:словам|сообщил\p{L}*|отметил\p{L}*)[^,]*,\s+(?:что\s+)?)/giu,
    ),
  ];
  const last = cuts.at(-1);
  return last ? last.index + last[0].length : 0;
}

/**
 * «работа отдела полиции …» → «работы отдела полиции …», «уголовное дело …» → «уголовного дела …»: the head
 * of a nominative phrase (its adjectives and first noun) in the genitive, the rest as written.
 */
export function genitiveHead(ctx: DocumentContext, object: string): string {
  const words = object.split(/\s+/u);
  for (const [i, word] of words.entries()) {
    const parse = ctx
      .morph(word.toLowerCase())
      .find((p) => (p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF') && p.tag.CAse === 'nomn');
    const gent = parse?.inflect(parse.tag.NMbr ? ['gent', parse.tag.NMbr] : ['gent']);
    if (!parse || !gent) break;
    words[i] = gent.word;
    if (parse.tag.POS === 'NOUN') break;
  }
  return words.join(' ');
}
