import type { GazetteerEntry } from '../../draft.ts';
import type { DocumentContext, SentenceContext } from '../context.ts';
import { regionOf } from './region-of.ts';

/**
 * A city of republican significance is a City («из Астаны», «житель Алматы») unless it stands for its region:
 * when the document is about it (the Almaty city police's release) or a channel leads into it («каналы
 * поставки … в Алматы и Астану», «… в Туркестанскую область и город Шымкент»). "город Астана" in a body's name
 * is the Region. Where drugs came from («из Алматы») is the city.
 */
export function cityOrRegion(ctx: DocumentContext, sc: SentenceContext, entry: GazetteerEntry, at: number) {
  const city = (id: string) => ctx.index.get(id)?.label === 'City';
  const leg = routeLeg(ctx, sc, at);
  if (entry.label === 'Region' && /^город /i.test(entry.name)) {
    if (leg === 'to') return entry;
    const inner = entry.context?.find(city);
    return inner ? ctx.index.get(inner)! : entry;
  }
  if (entry.label !== 'City') return entry;
  const region = regionOf(ctx, entry);
  const regionEntry = region ? ctx.index.get(region) : undefined;
  if (!regionEntry || !/^город /i.test(regionEntry.name) || leg === 'from') return entry;
  return region === ctx.homeRegionId || leg === 'to' ? regionEntry : entry;
}

const LIST_WORD = /^(?:и|город|г|област\p{L}*)$/iu;
/** Words that make «из … в …» a route of drugs: a channel, a supply, goods sent or carried. */
const ROUTE_CUE =
  /канал|поставк|поставля|отправля|доставля|переправля|перевоз|ввоз|завоз|транспортир|контрабанд|наркотрафик/iu;

/**
 * Whether the place at token `at` is on a drugs' route: where it leads («канал … в Алматы и Астану», «… в
 * Туркестанскую область и город Шымкент»: the list after «в») or where it starts («Партии отправлялись из
 * Алматы»: a city, even in a release about that city).
 */
function routeLeg(ctx: DocumentContext, sc: SentenceContext, at: number): 'to' | 'from' | null {
  let k = at - 1;
  while (k >= 0 && (/^\p{Lu}/u.test(sc.tokens[k]!.text) || LIST_WORD.test(sc.tokens[k]!.text))) k--;
  const preposition = sc.tokens[k]?.text.toLowerCase();
  const leg = preposition === 'в' || preposition === 'во' ? 'to' : preposition === 'из' ? 'from' : null;
  if (!leg || !ROUTE_CUE.test(ctx.folded.slice(sc.sentence.start, sc.tokens[k]!.start))) return null;
  return leg;
}
