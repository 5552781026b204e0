import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Metric, MetricFigure } from './metric-phrases.ts';
import { metricUpTo } from './metric-up-to.ts';

// «При этом фактов сбыта стало больше — 41 против 33»: a count told by what it counts in the genitive, a verb
// of being (or of a result) and «больше/меньше», its level and the year before's after a dash, colon or
// bracket. No head word («число», «количество») names the metric, so metricsIn does not see it.

/**
 * The genitive words (one to six), «стало/стал/было» or a result verb («выявлено», «зарегистрировано»), an
 * optional adverb, «больше/меньше», then «— 41 против 33», «: 41 против 33», «(41 против 33)», «— до 41 против
 * 33», «— 41 (годом ранее — 33)».
 */
const MORE_OR_FEWER =
  /(?:^|[\s,;:—–])((?:[а-яё-]+\s+){0,5}[а-яё-]+)\s+(?:стал[оаи]?|был[оаи]?|(?!(?:значительно|заметно|немного|несколько)\s)\p{L}+(?:но|то))\s+(?:(?:значительно|заметно|немного|несколько|чуть|ещ[её]|вдвое|втрое)\s+)?(больше|меньше)\s*(?:[—–:-]\s*|\(\s*)(?:(?:уже|до|лишь|только)\s+)?(?=\d)/giu;
/** What may open the clause before the counted noun: connectives, not part of the metric. */
const CONNECTIVE =
  /^(?:(?:при\s+этом|вместе\s+с\s+тем|в\s+то\s+же\s+время|однако|зато|также|кроме\s+того|но|а|и|же|тогда\s+как)\s+)+/iu;
/** The level's baseline: «против 33», «(годом ранее — 33)», «при 33 годом ранее». */
const BASELINE =
  /^[\d\s,.]*?\s*(?:против|при|\(\s*(?:годом\s+ранее|в\s+прошлом\s+году|в\s+\d{4}\s+году)\s*[—–-])\s*\d/iu;

/** Counts told as «<what> стало больше — N против M», each with the metric its genitive words name. */
export function moreOrFewer(
  ctx: DocumentContext,
  sc: SentenceContext,
  named: readonly Metric[],
): MetricFigure[] {
  const out: MetricFigure[] = [];
  const text = ctx.folded.slice(sc.sentence.start, sc.sentence.end);
  for (const m of text.matchAll(MORE_OR_FEWER)) {
    const numberAt = sc.sentence.start + m.index + m[0].length;
    const figure = sc.figures.find((f) => f.start === numberAt && f.unit === 'count' && !f.isChange);
    if (!figure || !BASELINE.test(ctx.folded.slice(figure.start, sc.sentence.end))) continue;
    const stripped = m[1]!.replace(CONNECTIVE, '');
    // What is counted opens the metric: the first noun in the genitive plural («фактов», «краж», «сбытчиков»);
    // words before it («этом» of «при этом» cut by the match) are no part of it.
    const all = stripped.split(/\s+/u);
    const k = all.findIndex((w) =>
      ctx
        .morph(w.toLowerCase())
        .some((p) => p.score > 0.1 && p.tag.POS === 'NOUN' && p.tag.CAse === 'gent' && p.tag.NMbr === 'plur'),
    );
    if (k < 0 || k > 1) continue;
    const lead = all.slice(k).join(' ');
    const start = sc.sentence.start + m.index + m[0].indexOf(m[1]!) + (m[1]!.length - lead.length);
    const end = start + lead.length;
    if (named.some((n) => n.start < end && start < n.end)) continue;
    const words = ctx.text.slice(start, end).split(/\s+/u);
    const phrase = nominativePhrase(ctx.morph, words, { capitaliseFirst: false, plural: true });
    out.push(metricUpTo(sc, figure, start, phrase, baselineEnd(ctx, sc, figure.end)));
  }
  return out;
}

/** The quote runs to the baseline's number («41 против 33»), a closing bracket included. */
function baselineEnd(ctx: DocumentContext, sc: SentenceContext, from: number): number {
  const next = /^\s*(?:против|при|\()[^.;]*?\d+(?:[,.]\d+)?\)?/u.exec(ctx.text.slice(from, sc.sentence.end));
  return next ? from + next[0].length : from;
}
