import type { GazetteerEntry } from '../../draft.ts';
import type { DocumentContext, SentenceContext } from '../context.ts';
import { regionOf } from './region-of.ts';

/**
 * A city of republican significance is a City («из Астаны», «житель Алматы») unless it stands for its region:
 * when the document is about it (the Almaty city police's release) or a channel leads into it («каналы
 * поставки … в Алматы и Астану», «… в Туркестанскую область и город Шымкент»). "город Астана" in a body's name
 * is the Region.
 */
export function cityOrRegion(ctx: DocumentContext, sc: SentenceContext, entry: GazetteerEntry, at: number) {
  const city = (id: string) => ctx.index.get(id)?.label === 'City';
  if (entry.label === 'Region' && /^город /i.test(entry.name)) {
    if (channelDestination(ctx, sc, at)) return entry;
    const inner = entry.context?.find(city);
    return inner ? ctx.index.get(inner)! : entry;
  }
  if (entry.label !== 'City') return entry;
  const region = regionOf(ctx, entry);
  const regionEntry = region ? ctx.index.get(region) : undefined;
  if (!regionEntry || !/^город /i.test(regionEntry.name)) return entry;
  return region === ctx.homeRegionId || channelDestination(ctx, sc, at) ? regionEntry : entry;
}

const LIST_WORD = /^(?:и|город|г|област\p{L}*)$/iu;

/** The place at token `at` is where a channel leads: «канал … в Алматы и Астану» (the list after «в»). */
function channelDestination(ctx: DocumentContext, sc: SentenceContext, at: number): boolean {
  let k = at - 1;
  // «… в Туркестанскую область и город Шымкент»: the list after «в» may hold regions and «город».
  while (k >= 0 && (/^\p{Lu}/u.test(sc.tokens[k]!.text) || LIST_WORD.test(sc.tokens[k]!.text))) k--;
  const preposition = sc.tokens[k]?.text.toLowerCase();
  if (preposition !== 'в' && preposition !== 'во') return false;
  return /канал/iu.test(ctx.folded.slice(sc.sentence.start, sc.tokens[k]!.start));
}
