import type { DocumentContext, Mention } from '../context.ts';
import { inAnotherBody, LOCAL_POLICE } from './opening-bodies.ts';

/** The body whose results a release reports, and whether it is a district's or a city's own police unit. */
export interface ReleaseBody {
  body: Mention;
  /**
   * «ОП Каратальского района», «УП города Актобе»: its figures are its district's or city's; a ministry's
   * committee («Комитетом по противодействию наркопреступности МВД РК подведены итоги …»): the country's.
   * Either way they are not a region's.
   */
  local: boolean;
}

/**
 * «На брифинге в региональной службе коммуникаций», «сообщает пресс-служба ДП»: a service that hosts or
 * publishes a report produces none of its figures.
 */
const SERVICE = /коммуникаци|пресс-служб|информационн/iu;
/** A body of the whole country: a ministry, its committees and departments, a national agency. */
const NATIONAL = /республики\s+казахстан|(?:^|\s)(?:мвд|рк)(?:\s|$)|^министерств|^агентств|^генеральн/iu;
/** How many sentences open a release: its headline, dateline and lead. */
const OPENING = 3;

const cache = new WeakMap<DocumentContext, ReleaseBody | null>();

/**
 * The release's own body: a district's or city's police unit its opening names first («Начальник ОП
 * Каратальского района отчитался …», «Управление полиции города Актобе: итоги …»), else the document's first
 * regional body that is not a communications or press service.
 */
export function releaseBody(ctx: DocumentContext): ReleaseBody | undefined {
  if (!cache.has(ctx)) cache.set(ctx, find(ctx) ?? null);
  return cache.get(ctx) ?? undefined;
}

function find(ctx: DocumentContext): ReleaseBody | undefined {
  const bodies = ctx.sentences.flatMap((sc) =>
    sc.mentions
      .filter((m) => m.label === 'Agency' && !inAnotherBody(sc, m) && !SERVICE.test(m.name))
      .map((m) => ({ m, opening: sc.index < OPENING })),
  );
  const first = bodies.find((b) => b.opening);
  if (first && LOCAL_POLICE.test(first.m.name)) return { body: first.m, local: true };
  // A national release: its opening names national bodies only; the one doing the work over the ministry.
  const opening = bodies.filter((b) => b.opening).map((b) => b.m);
  // A body named inside another («Департаментом по противодействию наркопреступности МВД») may carry its
  // name only in the draft.
  const name = (m: Mention) => m.name || ctx.builder.entityByRef(m.ref)?.name || '';
  if (first && opening.every((m) => !m.regionId && NATIONAL.test(name(m))))
    return { body: opening.find((m) => !/^министерств/iu.test(name(m))) ?? first.m, local: true };
  const main = ctx.mainAgency && !SERVICE.test(ctx.mainAgency.name) ? ctx.mainAgency : undefined;
  const regional = main ?? bodies.find((b) => b.m.regionId)?.m;
  return regional ? { body: regional, local: false } : undefined;
}

/**
 * A directorate of a regional police department («Управление по противодействию наркопреступности ДП …»,
 * «ювенальная полиция ДП …»): its head speaks, but the release reports the department's figures.
 */
const DIRECTORATE =
  /^(?:управление|отдел|служба|ювенальная|батальон|полк)\s.*(?:департамента\s+полиции|дп(?:\s|$))/iu;

/** The body that measures figures a body reports: the department, for one of its directorates. */
export function measuringBody(ctx: DocumentContext, ref: string): string {
  const mentions = ctx.sentences.flatMap((sc) => sc.mentions);
  // A post's body may be known only to the draft («начальник Управления … ДП»), not as a mention.
  const body = ctx.builder.entityByRef(ref);
  if (!body || !DIRECTORATE.test(body.name) || LOCAL_POLICE.test(body.name)) return ref;
  // «Управлением по противодействию наркопреступности ДП … подведены итоги», «Сотрудниками УПН ДП …»: a release
  // whose opening names the directorate first is the directorate's own, and so are its figures.
  if (openingBody(ctx)?.ref === ref) return ref;
  const regionId = mentions.find((m) => m.ref === ref)?.regionId;
  const department = (m: Mention | undefined) =>
    m?.label === 'Agency' && /^департамент\s+полиции/iu.test(m.name) ? m : undefined;
  // «начальник Управления по противодействию наркопреступности ДП»: with no region, the release's department.
  const parent = regionId
    ? mentions.find((m) => department(m) && m.regionId === regionId)
    : department(releaseBody(ctx)?.body);
  return parent?.ref ?? ref;
}

/** The first body the release's opening names, leaving out services that only host or publish it. */
function openingBody(ctx: DocumentContext): Mention | undefined {
  for (const sc of ctx.sentences.slice(0, OPENING)) {
    const first = sc.mentions.find(
      (m) => m.label === 'Agency' && !inAnotherBody(sc, m) && !SERVICE.test(m.name),
    );
    if (first) return first;
  }
  return undefined;
}
