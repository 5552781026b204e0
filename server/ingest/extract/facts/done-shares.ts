import type { DocumentContext, SentenceContext } from '../context.ts';
import { genitivePlural } from './inverted-counts.ts';
import type { MetricFigure } from './metric-phrases.ts';

// «уничтожено 96 % очагов», «раскрыто 78 % преступлений», «возмещено свыше 60 % ущерба», «охвачено 95 % школ
// области»: a share of things done, told as a short participle, a percentage and the genitive of what it is a
// share of. The metric is the share of the things done («доля уничтоженных очагов»).

/** A short participle of a result right before the percentage, with an optional qualifier. */
const DONE =
  /(?:^|[\s,;:—–])(\p{L}+?[тн])[оаы](?:\s+(?:уже|всего|ещ[её]))?(?:\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|примерно))?\s*$/iu;
/** Words that end the thing a share is of: a preposition opens a place, a time or a means. */
const STOP = /^(?:в|во|на|из|у|по|с|со|при|за|для|от|до|через|среди|и|а|что)$/iu;

/** Percentages of things done, each with «доля <participle> <genitive words>» as its metric. */
export function doneShares(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== '%' || figure.isChange) continue;
    const leadStart = Math.max(sc.sentence.start, figure.start - 40);
    const done = DONE.exec(ctx.folded.slice(leadStart, figure.start));
    if (!done || !passive(ctx, `${done[1]}о`)) continue;
    // The genitive words right after the percentage, up to three, the first a plural or a mass noun.
    const after = sc.tokens.filter((t) => t.start >= figure.end).slice(0, 3);
    const words = [];
    let end = figure.end;
    for (const t of after) {
      if (!/^\s*$/u.test(ctx.text.slice(end, t.start)) || STOP.test(t.text) || !genitivePlural(ctx, t.text))
        break;
      words.push(t.text);
      end = t.end;
    }
    if (words.length === 0) continue;
    const stem = done[1]!.toLowerCase();
    // «уничтожено» → «уничтоженных», «раскрыто» → «раскрытых».
    const phrase = `доля ${stem}${stem.endsWith('н') ? 'ных' : 'ых'} ${words.join(' ')}`;
    const from = sc.tokens.findIndex((t) => t.start >= figure.start);
    const start = leadStart + done.index + done[0].indexOf(done[1]!);
    out.push({
      figure,
      metric: {
        from,
        to: from + words.length + 1,
        start: figure.start,
        end,
        phrase,
        evidence: { start, end },
      },
    });
  }
  return out;
}

/** Whether a word reads as a short passive participle («уничтожено», «раскрыто»). */
function passive(ctx: DocumentContext, word: string): boolean {
  return ctx.morph(word).some((p) => p.score > 0.1 && p.tag.POS === 'PRTS');
}
