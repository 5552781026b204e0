import { between, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { formatPartialDate } from '../recognise/partial-date.ts';
import type { Span } from '../text/segment.ts';
import { appointmentOrderDate } from './order-date.ts';

export type Tense = 'current' | 'appointed' | 'former';

/** Words before a post that make it a former one: «ранее», «бывший», «прежний». */
export const FORMER = /(?:ранее|бывш\p{L}+|прежн\p{L}+|до этого|прежде|в прошлом)\s*$/iu;

/** Ranks between a post and its holder's name: «начальник ДП … генерал-майор полиции Серик …». */
export const RANK = String.raw`(?:(?:генерал(?:-(?:майор|лейтенант|полковник))?|полковник|подполковник|майор|капитан|(?:старший\s+|младший\s+)?лейтенант|(?:старший\s+)?сержант|(?:старший\s+|младший\s+|государственный\s+)?советник)\p{L}*(?:\s+(?:полиции|юстиции|финансовой полиции))?)`;

/**
 * HOLDS: a person and a post, with time. «назначен» opens it (`validFrom`: the date stated, else the
 * publication date, said so); a former post is closed (`current: false`; `validTo` the end of the span the text
 * gives, «с 2019 по 2022 год», else the publication date as an upper bound); a span's start is `validFrom`.
 */
export function holds(
  ctx: DocumentContext,
  sc: SentenceContext,
  person: Mention,
  post: Mention | { ref: string; generic?: boolean },
  tense: Tense,
  evidence: Span,
  range?: { from: string; to?: string },
  basis: string | null = null,
  left?: { validTo: string; basis: string },
): void {
  // «В 2023 году он был назначен …» in a release of 2025: an appointment of the past, a post since left
  // (the genre tells a career that way before the new post).
  const pastYear =
    tense === 'appointed' && !range && ctx.published
      ? sc.times.find((t) => t.year && !t.date && !t.deadline && !t.comparison && !t.range && !t.basis)
      : undefined;
  if (pastYear?.year && ctx.published && pastYear.year < ctx.published.year) {
    tense = 'former';
    range = { from: String(pastYear.year) };
  }
  const properties: Record<string, unknown> = { current: tense !== 'former' };
  if (range?.from) properties.validFrom = range.from;
  if (tense === 'appointed' && !range) {
    const date = sc.times.find((t) => t.date && !t.deadline && !t.range);
    const order = date?.date ? undefined : appointmentOrderDate(ctx);
    if (date?.date) properties.validFrom = date.date;
    else if (order) {
      properties.validFrom = order.date;
      properties.validFromBasis = 'the release names the order of this date that made its appointments';
    } else if (ctx.published) {
      properties.validFrom = formatPartialDate(ctx.published);
      properties.validFromBasis = 'the appointment is reported in a release published on this date';
    }
  }
  if (tense === 'former' && range?.to) properties.validTo = range.to;
  else if (tense === 'former' && left) {
    properties.validTo = left.validTo;
    properties.validToBasis = left.basis;
  } else if (tense === 'former' && ctx.published) {
    properties.validTo = formatPartialDate(ctx.published);
    properties.validToBasis = 'a former post: it ended on or before the publication date';
  }
  const lead = FORMER.exec(between(ctx, Math.max(sc.sentence.start, evidence.start - 12), evidence.start));
  ctx.builder.relate({
    type: 'HOLDS',
    from: person.ref,
    to: post.ref,
    evidence: { start: lead ? evidence.start - lead[0].length : evidence.start, end: evidence.end },
    basis: basis ?? (post.generic ? 'The post is named in general terms next to the person.' : null),
    confidence: tense === 'current' ? 0.9 : 0.85,
    properties,
  });
}

/**
 * A stretch of time said with a post: right before its verb («а с 2019 по 2022 год был …»), inside it, or
 * right after it («руководивший ДП … с 2021 года»).
 */
export function rangeNear(sc: SentenceContext, from: number, to: number) {
  // «Мырзахметов, возглавляющий районную полицию с июня 2023 года, ранее работал …»: a stretch inside a
  // participle or «который» clause closed before the verb belongs to that clause's post, not to the verb's
  // («а ещё ранее, с 2014 по 2018 год, занимал …» is the verb's own).
  const ownClause = (t: { start: number; end: number }) => {
    if (t.end > from) return true;
    const at = (offset: number) => offset - sc.sentence.start;
    const lead = sc.sentence.text.slice(0, at(t.start));
    const clause = lead.slice(lead.lastIndexOf(',') + 1);
    return !(
      /(?:ющ|ящ|вш|нн)\p{L}*\s|(?<![\p{L}])котор/iu.test(clause) &&
      sc.sentence.text.slice(at(t.end), at(from)).includes(',')
    );
  };
  return sc.times.find((t) => t.range && t.start >= from - 40 && t.start <= to + 3 && ownClause(t))?.range;
}
