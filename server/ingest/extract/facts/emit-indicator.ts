import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import type { Comparison } from './indicator-comparisons.ts';
import { indicatorTime, measures, ownTime } from './indicator-links.ts';
import { trimQuote } from './indicator-quotes.ts';
import { countedMetric } from './metric-phrases.ts';
import { indicatorName } from './indicator-name.ts';
import { changeOf } from './indicator-change.ts';
import { comparedIndicator, joinChange, rememberIndicator } from './restated-indicators.ts';
import { restatedByHeadline } from './headline-restated.ts';
import { otherLevel, placeOfSentence } from './indicator-place.ts';
import { addIndicator, indicatorKey } from './indicator-entity.ts';

// An indicator once its metric, evidence and figures are read: a headline restating it adds a mention, the
// same metric at another level in a sentence about a place is that place's, and the rest is one entity with
// its MEASURES facts. Shared by the readers of a sentence's metrics and of a comparison with the sentence before.

/** «Это в 2 раза больше, чем …»: the figure of the sentence before, and how it changed. */
export function comparedIndicatorMention(ctx: DocumentContext, sc: SentenceContext, c: Comparison): Mention {
  const counted = c.base?.unit === 'count' ? countedMetric(ctx, c.previous, c.base) : null;
  const seized = c.previous.figures.some((f) => f.unit === 'kg');
  const what = counted?.phrase ?? (seized ? 'изъятия наркотиков' : 'показатель');
  const evidence = { start: sc.sentence.start, end: sc.sentence.end };
  const earlier = comparedIndicator(ctx, sc, c.base);
  if (earlier)
    return joinChange(ctx, sc, earlier, changeOf(c.change, c.change.direction), trimQuote(ctx, evidence));
  const wording = ctx.text
    .slice(evidence.start, evidence.end)
    .replace(/^[«"]?\s*(?:это|этот показатель|данный показатель|что)\s+/iu, '')
    .replace(/[.»"]+.*$/u, '');
  return emitIndicator(ctx, sc, `${what} (${wording})`, trimQuote(ctx, evidence), false, {
    value: c.base?.value,
    unit: c.base?.unit === 'kg' ? 'kg' : c.base?.unit === '%' ? '%' : c.base ? 'count' : undefined,
    ...changeOf(c.change, c.change.direction),
  });
}

export function emitIndicator(
  ctx: DocumentContext,
  sc: SentenceContext,
  phrase: string,
  evidence: Span,
  ofCase: boolean | undefined,
  figures: Record<string, unknown>,
): Mention {
  const restated = restatedByHeadline(ctx, sc, phrase, figures);
  if (restated) {
    ctx.builder.addMention(restated.ref, evidence);
    return {
      ...evidence,
      label: 'Indicator',
      ref: restated.ref,
      name: restated.name,
      existingId: null,
      from: 0,
      to: 0,
    };
  }
  const time = { ...indicatorTime(ctx, sc), ...ownTime(figures) };
  let name = indicatorName(sc, phrase, time, ofCase && ownTime(figures).year === undefined);
  // The same metric with another level in a sentence about a place: that place's count, named with it.
  const place = otherLevel(ctx, indicatorKey(name), figures.value) ? placeOfSentence(ctx, sc) : undefined;
  if (place) {
    phrase = `${phrase} ${place}`;
    name = indicatorName(sc, phrase, time, ofCase && ownTime(figures).year === undefined);
  }
  const mention = addIndicator(
    ctx,
    name,
    evidence,
    { metricRu: phrase, ...figures, ...time, ...ownTime(figures) },
    figures.value !== undefined || figures.change !== undefined ? 0.8 : 0.6,
  );
  rememberIndicator(ctx, sc, indicatorKey(name), mention, phrase, figures.value as number | undefined);
  measures(ctx, sc, mention, ofCase);
  return mention;
}
