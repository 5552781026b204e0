import type { DocumentContext, SentenceContext } from '../context.ts';
import { countedMetric, type MetricFigure } from './metric-phrases.ts';
import { metricUpTo } from './metric-up-to.ts';
import { CHANNEL_NOUN, ITEM_NOUN, MONEY_NOUN } from './counted-nouns.ts';

// A count broken down by place, the noun left out: «выявлено 176 наркопреступлений, из них в Аральском районе
// – 19», «По городу Семей выявлено 118 наркопреступлений, по Аягозу – 31», «…, в том числе в Кызылорде —
// 64», «…; в Риддере – 12». The part repeats the count before it for the place it names; the metric is that
// count's, with the place.

/** A clause break or «из них», then a place after «в/во/по/на», a dash and the number closing the clause. */
const PLACE_COUNT =
  /(?:[,;]\s*(?:а\s+|и\s+)?(?:(?:из\s+них|из\s+которых|в\s+том\s+числе)\s+)?|(?:из\s+них|в\s+том\s+числе)\s+)((?:в|во|по|на)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+))\s*[—–-]\s*(?:(?:уже|еще|лишь|только|всего)\s+)?(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?(\d{1,3}(?:[  ]\d{3})*)(?=\s*(?:[.;,]|$))/giu;

/** A place: a capitalised name («Аягозу», «городе Кентау»), or «районе», «области» after its adjective. */
const PLACE = /(?:^|\s)\p{Lu}|(?:^|\s)(?:район|област|город|поселк|сел|округ)\p{L}*$/u;

/** Counts of a place told after the count they break down, each with that count's metric and the place. */
// A metric named by its head word and broken down by place with no count before («Наибольшее число
// наркопреступлений зарегистрировано в Алматы — 412, …») is facts/place-breakdown.ts's: one reader a construction.
export function placeParts(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  const text = ctx.text.slice(sc.sentence.start, sc.sentence.end);
  for (const m of text.matchAll(PLACE_COUNT)) {
    const place = m[2]!;
    if (/\d/u.test(place) || !PLACE.test(place) || /^(?:том|числе)$/iu.test(place)) continue;
    const at = sc.sentence.start + m.index + m[0].indexOf(m[1]!);
    const numberAt = sc.sentence.start + m.index + m[0].length - m[3]!.length;
    const figure = sc.figures.find((f) => f.start === numberAt);
    if (!figure || figure.unit !== 'count' || figure.isChange) continue;
    // The count it breaks down: the last counted figure before it, of a thing measured.
    const whole = sc.figures.filter((f) => f.end <= at && f.unit === 'count' && f.noun && !f.isChange).at(-1);
    if (!whole || [ITEM_NOUN, CHANNEL_NOUN, MONEY_NOUN].some((re) => re.test(whole.noun!))) continue;
    const metric = countedMetric(ctx, sc, whole);
    if (!metric) continue;
    out.push(metricUpTo(sc, figure, at, `${metric.phrase} ${m[1]!.replace(/\s+/gu, ' ')}`));
  }
  return out;
}
