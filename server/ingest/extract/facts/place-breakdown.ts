import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { changeOf } from './indicator-change.ts';

// «Наибольшее число наркопреступлений зарегистрировано в Алматы — 412, в Карагандинской области — 287 и в Астане —
// 264. Рост отмечен в Павлодарской области — на 11 %, и в Восточно-Казахстанской области — в 1,3 раза.»: a metric
// broken down by place, each place and its figure after a dash. Each place has its own level (or change): one
// Indicator per place, MEASURES that place. The metric's indicator the sentence already has took the first
// place's figure for the whole; it becomes the first place's. A sentence of places alone right after one goes on
// with its metric.

/** A place's item: «в <place> — 412», «по <place> — не менее 40», «в <place> — на 11 %», «<place> — в 1,3 раза». */
const BEFORE = /(?:^|[\s,;:(])(?:(?:в|во|по)\s+)?$/iu;
const AFTER =
  /^\s*(?:[—–-]|(\())\s*(?:(?:на|в)\s+)?(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?$/iu;
/** «в Алматы — 412 фактов»: a noun that only says what the metric counts. */
const COUNTED = /^(?:факт|преступлен|наркопреступлен|случа|правонаруш|дел)/iu;
const ROSE = /(?<!\p{L})(?:рост|увелич|вырос|возрос|прирост)\p{L}*/iu;
const FELL = /(?<!\p{L})(?:сниж|сниз|сократ|уменьш|спад)\p{L}*/iu;

interface Item {
  place: Mention;
  figure: Figure;
  start: number;
}

/** The places of a sentence told each with its figure after a dash. */
function itemsOf(ctx: DocumentContext, sc: SentenceContext): Item[] {
  const items: Item[] = [];
  for (const place of sc.mentions) {
    if (place.label !== 'Region' && place.label !== 'City') continue;
    const figure = sc.figures.find((f) => {
      const sign = f.start >= place.end ? AFTER.exec(ctx.folded.slice(place.end, f.start)) : null;
      // «в Алматы (412), Карагандинской области (287)»: a bracket closes right after its figure.
      return sign && (!sign[1] || /^\s*\)/u.test(ctx.text.slice(f.end)));
    });
    const lead = /(?:(?:в|во|по)\s+)?$/iu.exec(ctx.folded.slice(sc.sentence.start, place.start))!;
    if (!figure || !BEFORE.test(ctx.folded.slice(sc.sentence.start, place.start))) continue;
    // «в Алматы — 412 фактов» counts a thing of its own; «— 287 и в Астане …» has no noun, only a conjunction.
    const noun = figure.noun ?? '';
    if (figure.unit === 'kg' || (figure.unit === 'count' && noun.length > 2 && !COUNTED.test(noun))) continue;
    items.push({ place, figure, start: place.start - lead[0].length });
  }
  return items;
}

/** Splits each indicator told by place into one indicator a place. */
export function splitPlaceBreakdowns(ctx: DocumentContext): void {
  let last: { index: number; metric: string; time: Record<string, unknown> } | undefined;
  for (const sc of ctx.sentences) {
    const items = itemsOf(ctx, sc);
    // Two places make a breakdown; one more place goes on with the breakdown of the sentence before.
    const goesOn = last !== undefined && last.index === sc.index - 1;
    if (items.length < (goesOn ? 1 : 2)) continue;
    const first = items[0]!;
    // The indicator the sentence has, which read the first place's figure as the whole's.
    const whole = ctx.builder.entitiesSoFar().find(
      (e) =>
        e.label === 'Indicator' &&
        // The first place's level, or its change («снизилось в Павлодарской области — на 8 %»).
        (e.properties['value'] === first.figure.value ||
          (first.figure.isChange && Math.abs(Number(e.properties['change'])) === first.figure.value)) &&
        e.mentions.some((m) => m.start <= first.start && m.end >= first.figure.end),
    );
    const metric = whole ? String(whole.properties['metricRu'] ?? '') : goesOn ? last!.metric : undefined;
    if (!metric) continue;
    const time = whole
      ? pick(whole.properties, ['year', 'period', 'comparedToYear', 'yearBasis'])
      : last!.time;
    last = { index: sc.index, metric, time };
    const said = ctx.folded.slice(sc.sentence.start, first.start);
    const direction = ROSE.test(said) ? 'up' : FELL.test(said) ? 'down' : null;
    for (const item of items) {
      // «Карагандинской области (287)»: the bracket is quoted whole, and the place named with its «в».
      const bracket = /^\s*\)/u.exec(ctx.text.slice(item.figure.end));
      const span = { start: item.start, end: item.figure.end + (bracket?.[0].length ?? 0) };
      const written = ctx.text.slice(item.start, item.place.end);
      const where = /^(?:во?|по)\s/iu.test(written) ? written : `в ${written}`;
      const name = `${metric.charAt(0).toUpperCase()}${metric.slice(1)} ${where}`;
      const figures = item.figure.isChange
        ? changeOf(item.figure, item.figure.direction ?? direction)
        : { value: item.figure.value, unit: whole?.properties['unit'] ?? 'count' };
      let ref: string;
      if (whole && item === first) {
        // The whole's indicator is the first place's: its quote and name narrow to that place.
        whole.mentions = [{ ...span, text: ctx.text.slice(span.start, span.end) }];
        whole.name = name;
        ref = whole.ref;
      } else {
        ref = ctx.builder.entity({
          key: `Indicator|${foldName(name)}|${item.figure.start}`,
          label: 'Indicator',
          name,
          existingId: null,
          mention: span,
          properties: { metricRu: metric, ...figures, ...time },
          confidence: 0.7,
        });
      }
      // An indicator measures a region (or a body); a city's figure names its place only in the name.
      if (item.place.label !== 'Region') continue;
      ctx.builder.relate({
        type: 'MEASURES',
        from: ref,
        to: item.place.ref,
        evidence: span,
        confidence: 0.7,
      });
    }
  }
}

function pick(properties: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => properties[k] !== undefined).map((k) => [k, properties[k]]));
}
