import { foldName } from '../../gazetteer/fold-name.ts';
import { type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

/**
 * «полицейскими региона», «полицией области», «сотрудниками полиции Кызылординской области», «полицейскими
 * Экибастуза»: officers named by the place they serve. The region's police is its Департамент полиции; a
 * town's is its Управление полиции города.
 */
const OF_PLACE =
  /(?<!\p{L})(?:полицейск\p{L}*|полици[яиейю]|сотрудник\p{L}*\s+полиции)\s+(?:(региона|области|края)|(\p{Lu}[\p{L}-]+)(?:\s+(области))?)(?!\p{L})/u;

export interface PlacePolice {
  body: Mention;
  evidence: Span;
  basis: string;
}

/** The police body of the place the sentence names its officers by, when the release names that body. */
export function placePolice(ctx: DocumentContext, sc: SentenceContext): PlacePolice | undefined {
  const said = OF_PLACE.exec(sc.sentence.text);
  if (!said) return undefined;
  const at = sc.sentence.start + said.index;
  // «По данным Департамента полиции Костанайской области»: the words are a body's name, said in full.
  if (sc.mentions.some((m) => m.label === 'Agency' && m.start <= at && m.end > at)) return undefined;
  const bodies = ctx.sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Agency'));
  const town = said[2];
  // «полицейскими Кызылординской области»: an adjective names a region, by its stem; «полиции
  // Бородулихинского района» names a district's body, not this.
  const adjective = town !== undefined && /(?:ой|ей|ий|ый|ая|ого|ую)$/u.test(town);
  if (adjective && !said[3]) return undefined;
  const regional = adjective ? stemOf(town) : undefined;
  const body = said[1] || regional ? regionPolice(ctx, bodies, regional) : townPolice(bodies, town!);
  if (!body) return undefined;
  return {
    body,
    evidence: { start: at, end: at + said[0].length },
    basis: `"${said[0]}": the officers of this place's police, which the release names; the sentence does not name the body.`,
  };
}

/** The first six letters of a place's word, folded: what its forms and adjectives share. */
function stemOf(word: string): string {
  return foldName(word).slice(0, 6);
}

/** The region's Департамент полиции: the one of the region named (or the release's), else the only one named. */
function regionPolice(ctx: DocumentContext, bodies: Mention[], named?: string): Mention | undefined {
  const departments = bodies.filter((b) => /^Департамент полиции(?! на транспорте)/u.test(b.name));
  const names = new Set(departments.map((d) => d.name));
  const word = ctx.mainRegion?.name.split(/\s+/u).find((w) => !/^(?:област|город|район|край)/iu.test(w));
  const region = named ?? (word ? stemOf(word) : undefined);
  return region
    ? departments.find((d) => foldName(d.name).includes(region))
    : names.size === 1
      ? departments[0]
      : undefined;
}

/** «полицейскими Экибастуза»: the town's Управление полиции, its name sharing the town's stem. */
function townPolice(bodies: Mention[], town: string): Mention | undefined {
  const stem = foldName(town).slice(0, Math.max(4, town.length - 2));
  return bodies.find((b) => /^(?:Управление|Отдел) полиции/u.test(b.name) && foldName(b.name).includes(stem));
}
