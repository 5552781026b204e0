import { insideAnother, type DocumentContext, type SentenceContext } from '../context.ts';

// «Выявлено 14 очагов площадью 11,2 га. В Кокшетау и пригородной зоне уничтожено восемь очагов.»: two counts of
// one metric in two places would share one name («Очаги в 2025 году») and so one indicator, the second figure
// lost. The second is named with the place its sentence tells («Очаги в Кокшетау в 2025 году»).

/**
 * The place a sentence tells its figure for, as written with its preposition («в Кокшетау», «по Аягозу»):
 * the first city or region mention right after «в/во/по/на» that is no part of a body's name. Undefined when
 * there is none.
 */
export function placeOfSentence(ctx: DocumentContext, sc: SentenceContext): string | undefined {
  for (const m of sc.mentions) {
    if ((m.label !== 'City' && m.label !== 'Region') || insideAnother(sc, m)) continue;
    const before = /(?:^|\s)(в|во|по|на)\s+(?:(?:городе|области|районе|поселке|посёлке|селе)\s+)?$/iu.exec(
      ctx.text.slice(Math.max(sc.sentence.start, m.start - 20), m.start),
    );
    if (!before) continue;
    const from = m.start - before[0].length + before[0].indexOf(before[1]!);
    return ctx.text
      .slice(from, m.end)
      .replace(/\s+/gu, ' ')
      .replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  }
  return undefined;
}

/** Whether an indicator already proposed under a key tells another level than the figure now read. */
export function otherLevel(ctx: DocumentContext, key: string, value: unknown): boolean {
  const earlier = ctx.builder.entityOf(key)?.properties.value;
  return typeof value === 'number' && typeof earlier === 'number' && earlier !== value;
}
