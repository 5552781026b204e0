import { between, type DocumentContext, type SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { CHANNEL_NOUN, ITEM_NOUN, PEOPLE_NOUN, RESULT_VERB } from './counted-nouns.ts';
import { countedMetric, type Metric } from './metric-phrases.ts';

/** Figures that can measure crime and work: not masses (seizures), nor counts of items, channels or people. */
export function indicatorFigures(sc: SentenceContext): Figure[] {
  return sc.figures.filter(
    (f) =>
      f.unit !== 'kg' &&
      !(
        f.unit === 'count' &&
        f.noun &&
        [ITEM_NOUN, CHANNEL_NOUN, PEOPLE_NOUN].some((re) => re.test(f.noun!)) &&
        // «с 88 до 44 человек»: people counted in a move between two levels are a figure, not an incident.
        !(PEOPLE_NOUN.test(f.noun) && f.direction)
      ),
  );
}

/**
 * Metrics named by what a number counts after a verb of results («выявлено 9 фактов незаконного оборота»,
 * «заблокировано 214 наркосайтов»), when no metric of the clause is named before the number («регистрация
 * преступлений … составила 3343 факта» is the registration's figure, not a metric «факты»).
 */
export function countedMetrics(
  ctx: DocumentContext,
  sc: SentenceContext,
  figures: readonly Figure[],
  named: readonly Metric[],
): Metric[] {
  const out: Metric[] = [];
  for (const figure of figures) {
    if (figure.unit !== 'count' || !figure.noun) continue;
    if (named.some((m) => m.start >= figure.end && m.start - figure.end <= 2)) continue;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    if (!RESULT_VERB.test(between(ctx, clauseStart, figure.start))) continue;
    if (named.some((m) => m.start >= clauseStart && m.end <= figure.start)) continue;
    const metric = countedMetric(ctx, sc, figure);
    if (metric) out.push(metric);
  }
  return out;
}

/**
 * Which metric each figure belongs to: the metric it counts («7 812 преступлений»), else the nearest metric
 * named before it in the sentence («Число краж снизилось в 1,5 раза, мошенничеств — на 12,3 %»), else the
 * first one after it («снижения на 1,7 % интернет-мошенничеств»).
 */
export function attributeFigures(
  metrics: readonly Metric[],
  figures: readonly Figure[],
): Map<Metric, Figure[]> {
  const owner = new Map<Metric, Figure[]>();
  for (const figure of figures) {
    const counted =
      figure.unit === 'count'
        ? metrics.find((m) => m.start >= figure.end && m.start - figure.end <= 2)
        : undefined;
    const before = metrics.filter((m) => m.end <= figure.start).sort((a, b) => b.end - a.end)[0];
    const after = metrics.filter((m) => m.start >= figure.end).sort((a, b) => a.start - b.start)[0];
    const metric = counted ?? before ?? after;
    if (metric) owner.set(metric, [...(owner.get(metric) ?? []), figure]);
  }
  return owner;
}

/** Where the clause holding an offset starts: after the last comma, semicolon or dash before it. */
export function clauseStartBefore(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const head = ctx.folded.slice(sc.sentence.start, at);
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '));
  return cut >= 0 ? sc.sentence.start + cut + 2 : sc.sentence.start;
}
