import { foldName } from '../../gazetteer/fold-name.ts';
import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { byWhom } from './by-whom.ts';
import { yearOf } from './event-year.ts';

const CHANNEL =
  /(?<![\p{L}])(?:((?:пресечен|перекрыт|ликвидирован|выявлен|задокументирован)[аоы]?|пресекли|перекрыли|ликвидировали|выявили)\s+(?:(\d+)\s+)?)?(канал\p{L}*)\s+(поставк\p{L}+|сбыта|контрабанды|транзита|распространения)?/iu;
const INSTRUCTION = /поручил|поручаю|поручено|необходимо|активизировать|усилить/iu;

/**
 * Cut supply channels: "пресекли 8 каналов поставки из Кокшетау, Астаны и Алматы" → `count`, `status: cut`,
 * `year`; ORIGINATES_IN each city after "из", DESTINED_FOR the region after "в" (a city stands for its region,
 * inferred) or the release's region (inferred); DISRUPTED by the body named, or the release's police body.
 */
export function findSupplyChannels(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  for (const sc of ctx.sentences) {
    const channel = channelIn(ctx, sc);
    if (channel) out.push(channel);
  }
  return out;
}

function channelIn(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  const m = CHANNEL.exec(sc.sentence.text);
  if (
    !m ||
    INSTRUCTION.test(sc.sentence.text) ||
    (!m[1] && !/пресечен|пресекл|перекрыт|ликвидир/iu.test(sc.sentence.text))
  )
    return undefined;
  const start = sc.sentence.start + m.index + (m[1] ? m[1].length + 1 : 0);
  const count = m[2] ? Number(m[2]) : undefined;
  const after = ctx.text.slice(start + m[0].length - (m[1] ? m[1].length + 1 : 0), sc.sentence.end);
  const place = String.raw`(?:города?|г\.)?\s*\p{Lu}[\p{L}-]+(?:\s+(?:области|район\p{L}*))?`;
  const list = String.raw`${place}(?:(?:,\s*|\s+и\s+)${place})*`;
  const route = new RegExp(
    String.raw`^(?:\s*наркотик\p{L}*)?(?:\s*через\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?(?:\s*из\s+(?:${list}|[\p{Ll}\s-]{3,40}?(?=\s+в\s|[.;,]|$)))?(?:\s*в\s+(?:${list}))?`,
    'u',
  ).exec(after);
  const end = start + m[0].length - (m[1] ? m[1].length + 1 : 0) + (route?.[0].length ?? 0);
  const span = { start, end: Math.max(end, start + m[0].length - (m[1] ? m[1].length + 1 : 0)) };
  const text = ctx.text.slice(span.start, span.end).replace(/\s+$/, '');
  span.end = span.start + text.length;
  const name = `${count ? `${count} ` : ''}${text
    .replace(/^\d+\s+/, '')
    .charAt(0)
    .toUpperCase()}${text.replace(/^\d+\s+/, '').slice(1)}`.replace(
    /^(\d+ )(\p{Lu})/u,
    (_a, n: string, c: string) => n + c.toLowerCase(),
  );
  const ref = ctx.builder.entity({
    key: `SupplyChannel|${foldName(text)}`,
    label: 'SupplyChannel',
    name,
    existingId: null,
    mention: span,
    properties: {
      count: count ?? 1,
      status: 'cut',
      commodity: /наркотик/i.test(sc.sentence.text) ? 'наркотики' : undefined,
      ...yearOf(ctx, sc),
    },
    confidence: 0.8,
  });
  const channel: Mention = { ...span, label: 'SupplyChannel', ref, name, existingId: null, from: 0, to: 0 };
  byWhom(ctx, sc, 'DISRUPTED', channel);
  route_(ctx, sc, channel);
  return channel;
}

/** "из Кокшетау, Астаны и Алматы" → ORIGINATES_IN; "в Астану" / "в СКО" → DESTINED_FOR (a city stands for its region). */
function route_(ctx: DocumentContext, sc: SentenceContext, channel: Mention): void {
  const places = mentionsOf(sc, 'City', 'Region').filter(
    (p) => p.start >= channel.start && p.end <= channel.end,
  );
  const fromAt = ctx.text.slice(channel.start, channel.end).search(/\sиз\s/);
  const toAt = ctx.text.slice(channel.start, channel.end).search(/\sв\s(?!том)/);
  for (const place of places) {
    const offset = place.start - channel.start;
    const origin = fromAt >= 0 && offset > fromAt && (toAt < fromAt || offset < toAt);
    if (origin && place.label === 'City') {
      ctx.builder.relate({
        type: 'ORIGINATES_IN',
        from: channel.ref,
        to: place.ref,
        evidence: channel,
        confidence: 0.8,
      });
    } else if (!origin) {
      const region = place.label === 'Region' ? place : regionMention(ctx, place);
      if (region)
        ctx.builder.relate({
          type: 'DESTINED_FOR',
          from: channel.ref,
          to: region.ref,
          evidence: channel,
          basis: region === place ? null : 'The channel led to this city, which lies in the region.',
          confidence: 0.7,
        });
    }
  }
  if (toAt < 0 && ctx.mainRegion && !places.some((p) => p.label === 'Region')) {
    ctx.builder.relate({
      type: 'DESTINED_FOR',
      from: channel.ref,
      to: ctx.mainRegion.ref,
      evidence: channel,
      basis:
        'Cut by the police of this region, so the channels supplied it; the text names only their origins.',
      confidence: 0.5,
    });
  }
}

function regionMention(ctx: DocumentContext, city: Mention): Mention | undefined {
  if (!city.regionId) return undefined;
  return ctx.sentences
    .flatMap((s) => s.mentions)
    .find((m) => m.label === 'Region' && m.existingId === city.regionId);
}
