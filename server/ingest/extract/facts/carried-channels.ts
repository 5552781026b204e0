import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { byWhom } from './by-whom.ts';
import { relateRoute, routeAfter } from './channel-route.ts';
import { boundRoute, relateBound, type BoundRoute } from './destined-channels.ts';
import { yearOf } from './event-year.ts';
import { CARRIED, DRUGS } from './group-channels.ts';
import { proposeChannel } from './propose-channel.ts';

/** What a release carries on a route, by its stem, as the channel's name says it (genitive). */
const COMMODITIES: [RegExp, string][] = [
  [/гашиш/iu, 'гашиша'],
  [/мефедрон/iu, 'мефедрона'],
  [/героин/iu, 'героина'],
  [/марихуан/iu, 'марихуаны'],
  [/кокаин/iu, 'кокаина'],
  [/прекурсор/iu, 'прекурсоров'],
  [/синтетик|синтетическ/iu, 'синтетических наркотиков'],
  [/психотроп/iu, 'психотропных веществ'],
];
/** What travels on a route that is no drug: money, information, requests. */
const NOT_CARGO =
  /(?<!\p{L})(?:деньг|денежн|средств|доход|выручк|оплат|платеж|перевод|тенге|информаци|сведени|сообщени|заявлени|жалоб|обращени|запрос|указани)\p{L}*/iu;
/** The goods carried named without the drug («оптовые партии», «груз»): the drug is in the sentence before. */
const GOODS = /(?<!\p{L})(?:парти|груз)\p{L}*/iu;

/**
 * A channel told as drugs carried from one place to another, without the word «канал»: «гашиш доставлялся из
 * Шымкента для сбыта в Актобе», «перевёз из Бишкека в Алматинскую область 1,4 кг гашиша», «курьеру,
 * доставлявшему гашиш из Шымкента в Актау», «оптовые партии группа получала из Алматы». The route must start
 * somewhere («из …»): a drug carried only «в …» or «через …» is a trip, not a supply. A route told just before
 * a channel named with the word is that channel's (supply-channels.ts), and a sentence that already holds a
 * channel adds none. Cut, by inference, by the bodies that stopped it.
 */
export function findCarriedChannels(ctx: DocumentContext, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const sc of ctx.sentences) {
    if (holdsChannel(sc, known) || laterInParagraph(ctx, sc).some((next) => holdsChannel(next, known)))
      continue;
    const commodity = commodityOf(ctx, sc);
    if (!commodity) continue;
    for (const verb of sc.sentence.text.matchAll(new RegExp(CARRIED.source, 'giu'))) {
      const at = sc.sentence.start + verb.index;
      const fronted = goodsRouteBefore(ctx, sc, at);
      if (fronted) {
        out.push(channelOf(ctx, sc, { start: fronted.start, end: at + verb[0].length }, fronted, commodity));
        break;
      }
      const route = routeAfter(ctx, sc, at + verb[0].length);
      const from = route && /(?<!\p{L})из\s/iu.exec(ctx.folded.slice(route.start, route.end));
      if (!route || !from) continue;
      // «деньги от сбыта наркотиков поступали из …», «поступила информация из …»: not the drugs that travel.
      const clause = ctx.folded.slice(Math.max(sc.sentence.start, at - 60), route.start + from.index);
      if (NOT_CARGO.test(clause.slice(clause.lastIndexOf(',') + 1))) continue;
      out.push(channelOf(ctx, sc, { start: at, end: route.end }, route, commodity));
      break;
    }
    const bound = sc.mentions.some((m) => m.label === 'SupplyChannel') ? undefined : boundRoute(ctx, sc);
    if (bound) out.push(channelOf(ctx, sc, bound.span, bound.route, commodity, bound));
  }
  return out;
}

/** «партии гашиша», «груз синтетики»: the goods and their drug, a route right after them. */
const GOODS_OF = /(?<!\p{L})(?:парти|груз)\p{L}*\s+«?[\p{L}-]+»?/giu;

/**
 * «партии гашиша из Алматы в столицу доставлялись авиарейсами»: the route told between the goods and the verb
 * that carries them; its span, when it starts with «из».
 */
