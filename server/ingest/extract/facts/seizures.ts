import { foldName } from '../../gazetteer/fold-name.ts';
import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

const SEIZED =
  /изъят\p{L}*|изъял\p{L}*|обнаружен\p{L}* и изъят\p{L}*|конфисковал\p{L}*|задокументирован\p{L}*/iu;
const CHANNEL =
  /(?<![\p{L}])(?:((?:пресечен|перекрыт|ликвидирован|выявлен|задокументирован)[аоы]?|пресекли|перекрыли|ликвидировали|выявили)\s+(?:(\d+)\s+)?)?(канал\p{L}*)\s+(поставк\p{L}+|сбыта|контрабанды|транзита|распространения)?/iu;
const INSTRUCTION = /поручил|поручаю|поручено|необходимо|активизировать|усилить/iu;
const SUBSTANCE =
  /^\s*(?:-\s*ов\s*)?((?:[\p{Ll}-]+\s+){0,2}?(?:наркотик\p{L}*|наркотическ\p{L}+ средств\p{L}*|психотропн\p{L}+ веществ\p{L}*|веществ\p{L}*|прекурсор\p{L}*|марихуан\p{L}*|гашиш\p{L}*|героин\p{L}*|кокаин\p{L}*|мефедрон\p{L}*|синтетическ\p{L}+|опи\p{L}+|конопл\p{L}+|маковой соломы|мака|насвай\p{L}*|амфетамин\p{L}*|метадон\p{L}*|спайс\p{L}*|соли))/iu;
const POLICE_SUBJECT = /полицейск\p{L}*|сотрудник\p{L}* полиции|стражи порядка|наркополицейск\p{L}*/iu;

/**
 * Seizures ("изъято свыше 770 кг различных наркотиков, в том числе 8 кг синтетических") and cut supply
 * channels ("пресекли 8 каналов поставки из Кокшетау, Астаны и Алматы"). Amounts in kg (`amountKg`,
 * `amountQualifier`), the substance, the year (relative dates resolved); SEIZED/DISRUPTED by the body named in
 * the sentence, or by the release's police body when the text only says "полицейские" (inferred);
 * OCCURRED_IN, ORIGINATES_IN and DESTINED_FOR from the places named; INCLUDED_IN for "в том числе".
 */
export function findSeizuresAndChannels(ctx: DocumentContext): { seizures: Mention[]; channels: Mention[] } {
  const seizures: Mention[] = [];
  const channels: Mention[] = [];
  for (const sc of ctx.sentences) {
    if (SEIZED.test(sc.sentence.text)) seizures.push(...seizuresIn(ctx, sc));
    const channel = channelIn(ctx, sc);
    if (channel) channels.push(channel);
  }
  return { seizures, channels };
}

function yearOf(ctx: DocumentContext, sc: SentenceContext) {
  const t = sc.times.find((x) => x.year && !x.comparison && !x.deadline);
  return {
    year: t?.year ?? ctx.published?.year,
    yearBasis: t ? (t.basis ?? undefined) : ctx.published ? 'the year of the publication date' : undefined,
  };
}

function seizuresIn(ctx: DocumentContext, sc: SentenceContext): Mention[] {
  const out: Mention[] = [];
  const amounts = sc.figures.filter((f) => f.unit === 'kg');
  let whole: Mention | undefined;
  for (const amount of amounts) {
    const substance = SUBSTANCE.exec(ctx.text.slice(amount.end, sc.sentence.end));
    const end = substance ? amount.end + substance.index + substance[0].length : amount.end;
    const start = ctx.text
      .slice(Math.max(sc.sentence.start, amount.start - 12), amount.start)
      .match(/(?:свыше|более|около|почти|порядка|не менее)\s+$/iu)
      ? ctx.text.lastIndexOf(' ', amount.start - 2) + 1
      : amount.start;
    const span = { start: Math.max(start, sc.sentence.start), end };
    const part =
      whole && /в том числе|из (?:них|которых)|включая/iu.test(ctx.text.slice(whole.end, amount.start));
    const name = `Изъятие ${ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ')}`;
    const ref = ctx.builder.entity({
      key: `Seizure|${foldName(name)}`,
      label: 'Seizure',
      name,
      existingId: null,
      mention: span,
      properties: {
        amountKg: amount.value,
        amountQualifier:
          amount.qualifier === 'over'
            ? 'over'
            : amount.qualifier === 'about'
              ? 'about'
              : amount.qualifier === 'under'
                ? 'under'
                : 'exactly',
        substance: substance?.[1]?.trim(),
        ...yearOf(ctx, sc),
      },
      confidence: substance ? 0.85 : 0.7,
    });
    const mention: Mention = { ...span, label: 'Seizure', ref, name, existingId: null, from: 0, to: 0 };
    if (part && whole)
      ctx.builder.relate({
        type: 'INCLUDED_IN',
        from: ref,
        to: whole.ref,
        evidence: { start: whole.start, end: span.end },
        confidence: 0.85,
      });
    else whole = mention;
    byWhom(ctx, sc, 'SEIZED', mention);
    where(ctx, sc, mention);
    out.push(mention);
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

/** The body that seized or cut: named in the sentence, or the release's police body for "полицейские". */
export function byWhom(ctx: DocumentContext, sc: SentenceContext, type: string, target: Mention): void {
  const named = mentionsOf(sc, 'Agency').filter(
    (a) =>
      a.end <= target.start &&
      !/совместно с\s*$/iu.test(ctx.text.slice(Math.max(sc.sentence.start, a.start - 14), a.start)),
  );
  const body = named.find(
    (a) =>
      !sc.mentions.some(
        (o) =>
          o !== a &&
          o.label === 'Agency' &&
          o.start <= a.start &&
          o.end >= a.end &&
          o.end - o.start > a.end - a.start,
      ),
  );
  if (body) {
    ctx.builder.relate({
      type,
      from: body.ref,
      to: target.ref,
      evidence: { start: body.start, end: target.end },
      confidence: 0.8,
    });
    return;
  }
  const police = POLICE_SUBJECT.exec(sc.sentence.text);
  const main = ctx.mainAgency;
  if (!main) return;
  const evidence: Span = police
    ? { start: Math.min(sc.sentence.start + police.index, target.start), end: target.end }
    : sc.sentence;
  ctx.builder.relate({
    type,
    from: main.ref,
    to: target.ref,
    evidence,
    basis: police
      ? `"${police[0]}" in the release of this body: its officers; the sentence does not name the body.`
      : 'Reported in the release of this body; the sentence does not name who did it.',
    confidence: police ? 0.6 : 0.4,
  });
}

function where(ctx: DocumentContext, sc: SentenceContext, seizure: Mention): void {
  const place = mentionsOf(sc, 'Region', 'City').find(
    (p) =>
      !sc.mentions.some((a) => a.label === 'Agency' && a.start <= p.start && a.end >= p.end) &&
      p.start < seizure.start,
  );
  if (place)
    ctx.builder.relate({
      type: 'OCCURRED_IN',
      from: seizure.ref,
      to: place.ref,
      evidence: { start: place.start, end: seizure.end },
      confidence: 0.75,
    });
}
