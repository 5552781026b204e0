import type { DocumentContext, SentenceContext } from '../context.ts';

/**
 * A sentence cut down to one of its parts: its text, tokens, mentions, figures and times inside the span only,
 * so the list-item rules read a part of «решения: A; B; C» as they read a list line.
 */
export function clipSentence(sc: SentenceContext, start: number, end: number): SentenceContext {
  const inside = (s: { start: number; end: number }) => s.start >= start && s.end <= end;
  return {
    ...sc,
    sentence: {
      ...sc.sentence,
      start,
      end,
      text: sc.sentence.text.slice(start - sc.sentence.start, end - sc.sentence.start),
    },
    tokens: sc.tokens.filter(inside),
    mentions: sc.mentions.filter(inside),
    figures: sc.figures.filter(inside),
    times: sc.times.filter(inside),
  };
}

/**
 * The parts of a list told inside one sentence after the words that announce it: «рабочая группа приняла
 * решения: управлению образования … внедрить …; управлению здравоохранения … обеспечить …». The list runs
 * from the colon after `from` to the sentence's end and is cut at semicolons; none without a colon or with
 * fewer than two parts (one clause after a colon reads as the instruction the sentence gives).
 */
export function inlineParts(ctx: DocumentContext, sc: SentenceContext, from: number): SentenceContext[] {
  const colon = ctx.text.indexOf(':', from);
  if (colon < 0 || colon >= sc.sentence.end) return [];
  const parts: SentenceContext[] = [];
  let start = colon + 1;
  const rest = ctx.text.slice(start, sc.sentence.end);
  for (const piece of rest.split(';')) {
    const lead = /^\s*/.exec(piece)![0].length;
    const body = piece.replace(/[\s.!]+$/u, '');
    if (body.length > lead) parts.push(clipSentence(sc, start + lead, start + body.length));
    start += piece.length + 1;
  }
  return parts.length > 1 ? parts : [];
}
