import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/**
 * A police unit of a district, a city or a railway station or airport: «ОП … района», «УП города …», «Линейный
 * отдел полиции на станции …».
 */
const LOCAL_POLICE =
  /^(?:(?:районный|городской|линейный)\s+)?(?:отдел|управление)\s+полиции\s.*(?:района|города|станци|аэропорт)/iu;
/** How many sentences open a release: a notice or headline, its dateline, and its lead's first sentence. */
const OPENING = 4;

const cache = new WeakMap<DocumentContext, Mention | null>();

/**
 * The body a release is about when the first body its opening names is a district's, a city's or a station's
 * police unit («Управление полиции Ауэзовского района … информирует», «Линейный отдел полиции на станции …
 * подвёл итоги»): what the release tells in the passive is that unit's work, not that of the first regional
 * body it names (its department, or a partner such as the region's КНБ).
 */
export function ownLocalBody(ctx: DocumentContext): Mention | undefined {
  if (!cache.has(ctx)) cache.set(ctx, find(ctx) ?? null);
  return cache.get(ctx) ?? undefined;
}

function find(ctx: DocumentContext): Mention | undefined {
  for (const sc of ctx.sentences.slice(0, OPENING)) {
    const first = sc.mentions.find((m) => m.label === 'Agency' && !inAnotherBody(sc, m));
    if (!first) continue;
    const name = first.name || ctx.builder.entityByRef(first.ref)?.name || '';
    return LOCAL_POLICE.test(name) ? first : undefined;
  }
  return undefined;
}

/** «ДП … области» inside «ОП … района ДП … области»; a post around a body («Начальник ОП …») does not count. */
function inAnotherBody(sc: SentenceContext, m: Mention): boolean {
  return sc.mentions.some(
    (o) =>
      o !== m &&
      o.label === 'Agency' &&
      o.start <= m.start &&
      o.end >= m.end &&
      o.end - o.start > m.end - m.start,
  );
}
