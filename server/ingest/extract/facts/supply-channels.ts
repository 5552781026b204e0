import { headlineOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { numberWord } from '../text/number-words.ts';
import { byWhom } from './by-whom.ts';
import { findCarriedChannels } from './carried-channels.ts';
import { relateRoute } from './channel-route.ts';
import { channelParts } from './channel-parts.ts';
import { channelKinds } from './channel-kinds.ts';
import { channelWord, cutByNoun } from './channel-word.ts';
import { yearOf } from './event-year.ts';
import { findGroupChannel, routeBefore, routeLater } from './group-channels.ts';
import { proposeChannel } from './propose-channel.ts';
import { seizureChange } from './seizure-change.ts';

/**
 * A channel by its word: «канал поставки», «наркотрафик», «маршрут контрабанды» (a route of a supply, not a
 * patrol's); a channel of money («канал финансирования наркошопов», «легализации») is none.
 */
const CHANNEL =
  /(?<![\p{L}])(?:(\d+|[\p{L}]+)\s+)?((?:международн|межрегиональн|транзитн|устойчив|крупн|нов)\p{L}*\s+)?(канал\p{L}*(?!\p{L})(?!\s+(?:финансирования|легализации|отмывания|вывода|оплаты|связи))|(?:нарко)?трафик\p{L}*|маршрут\p{L}*(?=\s+(?:поставк|контрабанд|транзит|доставк|перевозк|сбыт)))(?:\s+(поставк\p{L}+|сбыта|контрабанды|транзита|распространения|доставки|перевозки))?/iu;
/**
 * A verb that reports the channel cut, in any voice («пресечён», «пресекли», «перекрыт», «ликвидирован»), but
 * not its infinitive or noun («перекрыть такие каналы», «направленное на пресечение каналов», «по установлению
 * каналов сбыта»): those speak of a task, not of a result.
 */
const CUT =
  /(?<![\p{L}])(?:пресеч|пресек|перекрыт|перекрыл|ликвидир|выявлен|выявил|задокументир|разоблач|установлен)\p{L}*(?<!ь|[нт]и[еяюи]|[нт]ием)(?![\p{L}])/iu;
/** «Ещё один канал вёл через Мерке в Тараз»: one more of the channels just reported cut. */
const ONE_MORE = /(?<![\p{L}])ещ[её]\s+(один|одного|\d+|[\p{L}]+)\s+канал/iu;
/** «…, а всего с января перекрыто 12 каналов»: a tally of all channels told after one of them. */
const TALLY_AFTER = /(?<![\p{L}])(?:всего|итого|в\s+целом)(?![\p{L}])(?=[^.;]{0,60}?\d+\s+канал)/iu;
const INSTRUCTION = /поручил|поручаю|поручено|необходимо|активизировать|усилить|перекрытию|по выявлению/iu;

/**
 * Cut supply channels: «пресекли 8 каналов поставки из Кокшетау, Астаны и Алматы», «пресечён международный
 * канал контрабанды наркотиков из Кыргызстана в Россию», «Ещё один канал вёл через Мерке в Тараз» → `count`,
 * `status: cut`, `year`; the route (channel-route.ts); DISRUPTED by the bodies that cut it. A headline that
 * restates the lead names the same channel as the lead.
 */
export function findSupplyChannels(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  const headline = headlineOf(ctx);
  for (const sc of ctx.sentences.filter((s) => s !== headline)) {
    const channel = channelIn(ctx, sc, out);
    if (channel) out.push(channel);
    const part = channel && partOf(ctx, sc, channel, out);
    if (part) out.push(part);
    // «…, из них два — из Алматы»: parts counted by route, the channel word not repeated.
    else if (channel) {
      const parts = channelParts(ctx, sc, channel);
      // «…, из них 2 международных»: parts counted by kind.
      out.push(...(parts.length ? parts : channelKinds(ctx, sc, channel)));
    }
    // «Это пятый канал из России, а всего с января перекрыто 12 каналов»: the period's tally after one channel.
    const tally = channel && TALLY_AFTER.exec(ctx.folded.slice(channel.end, sc.sentence.end));
    const total = tally && channelIn(ctx, sc, out, channel!.end + tally.index - sc.sentence.start);
    if (total && total.ref !== channel!.ref) out.push(total);
  }
  // «Пресечена деятельность группы… Партии отправлялись из Алматы в Астану»: a channel without the word.
  const group = out.length === 0 ? findGroupChannel(ctx) : undefined;
  if (group) out.push(group);
  // «гашиш доставлялся из Шымкента»: drugs carried on a route, no channel word at all.
  out.push(...findCarriedChannels(ctx, out));
  // The headline names the channel its lead reports: the same entity, one more mention.
  const title = headline && CHANNEL.exec(headline.sentence.text);
  if (headline && title && CUT.test(headline.sentence.text)) {
    const start = headline.sentence.start + title.index + title[0].indexOf(title[2] ?? title[3]!);
    const end = headline.sentence.start + title.index + title[0].length;
    if (out[0]) ctx.builder.addMention(out[0].ref, { start, end });
    else {
      const channel = channelIn(ctx, headline, out);
      if (channel) out.push(channel);
    }
  }
  return out;
}

/**
 * «Ликвидировано 9 каналов, в том числе 2 канала синтетики из Алматы»: the part named after the whole; «…, а
 * также 2 международных канала из Кыргызстана», «…, ещё один канал шёл из …»: one more cut by the same verb.
 */
const PART = /(?:,\s*|\s)(?:в\s+том\s+числе|из\s+них|среди\s+них|а\s+также|(?=ещ[её]\s))\s*/iu;

function partOf(
  ctx: DocumentContext,
  sc: SentenceContext,
  whole: Mention,
  earlier: Mention[],
): Mention | undefined {
  const rest = ctx.folded.slice(whole.end, sc.sentence.end);
  const part = PART.exec(rest);
  if (!part || !CHANNEL.test(rest.slice(part.index + part[0].length, part.index + part[0].length + 30)))
    return undefined;
  return channelIn(ctx, sc, earlier, whole.end + part.index + part[0].length - sc.sentence.start);
}

function channelIn(
  ctx: DocumentContext,
  sc: SentenceContext,
  earlier: Mention[],
  /** Where in the sentence to look for the channel's word: after a whole, its part. */
  from = 0,
): Mention | undefined {
  const text = sc.sentence.text;
  const word = channelWord(ctx, sc, CHANNEL, from);
  if (!word || INSTRUCTION.test(text)) return undefined;
  const { match: m, at, route } = word;
  const oneMore = earlier.length > 0 && ONE_MORE.test(text) && !CUT.test(text);
  if (!oneMore && !CUT.test(text) && !cutByNoun(ctx, sc, word)) return undefined;
  const count = countOf(m[1]);
  const start = at + m[0].indexOf(count !== undefined ? m[1]! : (m[2] ?? m[3]!));
  // «… перевозил из Оренбурга для сбыта в Актобе. Пресечён канал поставки.»: the route told just before.
  const told = route ? undefined : routeBefore(ctx, sc);
  const later = route || told ? undefined : routeLater(ctx, sc, at + m[0].length);
  const span = { start, end: route?.end ?? at + m[0].length };
  const written = ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const name = nominative(written.charAt(0).toUpperCase() + written.slice(1));
  const channel = proposeChannel(ctx, sc, {
    name,
    span,
    properties: {
      count: count ?? 1,
      status: 'cut',
      commodity: /наркотик|марихуан|гашиш|героин|синтетическ/iu.test(text) ? 'наркотики' : undefined,
      ...yearOf(ctx, sc),
      ...tallyChange(ctx, sc, count, start),
    },
    confidence: 0.8,
  });
  if (oneMore) disruptedLikeBefore(ctx, earlier.at(-1)!, channel);
  else byWhom(ctx, sc, 'DISRUPTED', channel);
  if (told)
    relateRoute(
      ctx,
      told.sc,
      channel,
      told.route,
      'The sentence before says where the drugs were carried; the channel cut names no route of its own.',
    );
  else relateRoute(ctx, sc, channel, route ?? later ?? null);
  return channel;
}

/**
 * «пресечено 9 каналов поставки наркотиков, что на треть больше, чем годом ранее»: a tally of channels compared
 * with the year before carries the change as a seized amount does. Some annotators give it to an Indicator of the
 * period too (compared-results.ts); the channels get it either way.
 */
function tallyChange(
  ctx: DocumentContext,
  sc: SentenceContext,
  count: number | undefined,
  start: number,
): Record<string, unknown> {
  if (count === undefined || count < 2) return {};
  const figure = sc.figures.find((f) => f.start === start && f.unit === 'count' && !f.isChange);
  return figure ? seizureChange(ctx, sc, figure) : {};
}

/** «пресечение канала поставки …» names «Канал поставки …»: a single channel's word in the nominative. */
function nominative(name: string): string {
  return name.replace(/^(Канал|Маршрут|Наркотрафик|Трафик)(?:а|у|ом|е)(?!\p{L})/u, '$1');
}

/** «пресекли 8 каналов», «пресечено три канала»: the number before «канал», if it is one. */
function countOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return /^\d+$/.test(word) ? Number(word) : numberWord(word);
}

/** «Ещё один канал …»: cut by whoever cut the channels reported before it (inferred). */
function disruptedLikeBefore(ctx: DocumentContext, reported: Mention, channel: Mention): void {
  const agent = ctx.builder.sourcesOf('DISRUPTED', reported.ref)[0] ?? ctx.mainAgency?.ref;
  if (!agent) return;
  ctx.builder.relate({
    type: 'DISRUPTED',
    from: agent,
    to: channel.ref,
    evidence: channel,
    basis: '«Ещё один» adds it to the channels reported cut just before.',
    confidence: 0.55,
  });
}
