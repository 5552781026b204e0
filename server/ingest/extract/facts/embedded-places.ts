import type { DocumentContext } from '../context.ts';

/** Labels whose names carry a place («ДП Карагандинской области», «аким Павлодарской области»). */
const NAMING = new Set(['Agency', 'Position', 'Meeting']);

/**
 * A region named only inside a body's or a post's name («ДП Карагандинской области») is not an entity by
 * itself (gold format, annotation rules), and neither is what was read from it alone: the figures of the
 * department's report measure the department, a seizure happened where the text says, not where the body's
 * name points. So such a region goes, with its facts; a region the text also names or refers to on its own
 * stays, its mentions inside names included.
 */
export function dropEmbeddedPlaces(ctx: DocumentContext): void {
  const entities = ctx.builder.entitiesSoFar();
  const names = entities.filter((e) => NAMING.has(e.label)).flatMap((e) => e.mentions);
  const inside = (m: { start: number; end: number }): boolean =>
    names.some((n) => n.start <= m.start && m.end <= n.end && (n.start < m.start || m.end < n.end));
  // «в регионе» counts as speaking of the region: most sets keep a region the text refers to that way.
  // A channel bound for a town goes to its region (a city stands for its region): the text speaks of it.
  const drop = entities.filter(
    (e) =>
      e.label === 'Region' &&
      e.existingId !== null &&
      e.mentions.every(inside) &&
      ctx.builder.sourcesOf('DESTINED_FOR', e.ref).length === 0,
  );
  if (drop.length > 0) ctx.builder.dropWithFacts(new Set(drop.map((e) => e.ref)));
  // Any other place named only inside names stays only when a fact uses it («в областном центре»).
  const unused = entities.filter(
    (e) => (e.label === 'Region' || e.label === 'City') && e.mentions.every(inside),
  );
  ctx.builder.dropUnrelated(new Set(unused.map((e) => e.ref)));
}
