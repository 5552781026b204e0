import { headlineOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { byWhom } from './by-whom.ts';
import { relateRoute, routeAfter } from './channel-route.ts';
import { yearOf } from './event-year.ts';
import { proposeChannel } from './propose-channel.ts';
import type { Span } from '../text/segment.ts';

/** «пресечена деятельность преступной группы», «ликвидирована ОПГ», «пресекли деятельность наркогруппировки». */
const GROUP_CUT =
  /(?<!\p{L})(?:пресеч|пресек|ликвидир|разоблач|задержан)\p{L}*(?<!ь|[нт]и[еяюи]|[нт]ием)\s+(?:[\p{L}-]+\s+){0,3}?(?:деятельност\p{L}*\s+)?(?:[\p{L}-]+\s+){0,2}?(?:групп\p{L}*|ОПГ|ОПС|группировк\p{L}*|преступн\p{L}+ сет\p{L}*|наркошоп\p{L}*|интернет-магазин\p{L}*)/iu;
/**
 * Drugs carried on a route, in any aspect and voice: «Партии наркотиков отправлялись из Алматы в Астану»,
 * «партии поступали из Шымкента», «перевёз из Бишкека», «доставлявшему гашиш из Шымкента», «получала из Алматы».
 */
export const CARRIED =
  /(?<!\p{L})(?:отправ|поставля|доставл|доставил|переправ|перевоз|перевез|ввоз|ввез|завоз|завез|транспортир|поступа|поступил|приход(?!\p{L}*с[яь])|привоз|привез|получа|получил)\p{L}*/iu;
export const DRUGS =
  /наркот|мефедрон|гашиш|героин|марихуан|синтетическ|синтетик|психотроп|кокаин|амфетамин|прекурсор|экстази|альфа-PVP|α-PVP/iu;

/**
 * A channel a release describes without the word «канал»: the activity of a group is cut («пресечена
 * деятельность преступной группы…») and a later sentence says where it carried drugs from and to («Партии
 * наркотиков отправлялись из Алматы в Астану и Карагандинскую область»). The route is the channel (its
 * places by channel-route.ts); it was cut by the bodies that cut the group (inferred). Read only when the
 * release names no channel itself, so a courier's trip in a release about a channel is not a second one.
 */
export function findGroupChannel(ctx: DocumentContext): Mention | undefined {
  // The lead says who cut it; a headline restating it names no body.
  const cuts = ctx.sentences.filter((sc) => GROUP_CUT.test(sc.sentence.text));
  const headline = headlineOf(ctx);
  const cut =
    cuts.find((sc) => sc !== headline && sc.mentions.some((m) => m.label === 'Agency')) ??
    cuts.find((sc) => sc.mentions.some((m) => m.label === 'Agency')) ??
    cuts[0];
  if (!cut) return undefined;
  for (const sc of ctx.sentences.slice(cut.index)) {
    const verb = CARRIED.exec(sc.sentence.text);
    if (!verb || !DRUGS.test(sc.sentence.text)) continue;
    const route = routeAfter(ctx, sc, sc.sentence.start + verb.index + verb[0].length);
    if (!route || !/(?<!\p{L})из\s/iu.test(ctx.folded.slice(route.start, route.end))) continue;
    return channelOf(ctx, cut, sc, route);
  }
  return undefined;
}

function channelOf(
  ctx: DocumentContext,
  cut: SentenceContext,
  sc: SentenceContext,
  route: { start: number; end: number },
): Mention {
  const legs = ctx.text.slice(route.start, route.end).replace(/\s+/g, ' ').trim();
  const from = legs.search(/(?<!\p{L})из\s/iu);
  const name = `Канал поставки наркотиков ${legs.slice(Math.max(from, 0))}`;
  const span = { start: sc.sentence.start, end: route.end };
  const channel = proposeChannel(ctx, sc, {
    name,
    span,
    properties: { count: 1, status: 'cut', commodity: 'наркотики', ...yearOf(ctx, cut) },
    confidence: 0.6,
  });
  byWhom(
    ctx,
    cut,
    'DISRUPTED',
    channel,
    'The group whose activity these bodies cut carried drugs on this route.',
  );
  relateRoute(ctx, sc, channel, route);
  return channel;
}

/** The route the sentence before `sc`, in its paragraph, says drugs were carried on («перевозил из Оренбурга»). */
export function routeBefore(
  ctx: DocumentContext,
  sc: SentenceContext,
): { sc: SentenceContext; route: { start: number; end: number } } | undefined {
  const previous = ctx.sentences[sc.index - 1];
  if (previous?.sentence.paragraph !== sc.sentence.paragraph) return undefined;
  const verb = CARRIED.exec(previous.sentence.text);
  if (!verb) return undefined;
  const route = routeAfter(ctx, previous, previous.sentence.start + verb.index + verb[0].length);
  return route ? { sc: previous, route } : undefined;
}

/**
 * «пресечено 3 канала …, организованных через интернет-магазины: товар поступал из Алматы …»: a channel named
 * without a route, whose sentence goes on to say where the goods came from (a verb of carrying, then «из …»).
 */
export function routeLater(ctx: DocumentContext, sc: SentenceContext, from: number): Span | undefined {
  const rest = ctx.folded.slice(from, sc.sentence.end);
  const verb = CARRIED.exec(rest);
  if (!verb) return undefined;
  const route = routeAfter(ctx, sc, from + verb.index + verb[0].length);
  return route && /(?<!\p{L})из\s/iu.test(ctx.folded.slice(route.start, route.end)) ? route : undefined;
}
