import { foldName } from '../../gazetteer/fold-name.ts';
import { covered, type DocumentContext, type SentenceContext } from '../context.ts';

/** Countries are not graph labels: «из Кыргызстана», «из Республики Узбекистан» name no City or Region. */
export const COUNTRY =
  /^(?:республик|кыргызстан|киргиз|узбекистан|таджикистан|туркменистан|афганистан|росси|кита[йяюе]|кнр|иран|турци|грузи|азербайджан|европ|украин|беларус|белорусс|монголи|пакистан|казахстан)/iu;

/** Words after which a capitalised word is a place: «в Талгаре», «из Оренбурга», «в городе Кандыагаш». */
const BEFORE_PLACE =
  /^(?:в|во|из|до|через|под|около|близ|вблизи|возле|городе|города|город|г\.?|поселке|селе)$/iu;
const CITY_WORD = /^(?:городе|города|город|г\.?)$/iu;
/** A road or a train named by its ends («трасса Самара – Шымкент», «поезд «Алматы — Петропавловск»»). */
const ROAD = /(?:трасс|автодорог|автотрасс|сообщени|рейс)\p{L}*\s+«?\s*(?:\p{Lu}[\p{L}-]*\s*[—–-]\s*)?$/iu;

/**
 * Towns the gazetteer does not know, said as places: a capitalised word after a preposition of place or
 * «городе», that the morphology knows as a geographic name («в Талгаре», «из Оренбурга», «Текели и
 * Жаркенте»), or any capitalised word after «в городе» («в городе Кандыагаш»); a list that goes on after a
 * place goes on with places («в Кызылорде, Байконыре и Аральске»). Countries, people's names and the ends
 * of a road are left out. Proposed as new cities, named in the nominative.
 */
export function findUnknownCities(ctx: DocumentContext, sc: SentenceContext): void {
  const { tokens } = sc;
  let listOfPlaces = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    // «в Кызылорде, Байконыре и Аральске»: a list goes on after a place by a comma or «и».
    const listGoesOn =
      listOfPlaces &&
      previous &&
      (/^и$/iu.test(previous.text) || /^\s*,\s*$/u.test(ctx.folded.slice(previous.end, token.start)));
    const placeWord = sc.mentions.some(
      (m) => m.from <= i && i < m.to && (m.label === 'City' || m.label === 'Region'),
    );
    if (covered(sc, i)) {
      listOfPlaces = placeWord;
      continue;
    }
    if (/^и$/iu.test(token.text) && listOfPlaces) continue;
    const afterCityWord = CITY_WORD.test(previous?.text ?? '');
    const placeSlot = BEFORE_PLACE.test(previous?.text ?? '') || listGoesOn;
    listOfPlaces = false;
    if (!placeSlot || !/^\p{Lu}\p{Ll}{2,}$/u.test(token.text) || COUNTRY.test(token.text)) continue;
    if (ADJECTIVE.test(token.text) || NOT_A_TOWN_AFTER.test(tokens[i + 1]?.text ?? '')) continue;
    if (ROAD.test(ctx.folded.slice(Math.max(sc.sentence.start, token.start - 40), token.start))) continue;
    if (/^\s*[—–-]\s*\p{Lu}/u.test(ctx.folded.slice(token.end, token.end + 4))) continue;
    const name = afterCityWord || listGoesOn ? cityNamed(ctx, token.text) : geoName(ctx, token.text);
    if (!name) continue;
    const ref = ctx.builder.entity({
      key: `City|new|${foldName(name)}`,
      label: 'City',
      name,
      existingId: null,
      mention: token,
      confidence: 0.6,
    });
    sc.mentions.push({ ...token, label: 'City', ref, name, existingId: null, from: i, to: i + 1 });
    listOfPlaces = true;
  }
}

/** «в Аральском районе», «Шуской долины»: an adjective of a place names a district or a valley, not a town. */
const ADJECTIVE = /(?:ом|ем|ой|ей|ий|ый|ая|яя|ого|его|ому|ему|ую|юю|ых|их)$/u;
const NOT_A_TOWN_AFTER = /^(?:район\p{L}*|област\p{L}*|округ\p{L}*|долин\p{L}*|улиц\p{L}*|трасс\p{L}*)$/iu;

/** The word's nominative when the morphology reads it as a geographic name and not as a person's. */
function geoName(ctx: DocumentContext, word: string): string | undefined {
  const parses = ctx.morph(word);
  if (parses.some((p) => /Name|Surn|Patr/.test(String(p.tag)))) return undefined;
  const geo = parses.find((p) => String(p.tag).includes('Geox'));
  if (!geo) return undefined;
  const lemma = String(geo.normalize().word);
  return lemma.charAt(0).toUpperCase() + lemma.slice(1);
}

/**
 * «в городе Кандыагаш», «в Кызылорде, Байконыре»: a town the context says is one. Its nominative is the
 * morphology's geographic reading, else the word without the locative «-е» («Байконыре» → «Байконыр»).
 */
function cityNamed(ctx: DocumentContext, word: string): string {
  return geoName(ctx, word) ?? word.replace(/(?<=[бвгджзклмнпрстфхцчшщ])е$/u, '');
}
