import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import type { Metric } from './metric-phrases.ts';

// «На долю интернет-мошенничеств приходится 41 % всех краж», «на долю синтетики пришлось около 70 %
// изъятого»: a share told from the side of what takes it; «…, или 61 % от всех фактов сбыта»: a share of a
// whole told after a count. The metric is «доля <what>», its figure the percent.

const SHARE =
  /(?:^|[\s,(])на\s+долю\s+((?:[\p{L}«»"-]+\s+){1,5}?)(?:приход\p{L}*|пришл\p{L}*)(?:\s+(?:уже|лишь|только))?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|примерно))?\s+\d[\d\s]*(?:[.,]\d+)?\s*(?:%|процент\p{L}*)/giu;

/**
 * «57 фактов сбыта через интернет, или 61 % от всех фактов сбыта», «что составляет 12 % всех изъятых»: a share
 * of a whole named otherwise than «от общего числа …» (which indicator-comparisons.ts reads as a part).
 */
const SHARE_OF_ALL =
  /,\s*(?:или|что\s+составля\p{L}*|что\s+составил\p{L}*|это)\s+((?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|примерно)\s+)?\d+(?:[.,]\d+)?\s*(?:%|процент\p{L}*))\s+((?:от\s+)?(?:всех|всего|общего\s+(?:объ[её]ма|массива)|зарегистрированных|выявленных|изъятых)(?:\s+[\p{L}-]+){0,5}?)(?=\s*(?:[,.;(]|$))/giu;

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
    const { from, to } = tokenRange(sc, start, end);
    out.push({
      from,
      to,
      start,
      end,
      // «интернет-мошенничеств» stays genitive after «доля».
      phrase: `доля ${what.join(' ').replace(/[«»"]/gu, '')}`,
      evidence: { start, end: quoteEnd(ctx, sc, end) },
    });
  }
  for (const m of ctx.folded.slice(sc.sentence.start, sc.sentence.end).matchAll(SHARE_OF_ALL)) {
    const start = sc.sentence.start + m.index + m[0].indexOf(m[1]!);
    const end = sc.sentence.start + m.index + m[0].length;
    const { from, to } = tokenRange(sc, start, end);
    const of = ctx.text
      .slice(start + m[1]!.length, end)
      .trim()
      .replace(/\s+/gu, ' ');
    out.push({
      from,
      to,
      start,
      end,
      phrase: `доля ${of}`,
      evidence: { start, end },
    });
  }
  return out;
}

/** «… 41 % всех краж, что на 5 пунктов больше»: the percent with what it is of, to the clause end. */
function quoteEnd(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const tail = /^[^,.;:!?()]*/u.exec(ctx.folded.slice(at, sc.sentence.end))![0];
  return at + tail.replace(/\s+$/u, '').length;
}
