import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { comparisonOf } from './indicator-comparisons.ts';
import { attributeFigures, countedMetrics } from './indicator-figures.ts';
import { clause, indicatorTime } from './indicator-links.ts';
import { clauseEnd, nextClause, verbStart } from './indicator-quotes.ts';
import type { Metric } from './metric-phrases.ts';
import { sentenceMetrics } from './sentence-metrics.ts';
import { changeOf } from './indicator-change.ts';
import { elidedMetrics } from './elided-metrics.ts';
import { factorMetrics } from './factor-metrics.ts';
import { joinChange, restatedIndicator } from './restated-indicators.ts';
import { MONEY_NOUN } from './counted-nouns.ts';
import { nearestDirection, saidDirection } from './indicator-direction.ts';
import { plannedFigure } from './planned-figures.ts';
import { headlineLast } from './headline-restated.ts';
import { comparedIndicatorMention, emitIndicator } from './emit-indicator.ts';
import { askedQuestion, causeOfMove, lastEnd, partOfThings, taskStart } from './indicator-parts.ts';

/**
 * A metric with no figure moved when a verb says so («снизилась», «снижено») or a rise is observed («анализ
 * роста»); a reduction as a noun is a task («задачи по снижению», «обеспечить снижение»), not a result.
 */
const MOVED =
  /(?:сниз|сократ|уменьш|вырос|возрос|увеличил|повысил|улучшил|ухудшил)\p{L}*|(?:снижен|сокращен|уменьшен)[оаы]?(?!\p{L})|(?<!\p{L})(?:рост|увеличени)\p{L}*|снижение\s+на\s/iu;
const MEASURE_TALK = /намечен|обновлен|усилен|принимаются|проводятся|активизирован/iu;
const SUFFICED = /\(хватило бы\)$/u;
const CRIME = /преступ|краж|мошенн|убийств|разбо|грабеж|правонаруш|наркопреступ|угон|хулиган|причинени|дтп/iu;

/**
 * Figures about crime and work, each metric an Indicator with `value`, `unit`, `change` (signed for %, the
 * factor for «в N раз») and `changeUnit`, `direction`, `year` (or `period`) and `comparedToYear`:
 * - a named metric and its figures: «общая регистрация преступлений снизилась и составила 3343 факта»,
 *   «Число краж снизилось в 1,5 раза, мошенничеств — на 12,3 %», «число убийств, разбоев и грабежей» (three);
 * - what a result counts: «выявлено 9 фактов незаконного оборота наркотиков», «Заблокировано 214 наркосайтов»;
 * - parts of a count: «Выявлено 73 наркопреступления, из них 41 — сбыт»;
 * - a comparison of the sentence before: «Это в 2 раза больше, чем за тот же период прошлого года».
 * MEASURES the region named (or the release's, inferred) and the release's body (inferred).
 */
