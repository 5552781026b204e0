import { foldName } from '../../gazetteer/fold-name.ts';
import { type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { metricsIn, type Metric } from './metric-phrases.ts';
import type { Figure } from '../recognise/figures.ts';

const DOWN =
  /сниж\p{L}*|снизил\p{L}*|сократил\p{L}*|сокращ\p{L}*|уменьшил\p{L}*|уменьш\p{L}*|меньше|ниже|спад\p{L}*/iu;
const UP =
  /рост\p{L}*|вырос\p{L}*|выросл\p{L}*|увеличил\p{L}*|увелич\p{L}*|больше|выше|улучшил\p{L}*|повысил\p{L}*|возрос\p{L}*/iu;
const NOT_INDICATOR = /изъят|изъял|канал|задержан|пресечен|пресекли|назначен|поручи/iu;
const MEASURE_TALK =
  /намечен|обновл[её]н|усилен|принимаются|проводятся|активизирован|совершаются|показывает/iu;
const CRIME =
  /преступ|краж|мошенн|убийств|разбо|грабеж|грабёж|правонаруш|наркопреступ|угон|хулиган|причинени|дтп/iu;

/**
 * Figures about crime and work: "общая регистрация преступлений снизилась и составила 3343 факта",
 * "раскрываемость — до 65,5%", "снижения на 1,7% интернет-мошенничеств", "число убийств, разбоев и грабежей".
 * Each metric becomes an Indicator with `value`, `unit`, `change` (signed) and `changeUnit`, `direction`,
 * `year` (or `period`) and `comparedToYear`; MEASURES the document's region and body (inferred).
 */
export function findIndicators(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  for (const sc of ctx.sentences) {
    if (NOT_INDICATOR.test(sc.sentence.text)) continue;
    const figuresHere = sc.figures.some((f) => f.unit !== 'kg');
    // Plans and measures speak of crimes without measuring them ("по раскрытию тяжких преступлений").
    if (!figuresHere && MEASURE_TALK.test(sc.sentence.text)) continue;
    const metrics = metricsIn(ctx, sc);
    if (metrics.length === 0) continue;
    const direction = DOWN.test(sc.sentence.text) ? 'down' : UP.test(sc.sentence.text) ? 'up' : null;
    const figures = sc.figures.filter((f) => f.unit !== 'kg');
    if (!direction && figures.length === 0) continue;
    const owner = new Map<Metric, Figure[]>();
    for (const figure of figures) {
      const nearest = [...metrics].sort((a, b) => distance(a, figure) - distance(b, figure))[0]!;
      owner.set(nearest, [...(owner.get(nearest) ?? []), figure]);
    }
    for (const metric of metrics) out.push(indicator(ctx, sc, metric, owner.get(metric) ?? [], direction));
  }
  return out;
}

function distance(metric: Metric, figure: Figure): number {
  return figure.start >= metric.end ? figure.start - metric.end : (metric.start - figure.end) * 1.5;
}

function indicator(
  ctx: DocumentContext,
  sc: SentenceContext,
  metric: Metric,
  figures: Figure[],
  direction: 'up' | 'down' | null,
): Mention {
  const level = figures.find((f) => !f.isChange);
  const change = figures.find((f) => f.isChange);
  const dir = change?.direction ?? nearestDirection(ctx, sc, metric) ?? direction;
  const own = sc.times.find((t) => !t.comparison && !t.deadline && t.year);
  const compared = sc.times.find((t) => t.comparison);
  const year = own?.year ?? reviewYear(ctx) ?? ctx.published?.year;
  const crimes =
    CRIME.test(metric.phrase) ||
    (level?.noun !== null && level?.noun !== undefined && /факт|преступ/i.test(level.noun));
  const name = `${metric.phrase.charAt(0).toUpperCase()}${metric.phrase.slice(1)}${own?.period ? ` за ${own.period} ${year} года` : year ? ` в ${year} году` : ''}`;
  const span = {
    start: Math.min(metric.start, ...figures.map((f) => f.start)),
    end: Math.max(metric.end, ...figures.map((f) => f.end)),
  };
  const evidence = clause(ctx, sc, span);
  const properties: Record<string, unknown> = {
    metricRu: metric.phrase,
    value: level?.value,
    unit: level?.unit === '%' ? '%' : crimes ? 'crimes' : 'count',
    change: change ? (dir === 'down' ? -change.value : change.value) : undefined,
    changeUnit: change ? (change.unit === '%' ? '%' : 'count') : undefined,
    direction: dir ?? undefined,
    year,
    period: own?.period ?? undefined,
    comparedToYear: compared?.year ?? undefined,
    qualifier: /значительно|существенно|заметно/iu.test(sc.sentence.text)
      ? 'significantly'
      : level && level.qualifier !== 'exactly'
        ? level.qualifier
        : undefined,
    ...(own?.basis ? { yearBasis: own.basis } : own ? {} : { yearBasis: 'the period the release reviews' }),
  };
  const ref = ctx.builder.entity({
    key: `Indicator|${foldName(name)}`,
    label: 'Indicator',
    name,
    existingId: null,
    mention: evidence,
    properties,
    confidence: level || change ? 0.8 : 0.6,
  });
  const mention: Mention = {
    ...evidence,
    label: 'Indicator',
    ref,
    name,
    existingId: null,
    from: metric.from,
    to: metric.to,
  };
  measures(ctx, sc, mention);
  return mention;
}

function nearestDirection(ctx: DocumentContext, sc: SentenceContext, metric: Metric): 'up' | 'down' | null {
  const window = ctx.text.slice(
    Math.max(sc.sentence.start, metric.start - 40),
    Math.min(sc.sentence.end, metric.end + 40),
  );
  const down = DOWN.exec(window);
  const up = UP.exec(window);
  if (down && up) return Math.abs(down.index - 40) < Math.abs(up.index - 40) ? 'down' : 'up';
  return down ? 'down' : up ? 'up' : null;
}

/** The year a results release reviews ("за 2024 год" in its first sentences). */
function reviewYear(ctx: DocumentContext): number | undefined {
  for (const sc of ctx.sentences.slice(0, 3)) {
    const t = sc.times.find((x) => x.year && !x.comparison && !x.deadline);
    if (t?.year) return t.year;
  }
  return undefined;
}

/** The clause around a span: from the previous comma-less boundary to the next full stop or semicolon. */
function clause(ctx: DocumentContext, sc: SentenceContext, span: { start: number; end: number }) {
  const head = ctx.text.slice(sc.sentence.start, span.start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf(', '), head.lastIndexOf('; '));
  let start =
    cut >= 0 && !/^\s*(?:и|а|но)\s/.test(head.slice(cut + 2))
      ? sc.sentence.start + cut + 2
      : sc.sentence.start;
  const lead = /^(?:По итогам года|Также|Кроме того|При этом|В целом)[,\s]+/iu.exec(
    ctx.text.slice(start, span.start),
  );
  if (lead) start += lead[0].length;
  const tail = ctx.text.slice(span.end, sc.sentence.end);
  const stop = /[.;]|,\s(?!и\s)(?=[\p{L}\s]*(?:составил|до\s|на\s))/u.exec(tail);
  return {
    start,
    end:
      stop && stop[0].startsWith(',')
        ? span.end
        : span.end + (/^[^.;]*/u.exec(tail)?.[0].replace(/[\s,]+$/, '').length ?? 0),
  };
}

function measures(ctx: DocumentContext, sc: SentenceContext, indicator: Mention): void {
  const here = sc.mentions.find((m) => m.label === 'Region');
  const region = here ?? ctx.mainRegion;
  const agency = ctx.mainAgency;
  const basis =
    'One of the results the release attributes to the body and region it is about; the sentence itself names neither.';
  if (region)
    ctx.builder.relate({
      type: 'MEASURES',
      from: indicator.ref,
      to: region.ref,
      evidence: indicator,
      basis: here ? null : basis,
      confidence: here ? 0.75 : 0.55,
    });
  if (agency)
    ctx.builder.relate({
      type: 'MEASURES',
      from: indicator.ref,
      to: agency.ref,
      evidence: indicator,
      basis,
      confidence: 0.5,
    });
}
