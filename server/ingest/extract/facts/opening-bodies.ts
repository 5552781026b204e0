import type { Mention, SentenceContext } from '../context.ts';

// What the rules that find a release's own body (release-body.ts for whose figures, own-body.ts for who did
// what the release tells in the passive) agree on, kept in one place so the two cannot drift apart.

/**
 * A police unit of a district or of a city inside a region: «Отдел полиции … района», «УП города Актобе»; or of
 * one transport hub: «Линейный отдел полиции на станции Кызылорда», «… в аэропорту Алматы».
 */
export const LOCAL_POLICE =
  /^(?:(?:районный|городской|линейный)\s+)?(?:отдел|управление)\s+полиции\s.*(?:района|города|(?:на|в)\s+(?:станции|аэропорту|(?:морском\s+)?порту))/iu;

/** «ДП области Жетісу» inside «ОП Каратальского района ДП области Жетісу» (a post around a body does not count). */
export function inAnotherBody(sc: SentenceContext, m: Mention): boolean {
  return sc.mentions.some(
    (o) =>
      o !== m &&
      o.label === 'Agency' &&
      o.start <= m.start &&
      o.end >= m.end &&
      o.end - o.start > m.end - m.start,
  );
}
