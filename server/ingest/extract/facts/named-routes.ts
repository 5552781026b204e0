import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { relateRoute, routeAfter } from './channel-route.ts';
import { proposeChannel } from './propose-channel.ts';

/**
 * «Главный канал прежний: из Бишкека через Кордай в Алматы», «Основной маршрут — из Чуйской долины через
 * Кордай …», «Первый канал: …»: a channel the speaker ranks, its route told after a colon or a dash.
 */
const RANKED =
  /(?<!\p{L})(?:главн|основн|перв|втор|трет|друг|крупнейш)\p{L}*\s+(?:канал|маршрут|поток|направлени)\p{L}*(?:\s+\p{L}+)?\s*(?::|\s[—–-])(?=\s+(?:из|через)\s)/iu;
/** «Второй – через Мерке на Тараз и Шымкент»: the next one, the noun left out, right after a ranked one. */
const NEXT = /^\s*(?:втор|трет|друг|ещ[её]\s+од)\p{L}*\s*(?::|\s[—–-])(?=\s+(?:из|через)\s)/iu;

/**
 * Channels a speaker describes by route, not reported cut: «Главный канал прежний: из Бишкека через Кордай в
 * Алматы. Второй – через Мерке на Тараз и Шымкент.» Each is one channel (`count: 1`) named by its route, with
 * ORIGINATES_IN and DESTINED_FOR as the route says (channel-route.ts). The route must pass through a place
 * («через») or run from one to another, so a lone «из Бишкека» names no channel here.
 */
export function findNamedRoutes(ctx: DocumentContext, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let previous: SentenceContext | undefined;
  for (const sc of ctx.sentences) {
    const ranked = RANKED.exec(sc.sentence.text);
    const next = !ranked && previous && previous.index === sc.index - 1 ? NEXT.exec(sc.sentence.text) : null;
    const head = ranked ?? next;
    if (!head) continue;
    const at = sc.sentence.start + head.index + head[0].length;
    const route = routeAfter(ctx, sc, at);
    if (!route) continue;
    const gap = /^\s*/u.exec(ctx.text.slice(route.start))![0].length;
    const span = { start: route.start + gap, end: route.end };
    const words = ctx.text.slice(span.start, span.end).replace(/\s+/gu, ' ');
    if (!/(?<!\p{L})через\s/iu.test(words) && !/^из\s.+\s(?:в|во|на)\s/iu.test(words)) continue;
    if (taken.some((t) => t.start < span.end && t.end > span.start)) continue;
    const channel = proposeChannel(ctx, sc, {
      name: `Канал ${words}`,
      span,
      properties: { count: 1 },
      confidence: 0.6,
    });
    relateRoute(ctx, sc, channel, route);
    out.push(channel);
    previous = sc;
  }
  return out;
}
