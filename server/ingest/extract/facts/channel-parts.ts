/**
 * Channels counted by their route after a tally of channels cut, without the word «канал» again: «пресечено 6
 * каналов поставки, из них два — из Алматы», «Пресечено три канала поставки: два – из Алматы в
 * Западно-Казахстанскую область и один транзитный, шедший через Уральск в Российскую Федерацию», «Мы пресекли 4
 * канала поставки, один из них – из Шымкента в Тараз». Each part is a channel of its own with its `count`, its
 * route (channel-route.ts) and the tally's DISRUPTED body (inferred).
 */
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { numberWord } from '../text/number-words.ts';
import { relateRoute, routeAfter } from './channel-route.ts';
import { yearOf } from './event-year.ts';
import { proposeChannel } from './propose-channel.ts';

/**
 * The part's count opens a clause of the tally's sentence (after «из них», «в том числе», a colon, a comma or
 * «и»), an optional «из них» and kind follow, then a dash or a verb of leading before the route's first
 * preposition.
 */
const PART = new RegExp(
  String.raw`(?:^|[,:;]\s*|\s(?:и|а)\s+|(?:из\s+(?:них|которых)|в\s+том\s+числе)\s+)` +
    String.raw`(\d+|[\p{L}]+)(?:\s+из\s+(?:них|которых))?` +
    String.raw`(?:\s+((?:транзитн|международн|межрегиональн)\p{L}*))?` +
    String.raw`(?:\s*[—–-]|,\s*(?:шедш|ведущ|следовавш|проходивш)\p{L}*|\s+(?:в[её]л|ш[её]л|вели|шли))(?=\s+(?:из|через|в)\s)`,
  'giu',
);

/** The channels counted by route in the rest of a tally's sentence; none when the tally counts one channel. */
export function channelParts(ctx: DocumentContext, sc: SentenceContext, whole: Mention): Mention[] {
  const total = ctx.builder.entityByRef(whole.ref)?.properties?.count;
  if (typeof total === 'number' && total < 2) return [];
  const out: Mention[] = [];
  const from = whole.end;
  const rest = ctx.folded.slice(from, sc.sentence.end);
  let sum = 0;
  for (const m of rest.matchAll(PART)) {
    const count = /^\d+$/u.test(m[1]!) ? Number(m[1]) : numberWord(m[1]!);
    if (count === undefined || !/^(?:\d+|одн|один|дв|тр|четыр|пят|шест|сем|восем|девят|десят)/iu.test(m[1]!))
      continue;
    sum += count;
    if (typeof total === 'number' && sum > total) break;
    const at = from + m.index + m[0].length;
    const route = routeAfter(ctx, sc, at);
    if (!route) continue;
    const start = from + m.index + m[0].indexOf(m[1]!, m[0].length - m[0].trimStart().length);
    const span = { start, end: route.end };
    const kind = m[2] ? `${m[2].toLowerCase().replace(/(?:ом|ый|ого|ых|ые|ий|ая)$/u, 'ый')} ` : '';
    const head = count > 1 ? 'Каналы поставки' : kind ? 'канал' : 'Канал поставки';
    const said = ctx.text.slice(route.start, route.end).trim().replace(/\s+/gu, ' ');
    const name = kind ? `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${head} ${said}` : `${head} ${said}`;
    const channel = proposeChannel(ctx, sc, {
      name,
      span,
      properties: { count, status: 'cut', ...yearOf(ctx, sc) },
      confidence: 0.7,
    });
    relateRoute(ctx, sc, channel, route);
    disruptedAsWhole(ctx, whole, channel);
    out.push(channel);
  }
  const next = out.length === 0 ? leadOfNext(ctx, sc, whole) : undefined;
  if (next) out.push(next);
  return out;
}

/**
 * «Пресечено три канала поставки. Самый крупный вёл из Астаны в Северо-Казахстанскую область», «… Один из них,
 * из Шымкента в Кызылординскую область, ликвидирован …»: the next sentence opens with one of the channels and
 * its route.
 */
const NEXT_LEAD =
  /^\s*(?:[«"]\s*)?(один|одн\p{L}*|самый\s+крупный|крупнейший)(?:\s+из\s+(?:них|которых))?(?:\s*,|\s+(?:в[её]л|ш[её]л|проходил|следовал))(?=\s+(?:из|через)\s)/iu;

function leadOfNext(ctx: DocumentContext, sc: SentenceContext, whole: Mention): Mention | undefined {
  const next = ctx.sentences[sc.index + 1];
  if (!next || next.sentence.paragraph !== sc.sentence.paragraph) return undefined;
  const m = NEXT_LEAD.exec(ctx.folded.slice(next.sentence.start, next.sentence.end));
  if (!m) return undefined;
  const route = routeAfter(ctx, next, next.sentence.start + m.index + m[0].length);
  if (!route) return undefined;
  const start = next.sentence.start + m.index + m[0].indexOf(m[1]!);
  const said = ctx.text.slice(route.start, route.end).trim().replace(/\s+/gu, ' ');
  const channel = proposeChannel(ctx, next, {
    name: `Канал поставки ${said}`,
    span: { start, end: route.end },
    properties: { count: 1, status: 'cut', ...yearOf(ctx, sc) },
    confidence: 0.65,
  });
  relateRoute(ctx, next, channel, route);
  disruptedAsWhole(ctx, whole, channel);
  return channel;
}

/** A part is cut by whoever cut the tally it belongs to (inferred). */
export function disruptedAsWhole(ctx: DocumentContext, whole: Mention, channel: Mention): void {
  const agent = ctx.builder.sourcesOf('DISRUPTED', whole.ref)[0] ?? ctx.mainAgency?.ref;
  if (!agent) return;
  ctx.builder.relate({
    type: 'DISRUPTED',
    from: agent,
    to: channel.ref,
    evidence: channel,
    basis: 'One of the channels the tally before it reports cut.',
    basisRu: 'Один из каналов, о пресечении которых сообщено перед ним.',
    confidence: 0.55,
  });
}
