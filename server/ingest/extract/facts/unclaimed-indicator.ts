import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { indicatorTime } from './indicator-links.ts';
import { indicatorName } from './indicator-name.ts';
import { addIndicator } from './indicator-entity.ts';
import { clauseAgent, reportingBody } from './reporting-body.ts';
import { measuringBody, releaseBody } from './release-body.ts';

const BASIS =
  'A figure of the case the release reports on: the body that ran the case measured it; the sentence does not name it.';
const BASIS_RU =
  'Показатель дела, о котором сообщает релиз: его установил орган, который вёл дело; в предложении он не назван.';
const AGENT_BASIS = 'The clause names this body as the one that did the work the figure counts.';
const AGENT_BASIS_RU = 'В предложении этот орган назван исполнителем работы, которую считает показатель.';

/**
 * An Indicator for a figure no other rule took: named from `phrase` (with the sentence's own period, if it
 * has one), quoted from `evidence`, and measured by the body that ran the case, inferred. A sum or count of
 * one case («на имущество на сумму 186 млн тенге наложен арест», «57 банковских карт») is the body's work,
 * not the region's: no region is linked unless the sentence names one.
 */
export function unclaimedIndicator(
  ctx: DocumentContext,
  sc: SentenceContext,
  phrase: string,
  evidence: Span,
  figures: Record<string, unknown>,
): Mention {
  const time = indicatorTime(ctx, sc);
  const name = indicatorName(sc, phrase, time, true);
  const mention = addIndicator(ctx, name, evidence, { metricRu: phrase, ...figures, ...time }, 0.6);
  const agent = clauseAgent(ctx, sc, evidence.start);
  const reporter = reportingBody(ctx, sc) ?? releaseBody(ctx)?.body.ref;
  const body = agent?.ref ?? (reporter ? measuringBody(ctx, reporter) : undefined);
  if (body)
    ctx.builder.relate({
      type: 'MEASURES',
      from: mention.ref,
      to: body,
      evidence,
      basis: agent ? AGENT_BASIS : BASIS,
      basisRu: agent ? AGENT_BASIS_RU : BASIS_RU,
      confidence: 0.45,
    });
  return mention;
}
