/**
 * Channels counted by their kind after a tally of channels cut, the word «канал» not repeated: «пресечено 14
 * каналов поставки, из них 2 международных», «9 каналов, 4 из них — межрегиональные», «в том числе 5
 * международных», «из них 3 — на участке границы с Узбекистаном». Each part is a SupplyChannel of its own with
 * its `count` (annotators write it so), cut by whoever cut the tally (inferred), with its route when one follows.
 */
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { numberWord } from '../text/number-words.ts';
import { disruptedAsWhole } from './channel-parts.ts';
import { relateRoute, routeAfter } from './channel-route.ts';
import { yearOf } from './event-year.ts';
import { proposeChannel } from './propose-channel.ts';

const KIND = String.raw`(?:международн|межрегиональн|транзитн|межгосударственн|трансграничн|межобластн|внутриобластн|внутрирегиональн)\p{L}*`;
const COUNT = String.raw`(\d+|[\p{L}]+)`;
const OF_THEM = String.raw`(?:из\s+(?:них|которых)|в\s+том\s+числе|среди\s+них)`;
/**
 * «из них 2 международных», «в том числе 5 международных», «4 из них — межрегиональные», «из них 3 — на участке
 * …»: a number with «из них» on either side, then a kind, or a dash and a place phrase («на/по …») up to the
 * clause's end.
 */
const KIND_PART = new RegExp(
  String.raw`(?:^|[,;:]\s*|\s)(?:${OF_THEM}\s+${COUNT}|${COUNT}\s+${OF_THEM})` +
    String.raw`(?:\s*[—–-]\s*|\s+)(?:(${KIND})|(?<=[—–-]\s*)((?:на|по)\s+[^,;.:]{4,80}))`,
  'giu',
);

/** The parts of a tally counted by kind in the rest of its sentence; none when the tally counts one channel. */
export function channelKinds(ctx: DocumentContext, sc: SentenceContext, whole: Mention): Mention[] {
  const total = ctx.builder.entityByRef(whole.ref)?.properties?.count;
  if (typeof total !== 'number' || total < 2) return [];
  const out: Mention[] = [];
  const rest = ctx.folded.slice(whole.end, sc.sentence.end);
  let sum = 0;
  for (const m of rest.matchAll(KIND_PART)) {
    const written = m[1] ?? m[2]!;
    const count = /^\d+$/u.test(written) ? Number(written) : numberWord(written);
    if (count === undefined || count < 1) continue;
    sum += count;
    // «из них 2 международных» can never hold more channels than the tally.
    if (sum > total) break;
    const said = m[3] ?? m[4]!;
    const start = whole.end + m.index + m[0].indexOf(written);
    const end = whole.end + m.index + m[0].length;
    const name = m[3]
      ? `${capital(m[3].replace(/(?:ые|ых|ый|ий|ие|их|ого|ая|ой)$/u, count > 1 ? 'ые' : 'ый'))} ${count > 1 ? 'каналы' : 'канал'} поставки (${count})`
      : `${count > 1 ? 'Каналы' : 'Канал'} поставки ${ctx.text.slice(end - said.length, end).trim()}`;
    const channel = proposeChannel(ctx, sc, {
      name,
      span: { start, end },
      properties: { count, status: 'cut', ...yearOf(ctx, sc) },
      confidence: 0.65,
    });
    // «из них 4 межрегиональных: по ним марихуана из Шу …»: a route right after the kind is the part's.
    const lead = /^\s*:?(?:\s*по\s+ним)?/u.exec(ctx.folded.slice(end, sc.sentence.end))![0].length;
    const route = routeAfter(ctx, sc, end + lead);
    if (route) relateRoute(ctx, sc, channel, route);
    disruptedAsWhole(ctx, whole, channel);
    out.push(channel);
  }
  return out;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
