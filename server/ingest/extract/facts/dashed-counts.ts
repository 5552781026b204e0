import type { DocumentContext, SentenceContext } from '../context.ts';
import { genitiveMetric, genitivePlural } from './inverted-counts.ts';
import type { Metric, MetricFigure } from './metric-phrases.ts';

// «Из них фактов сбыта – 14», «• из них фактов сбыта – 162, что в 1,4 раза больше», «в том числе фактов
// хранения — 31», «Наркопритонов – 3»: the thing counted in the genitive plural and its number after a dash,
// with no verb; the list-like way a tally is written. The genitive is what makes it a count: «в Аральском
// районе – 19» (a place), «(в 2023 году – 389)» (a baseline) open with a preposition and stay with the total.

/** Where such a tally may open: a part («из них»), or a clause or list item of its own. */
const OPENS =
  /(?:(?:^|[\s(])(?:из\s+них|из\s+которых|в\s+том\s+числе|том\s+числе)|^|[,;:•]|\s[—–]|^\s*[-–—])\s*$/su;

/** Counts told as «<genitive plural> – N», each with the genitive words as its metric. */
export function dashedCounts(
  ctx: DocumentContext,
  sc: SentenceContext,
  named: readonly Metric[],
): MetricFigure[] {
  const out: MetricFigure[] = [];
  const t = sc.tokens;
  for (const figure of sc.figures) {
    if (figure.unit !== 'count' || figure.isChange) continue;
    const dash = /(?<=\p{L})\s*[—–-]\s*$/u.exec(
      ctx.text.slice(Math.max(sc.sentence.start, figure.start - 4), figure.start),
    );
    if (!dash) continue;
    const dashAt = figure.start - dash[0].length;
    const last = t.findLastIndex((x) => x.end <= dashAt);
    if (last < 0 || t[last]!.end !== dashAt) continue;
    // Up to four genitive words before the dash, the first a plural («фактов сбыта», «притонов»).
    let from = last + 1;
    while (
      from > 0 &&
      last - from < 3 &&
      /^\s+$|^$/u.test(ctx.text.slice(t[from - 1]!.end, from <= last ? t[from]!.start : t[from - 1]!.end)) &&
      (genitivePlural(ctx, t[from - 1]!.text) || genitiveAdjective(ctx, t[from - 1]!.text))
    )
      from--;
    while (from <= last && !genitivePlural(ctx, t[from]!.text, true)) from++;
    if (from > last) continue;
    if (!OPENS.test(ctx.folded.slice(sc.sentence.start, t[from]!.start).toLowerCase())) continue;
    const start = t[from]!.start;
    if (named.some((m) => m.start <= start && m.end > start)) continue;
    const found = genitiveMetric(
      ctx,
      figure,
      t.slice(from, last + 1).map((x) => x.text),
      from,
      last + 1,
      start,
    );
    if (found) out.push(found);
  }
  return out;
}

/** «фактов бесконтактного сбыта – 41»: an adjective agreeing with a genitive noun after the plural head. */
function genitiveAdjective(ctx: DocumentContext, word: string): boolean {
  return (
    /^[а-яё-]{3,}$/iu.test(word) &&
    ctx
      .morph(word.replaceAll('ё', 'е'))
      .some((p) => p.score > 0.1 && p.tag.POS === 'ADJF' && p.tag.CAse === 'gent')
  );
}
