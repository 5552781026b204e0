import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { actingBody } from './by-whom.ts';
import { CARRIED } from './group-channels.ts';
import { paragraphLeadPlace } from './paragraph-place.ts';
import { placeList } from './place-list.ts';
import { CENTRE_BASIS, regionalCentre } from './regional-centre.ts';

const LOCATIVE =
  /(?:^|\s)(?:в|во|под|у|около|близ|вблизи|возле|в районе|в окрестностях|на въезде в|на выезде из|на территории|на окраине)\s+(?:(?:городе|города|г\.|селе|села|поселке|поселка)\s*)?$/iu;
/** After the amount, where it was seized: «изъято 5 кг гашиша в Алматы», «… вблизи села Кордай». */
const LOCATIVE_AFTER =
  /(?:^|\s)(?:в|во|под|около|близ|вблизи|возле|в районе|в окрестностях|на территории)\s+(?:(?:города|г\.|села|поселка)\s*)?$/iu;
/** «5 кг гашиша из Бишкека для сбыта в Тараз»: where the drugs went, not where they were taken. */
const ROUTE_WORD = /(?<!\p{L})(?:из|для|через|с целью|следова\p{L}*|направля\p{L}*|перевоз\p{L}*)(?!\p{L})/iu;
const DISTRICT = /(?:^|\s)(?:в|во)\s+\p{Lu}\p{L}+(?:ом|ем)\s+район\p{L}*/u;

/**
 * Where a seizure happened (OCCURRED_IN): the place named nearest before it in its sentence (stated; «Под Шу
 * … изъято», «в СКО полицейские изъяли») or after it in a locative («изъято 5 кг гашиша вблизи Кордая»);
 * else a district of its sentence («в Аральском районе»: the district is no graph label, its region is;
 * inferred); else, for a whole seizure, the place where the sentence before it in the paragraph put the
 * events («На въезде в Темиртау остановлен автомобиль… изъято»; inferred); else the place the release is
 * about (inferred).
 */
export function seizurePlace(
  ctx: DocumentContext,
  sc: SentenceContext,
  seizure: Mention,
  part: boolean,
): void {
  const places = placesOf(ctx, sc);
  // The nearest before it: «В Алматы изъято 5 кг, в Шымкенте — 3 кг».
  const here = places.filter((p) => p.start < seizure.start).at(-1);
  if (here) {
    relate(ctx, seizure, here, { start: here.start, end: seizure.end }, null, 0.75);
    return;
  }
  // «перевозил 600 граммов мефедрона в Темиртау»: a place after what was carried is where it went.
  const carried = CARRIED.test(
    ctx.folded.slice(Math.max(sc.sentence.start, seizure.start - 30), seizure.start),
  );
  const after = places.find(
    (p) =>
      !carried &&
      p.start >= seizure.end &&
      !/[.;:,]/.test(ctx.folded.slice(seizure.end, p.start)) &&
      !ROUTE_WORD.test(ctx.folded.slice(seizure.end, p.start)) &&
      LOCATIVE_AFTER.test(ctx.folded.slice(Math.max(seizure.end, p.start - 24), p.start)),
  );
  if (after) {
    relate(ctx, seizure, after, { start: seizure.start, end: after.end }, null, 0.7);
    return;
  }
  // «в областном центре задержаны закладчики, при которых обнаружено …»: the region's capital.
  const centre = regionalCentre(ctx, sc, seizure.start);
  if (centre) {
    relate(ctx, seizure, centre, seizure, CENTRE_BASIS, 0.55);
    return;
  }
  // «Темиртау. Оперативниками … изъято»: a digest's paragraph opens with where its episode was.
  const lead = paragraphLeadPlace(ctx, sc);
  if (lead) {
    const basis =
      'The paragraph opens with this place, as a dateline of its episode; the seizure names no other.';
    relate(ctx, seizure, lead, { start: lead.start, end: seizure.end }, basis, 0.6);
    return;
  }
  const district = DISTRICT.exec(sc.sentence.text);
  const home = homeRegion(ctx);
  if (district && home) {
    const at = sc.sentence.start + district.index;
    relate(
      ctx,
      seizure,
      home,
      { start: Math.min(at, seizure.start), end: Math.max(at + district[0].length, seizure.end) },
      'The district named with the seizure lies in the region the release is about; districts are no graph label.',
      0.55,
    );
    return;
  }
  const told = part ? undefined : placeToldBefore(ctx, sc);
  // «Операция прошла в Туркестанской, Жамбылской и Алматинской областях. Изъято 2,1 тонны»: a total over
  // several places is in none of them alone.
  if (told && placeList(ctx, placesOf(ctx, told.sc), told.place).length > 1) return;
  const before = told?.place;
  if (told && before) {
    relate(
      ctx,
      seizure,
      before,
      { start: told.sc.sentence.start, end: seizure.end },
      told.sc.index === sc.index - 1
        ? 'The sentence before, in the same paragraph, puts the events there; the seizure itself names no place.'
        : 'An earlier sentence of the same paragraph puts the events there; the seizure itself names no place.',
      0.55,
    );
    return;
  }
  const own = homePlace(ctx);
  if (own)
    relate(
      ctx,
      seizure,
      own,
      seizure,
      'The release is about this place and names no other place for the seizure.',
      0.5,
    );
}

