import type { DocumentContext } from '../context.ts';

/** A department named by its field («Управление здравоохранения …»), not a police directorate or other body. */
const DEPARTMENT =
  /^(?:Управление|Отдел)\s(?!полиции|по\s+противодействию|криминальной|административной|местной|миграционной)(?:по\s+)?\p{Ll}/u;
/** «управлений здравоохранения и образования акимата»: the list goes on to the akimat. */
const AKIMAT_AFTER = /^(?:(?:\s*,\s*|\s+и\s+)(?:по\s+)?[а-яё-]+(?:\s+[а-яё-]+)?)*\s+акимат/iu;

/**
 * PART_OF the akimat for its departments, when «акимата» follows the department or its list. A department
 * named without it («управлений здравоохранения и образования») is not linked: independent annotators leave
 * that link out (on the four blind sets it was 9 of the 23 wrong PART_OF), so proposing it costs reviewers
 * more than it saves.
 */
export function relateAkimatParents(ctx: DocumentContext): void {
  const mentions = ctx.sentences.flatMap((sc) => sc.mentions);
  const akimats = mentions.filter((m) => m.label === 'Agency' && /^Акимат/u.test(m.name));
  const done = new Set<string>();
  for (const m of mentions) {
    if (m.label !== 'Agency' || m.existingId || !DEPARTMENT.test(m.name)) continue;
    // «Отдел образования города Тараза» is the city akimat's, not the region's.
    const level = (name: string) => /\sгород/u.test(name);
    const akimat = akimats
      .filter((a) => level(a.name) === level(m.name))
      .find((a, _, all) => a.regionId === m.regionId || all.length === 1);
    if (!akimat) continue;
    const tail = AKIMAT_AFTER.exec(ctx.folded.slice(m.end, m.end + 120));
    if (!tail || done.has(m.ref)) continue;
    done.add(m.ref);
    ctx.builder.relate({
      type: 'PART_OF',
      from: m.ref,
      to: akimat.ref,
      evidence: { start: m.start, end: m.end + tail[0].length },
      confidence: 0.75,
    });
  }
}