export function findIndicators(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  for (const sc of headlineLast(ctx)) {
    const taskAt = taskStart(sc);
    if (taskAt === undefined || askedQuestion(sc.sentence.text)) continue;
    const { named, told, parts, figures } = sentenceMetrics(ctx, sc);
    // Plans and measures speak of crimes without measuring them ("по раскрытию тяжких преступлений").
    if (figures.length === 0 && MEASURE_TALK.test(sc.sentence.text)) continue;
    const metrics = [
      ...named,
      ...elidedMetrics(ctx, sc, named),
      ...factorMetrics(ctx, sc),
      ...countedMetrics(ctx, sc, figures, named),
      ...told.map((p) => p.metric),
    ].sort((a, b) => a.start - b.start);
    const rest = figures.filter((f) => !parts.some((p) => p.figure === f));
    const comparison = metrics.length === 0 ? comparisonOf(ctx, sc) : null;
    if (comparison) out.push(comparedIndicatorMention(ctx, sc, comparison));
    const owner = attributeFigures(ctx.folded, metrics, rest);
    // «Зарегистрировано 1 200 преступлений, из них 300 краж, что на 10 % меньше»: a move told after the first
    // part is the parts', not the total's before them.
    const partsFrom = Math.min(...parts.map((p) => p.figure.start));
    for (const metric of metrics) {
      if (metric.start >= taskAt) continue;
      // «хватило бы на 9 тысяч разовых доз»: what a seizure would have sufficed for tells its size, not a figure
      // of work (annotators leave it out; doses a lab could have made stay, potential-yield.ts).
      if (metric.unit === 'doses' && SUFFICED.test(metric.phrase)) continue;
      const own = owner.get(metric) ?? [];
      if (own.length > 0 && own.every((f) => plannedFigure(ctx, sc, f))) continue;
      const before = metric.end <= partsFrom && own.every((f) => f.end <= partsFrom);
      const upTo = before && parts.length > 0 ? partsFrom : sc.sentence.end;
      const said = ctx.folded.slice(sc.sentence.start, upTo);
      const direction = saidDirection(said);
      const dir =
        own.find((f) => f.isChange)?.direction ??
        own.find((f) => f.direction)?.direction ??
        nearestDirection(ctx, sc, metric, upTo);
      // A metric with no figure of its own is an indicator only when the text says which way it went.
      if (own.length === 0 && !(dir ?? (rest.length === 0 ? direction : null))) continue;
      if (own.length === 0 && (!MOVED.test(sc.sentence.text) || causeOfMove(ctx, sc, metric.start))) continue;
      // «снижено число убийств, разбоев и грабежей»: metrics with no figure of their own share the clause
      // that moves them; one with its own figure is quoted up to the next metric's clause.
      const until = Math.min(
        own.length ? nextClause(ctx, sc, metrics, parts, metric) : sc.sentence.end,
        taskAt,
      );
      // «состоят 1 318 человек, …, а число впервые выявленных снизилось на 6 %»: the move is the other metric's.
      const othersMove = [...owner].some(([m, f]) => m !== metric && f.some((x) => x.isChange));
      const level = own.length > 0 && !own.some((f) => f.isChange);
      out.push(indicator(ctx, sc, metric, own, dir ?? (level && othersMove ? null : direction), until));
    }
    // «из которых 121 совершено с использованием интернета — это 65 % от общего числа»: each part is quoted
    // from where the part before it ends to where the next one starts, so two parts never share words.
    let from = sc.sentence.start;
    for (const part of [...parts].sort((a, b) => a.figure.start - b.figure.start)) {
      if (plannedFigure(ctx, sc, part.figure) || part.figure.start >= taskAt) continue;
      const own = {
        ...part.metric,
        start: Math.min(part.metric.start, part.figure.start),
        end: Math.max(part.metric.end, part.figure.end),
      };
      const until = nextClause(ctx, sc, metrics, parts, own);
      const after = from;
      from = until < sc.sentence.end ? until + /^[\s,;—–]*/u.exec(ctx.text.slice(until))![0].length : from;
      // «Раскрыто 3 128 преступлений, из них 412 — тяжкие»: a part of the total counted before it.
      const total = [...owner]
        .filter(([, f]) => f.some((x) => x.end <= part.figure.start))
        .sort(([, a], [, b]) => lastEnd(b, part.figure) - lastEnd(a, part.figure))[0]?.[0];
      // «имущество на сумму 410 млн тенге, в том числе две квартиры»: things a sum covers are no part of it.
      const money = (f: Figure) => Boolean(f.noun && MONEY_NOUN.test(f.noun));
      if (total && owner.get(total)!.some(money) && !money(part.figure)) continue;
      if (!total && partOfThings(sc, part.figure)) continue;
      const metric = total
        ? {
            ...part.metric,
            // «уголовные дела по ч. 3 ст. 297 УК РК»: a part by the law qualifies its total without a colon.
            phrase: `${total.phrase}${/^по\s/u.test(part.metric.phrase) ? ' ' : ': '}${part.metric.phrase}`,
          }
        : part.metric;
      out.push(indicator(ctx, sc, metric, [part.figure], null, until, after));
    }
  }
  return out;
}

function indicator(
  ctx: DocumentContext,
  sc: SentenceContext,
  metric: Metric,
  figures: Figure[],
  direction: 'up' | 'down' | null,
  until = sc.sentence.end,
  after = sc.sentence.start,
): Mention {
  const level = figures.find((f) => !f.isChange);
  const change = figures.find((f) => f.isChange);
  const crimes = CRIME.test(metric.phrase) || Boolean(level?.noun && /факт|преступ/i.test(level.noun));
  const span = {
    start: Math.min(metric.start, ...figures.map((f) => f.start)),
    end: Math.max(metric.end, ...figures.map((f) => f.end)),
  };
  // A counted metric is quoted from its verb («выявлено 9 фактов …»), a named one with its clause.
  const counted = level && level.end <= metric.start;
  const said = counted
    ? { start: verbStart(ctx, sc, span.start), end: clauseEnd(ctx, sc, span.end) }
    : clause(ctx, sc, span);
  // «Количество краж снизилось на 212 фактов, мошенничеств — почти в 1,5 раза»: a quote stops before the
  // clause of the next metric, so each list item is quoted alone.
  const evidence = metric.evidence ?? {
    start: after <= span.start ? Math.max(said.start, after) : said.start,
    end: Math.max(span.end, Math.min(said.end, until)),
  };
  const restated =
    !level && change
      ? restatedIndicator(ctx, sc, metric.phrase, metric.time?.period ?? indicatorTime(ctx, sc).period)
      : undefined;
  if (restated) return joinChange(ctx, sc, restated, changeOf(change, direction), evidence);
  const unit =
    metric.unit ??
    (level?.unit === '%' || level?.unit === 'kg'
      ? level.unit
      : level?.noun && MONEY_NOUN.test(level.noun)
        ? 'KZT'
        : level?.noun && /^(?:гектар|га$)/u.test(level.noun)
          ? 'ha'
          : crimes
            ? 'crimes'
            : 'count');
  return emitIndicator(ctx, sc, metric.phrase, evidence, metric.ofCase, {
    ...metric.time,
    value: level?.value,
    unit,
    // Annotators write a tally of things (sites, pharmacies, foci) as `value` or as `count`: both are given.
    count: unit === 'count' && level ? level.value : undefined,
    // A mass of the period is written as `value` in kg or as `amountKg`, as on a Seizure: both are given.
    amountKg: unit === 'kg' && level ? level.value : undefined,
    ...changeOf(change, direction, level),
    qualifier: /значительно|существенно|заметно/iu.test(sc.sentence.text)
      ? 'significantly'
      : level && level.qualifier !== 'exactly'
        ? level.qualifier
        : undefined,
  });
}