/**
 * The place where an earlier sentence of the paragraph, up to two back, put the events (the nearest, said
 * in a locative: «Лаборатория была оборудована в частном доме на окраине Экибастуза. … изъято …»).
 */
function placeToldBefore(
  ctx: DocumentContext,
  sc: SentenceContext,
): { sc: SentenceContext; place: Mention } | undefined {
  for (let i = sc.index - 1; i >= Math.max(0, sc.index - 2); i--) {
    const previous = ctx.sentences[i]!;
    if (previous.sentence.paragraph !== sc.sentence.paragraph) return undefined;
    const place = placesOf(ctx, previous).find((p) =>
      LOCATIVE.test(ctx.folded.slice(Math.max(previous.sentence.start, p.start - 16), p.start)),
    );
    if (place) return { sc: previous, place };
  }
  return undefined;
}

/**
 * A place that says who someone is or where goods came from, not where the seizure was: «у жителя Караганды»,
 * «уроженца Шымкента», «следовавшего из Алматы», «через Кордай».
 */
const NOT_HERE =
  /(?:жител\p{L}*|уроженц\p{L}*|гражданин\p{L}*|гражданк\p{L}*|выходц\p{L}*|из|через|от)\s+(?:г\.\s*|города\s+)?$/iu;

/** A road named by its ends: «на трассе Алматы — Бишкек», «автодороги Самара — Шымкент». */
const ROAD = /(?:трасс|автодорог|автотрасс)\p{L}*\s+(?:\p{Lu}[\p{L}-]*\s*[—–-]\s*)?$/iu;

/** A place said for itself: not inside a body's, post's or channel's name, nor a resident's town or a road's end. */
export function placeSaidHere(ctx: DocumentContext, sc: SentenceContext, place: Mention): boolean {
  const containers = sc.mentions.filter((m) => ['Agency', 'Position', 'SupplyChannel'].includes(m.label));
  const before = ctx.folded.slice(Math.max(sc.sentence.start, place.start - 40), place.start);
  return (
    !containers.some((c) => c.start <= place.start && c.end >= place.end) &&
    !NOT_HERE.test(before.slice(-24)) &&
    !ROAD.test(before)
  );
}

function placesOf(ctx: DocumentContext, sc: SentenceContext): Mention[] {
  return mentionsOf(sc, 'Region', 'City').filter((p) => placeSaidHere(ctx, sc, p));
}

/**
 * The place a release is about: the city of its acting body when that is a city's («Управление полиции города
 * Актау»), else its home region (not a city of republican significance read as a region).
 */
function homePlace(ctx: DocumentContext): Mention | undefined {
  const body = actingBody(ctx);
  const mentions = ctx.sentences.flatMap((s) => s.mentions);
  const city =
    body && /(?<!\p{L})город/iu.test(body.name)
      ? mentions.find((m) => m.label === 'City' && body.name.includes(m.name))
      : undefined;
  const region = city ? undefined : homeRegion(ctx);
  // A city of republican significance the release is about is read as its region («город Алматы»); whether a
  // seizure there is in the city or the region is not for this rule to guess.
  return city ?? (region && /^город /iu.test(region.name) ? undefined : region);
}

function homeRegion(ctx: DocumentContext): Mention | undefined {
  if (!ctx.homeRegionId) return ctx.mainRegion;
  return ctx.sentences.flatMap((s) => s.mentions).find((m) => m.existingId === ctx.homeRegionId);
}

function relate(
  ctx: DocumentContext,
  seizure: Mention,
  place: Mention,
  evidence: { start: number; end: number },
  basis: string | null,
  confidence: number,
): void {
  ctx.builder.relate({ type: 'OCCURRED_IN', from: seizure.ref, to: place.ref, evidence, basis, confidence });
}