function goodsRouteBefore(ctx: DocumentContext, sc: SentenceContext, verbAt: number): Span | null {
  const before = ctx.folded.slice(sc.sentence.start, verbAt);
  for (const goods of before.matchAll(GOODS_OF)) {
    const route = routeAfter(ctx, sc, sc.sentence.start + goods.index + goods[0].length);
    if (!route || !/^\s+из\s/iu.test(ctx.folded.slice(route.start, route.end))) continue;
    if (/^\s*$/u.test(ctx.folded.slice(route.end, verbAt))) return route;
  }
  return null;
}

/**
 * The sentence that says who stopped the carrier: this one if it names a body, else the nearest before it in
 * its paragraph that does («Оперативники ОП … выявили лабораторию. … прекурсоры поступали из Оренбурга»).
 */
function stoppedIn(ctx: DocumentContext, sc: SentenceContext): SentenceContext {
  for (let i = sc.index; i >= Math.max(0, sc.index - 3); i--) {
    const before = ctx.sentences[i]!;
    if (before.sentence.paragraph !== sc.sentence.paragraph) break;
    if (before.mentions.some((m) => m.label === 'Agency')) return before;
  }
  return sc;
}

function holdsChannel(sc: SentenceContext | undefined, known: Mention[]): boolean {
  if (!sc) return false;
  const { start, end } = sc.sentence;
  return (
    sc.mentions.some((m) => m.label === 'SupplyChannel') || known.some((k) => k.start < end && k.end > start)
  );
}

/**
 * The two sentences after this one in its paragraph: «… поступали в Лисаковск из Караганды. Задержанный получал
 * … Канал поставки … из Караганды в Костанайскую область перекрыт.» closes the paragraph with the same channel.
 */
function laterInParagraph(ctx: DocumentContext, sc: SentenceContext): SentenceContext[] {
  return ctx.sentences
    .slice(sc.index + 1, sc.index + 3)
    .filter((next) => next.sentence.paragraph === sc.sentence.paragraph);
}

/** The drug the sentence carries, or the drug of the sentence before when it carries «партии» or «груз». */
function commodityOf(ctx: DocumentContext, sc: SentenceContext): string | undefined {
  const named = (text: string) =>
    DRUGS.test(text) ? (COMMODITIES.find(([stem]) => stem.test(text))?.[1] ?? 'наркотиков') : undefined;
  const own = named(sc.sentence.text);
  if (own) return own;
  if (!GOODS.test(sc.sentence.text)) return undefined;
  const previous = ctx.sentences[sc.index - 1];
  return previous && named(previous.sentence.text);
}

function channelOf(
  ctx: DocumentContext,
  sc: SentenceContext,
  span: Span,
  route: Span | null,
  commodity: string,
  bound?: BoundRoute,
): Mention {
  const name = channelName(ctx, route, commodity, bound);
  const channel = proposeChannel(ctx, sc, {
    name,
    span,
    properties: { count: 1, status: 'cut', commodity, ...yearOf(ctx, sc) },
    confidence: 0.6,
  });
  byWhom(
    ctx,
    stoppedIn(ctx, sc),
    'DISRUPTED',
    channel,
    'The bodies that stopped the drugs on this route cut it.',
  );
  // «для Алматы»: the destination is said without a leg, so the route adds no default one.
  if (route || !bound) relateRoute(ctx, sc, channel, route);
  if (bound) relateBound(ctx, channel, bound);
  return channel;
}

/** «Канал поставки гашиша из Шымкента в Актау», «Канал поставки гашиша из Алматы для Петропавловска». */
function channelName(
  ctx: DocumentContext,
  route: Span | null,
  commodity: string,
  bound?: BoundRoute,
): string {
  const words = (span: Span) => ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (!bound) {
    const legs = words(route!);
    return `Канал поставки ${commodity} ${legs.slice(Math.max(legs.search(/(?<!\p{L})из\s/iu), 0))}`;
  }
  const from = bound.origin ? ` из ${genitivePhrase(ctx.morph, bound.origin.name)}` : '';
  const to = route ? ` ${words(route)}` : ` для ${bound.destinations.map((d) => words(d)).join(', ')}`;
  return `Канал поставки ${commodity}${from}${to}`;
}
