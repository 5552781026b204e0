import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Metric } from './metric-phrases.ts';

// «На долю интернет-мошенничеств приходится 41 % всех краж», «на долю синтетики пришлось около 70 %
// изъятого»: a share told from the side of what takes it. The metric is «доля <what>», its figure the percent.

const SHARE =
  /(?:^|[\s,(])на\s+долю\s+((?:[\p{L}«»"-]+\s+){1,5}?)(?:приход\p{L}*|пришл\p{L}*)(?:\s+(?:уже|лишь|только))?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|примерно))?\s+\d[\d\s]*(?:[.,]\d+)?\s*(?:%|процент\p{L}*)/giu;

/** Shares a sentence tells by «на долю … приходится N %», as metrics spanning to their percent. */
export function sharePhrases(ctx: DocumentContext, sc: SentenceContext): Metric[] {
  const out: Metric[] = [];
  for (const m of ctx.folded.slice(sc.sentence.start, sc.sentence.end).matchAll(SHARE)) {
    const start = sc.sentence.start + m.index + m[0].search(/на\s+долю/iu);
    const end = sc.sentence.start + m.index + m[0].length;
    const words = m[1]!.trim().split(/\s+/u);
    const what = ctx.text
      .slice(start, end)
      .replace(/^на\s+долю\s+/iu, '')
      .split(/\s+/u)
      .slice(0, words.length);
    const from = sc.tokens.findIndex((t) => t.start >= start);
    const to = sc.tokens.findIndex((t) => t.start >= end);
    out.push({
      from,
      to: to < 0 ? sc.tokens.length : to,
      start,
      end,
      // «интернет-мошенничеств» stays genitive after «доля».
      phrase: `доля ${what.join(' ').replace(/[«»"]/gu, '')}`,
      evidence: { start, end: quoteEnd(ctx, sc, end) },
    });
  }
  return out;
}

/** «… 41 % всех краж, что на 5 пунктов больше»: the percent with what it is of, to the clause end. */
function quoteEnd(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const tail = /^[^,.;:!?()]*/u.exec(ctx.folded.slice(at, sc.sentence.end))![0];
  return at + tail.replace(/\s+$/u, '').length;
}
