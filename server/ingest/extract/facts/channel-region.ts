import {
  insideAnother,
  mentionsOf,
  type DocumentContext,
  type Mention,
  type SentenceContext,
} from '../context.ts';

/** «в Жамбылской области, где …», «на территории Карагандинской области»: a region said as where things happened. */
const LOCATIVE = /(?:^|\s)(?:в|во|на территории)\s+$/iu;

export const SAID_REGION_BASIS =
  'The sentence puts the cut channels in this region; the text names only their origins.';
export const SAID_REGION_BASIS_RU =
  'Предложение относит пресечённые каналы к этому региону; в тексте названы только места, откуда они шли.';

/**
 * The one region a channel's sentence names, before the channel and for itself (not inside a body's name), as
 * where the cut happened: «Наибольший объём изъят в Жамбылской области, где … пресечены 6 каналов … из
 * Бишкека». Channels cut there supplied it, whatever region the release is mostly about.
 */
export function regionSaidWith(
  ctx: DocumentContext,
  sc: SentenceContext,
  channel: Mention,
): Mention | undefined {
  const regions = mentionsOf(sc, 'Region').filter(
    (r) =>
      r.end <= channel.start &&
      !insideAnother(sc, r) &&
      LOCATIVE.test(ctx.folded.slice(Math.max(sc.sentence.start, r.start - 20), r.start)),
  );
  const distinct = new Set(regions.map((r) => r.ref));
  return distinct.size === 1 ? regions[0] : undefined;
}
