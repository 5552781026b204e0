import type { DocumentContext, Mention } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { PARTNERS } from './partner-words.ts';
import { linkMeasure } from './measure-links.ts';
import { proposeMeasure } from './propose-measure.ts';

/**
 * «работа по перекрытию каналов продолжится до конца года», «работа по выявлению наркопреступлений ведётся во
 * взаимодействии с ДКНБ …», «Работа по установлению остальных участников группы продолжается совместно с …»:
 * work a body says it carries on. Group 1 is what the work is about, group 2 the verb.
 */
const WORK =
  /(?<![\p{L}])работ[аы]\s+по\s+([^.;:«»]{3,140}?)\s+((?:будет\s+)?продолж\p{L}+|вед[её]тся|будет\s+вестись)(?![\p{L}])/giu;
const OWN_PARTNERS = new RegExp(String.raw`\s+${PARTNERS}\s[^.;:]*$`, 'iu');
const WITH_PARTNERS = new RegExp(String.raw`(?<![\p{L}])${PARTNERS}\s`, 'iu');
/** «до конца года», «в течение месяца», «до 1 марта»: work given a time. */
const TIMED = /(?<![\p{L}])(?:до\s+(?:конца|\d)|в\s+течение|в\s+(?:\d{4}|следующем|этом)\s+год)/iu;

/**
 * Work carried on (Measure) with partners or a time, named «Работа по …» without its partners; who does it, with whom (partners after
 * «совместно с», «во взаимодействии с») and who announced it as for other measures (`measure-links.ts`). A
 * phrase another rule already made a measure of is left alone.
 */
export function findOngoingWork(ctx: DocumentContext, taken: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  for (const sc of ctx.sentences) {
    for (const m of sc.sentence.text.matchAll(WORK)) {
      const start = sc.sentence.start + m.index;
      const verbAt = start + m[0].length - m[2]!.length;
      const tail = /^[^,.;:«»]*/u.exec(ctx.text.slice(verbAt, sc.sentence.end))![0];
      const end = verbAt + tail.replace(/[\s»"]+$/u, '').length;
      if ([...taken, ...out].some((t) => t.start < end && t.end > start)) continue;
      // «Работа по выявлению соучастников продолжается»: the usual close of a case report, no measure of its
      // own (five sets leave it out); with partners or a time it is one (four sets).
      const said = `${m[1]!} ${tail}`;
      if (!WITH_PARTNERS.test(said) && !TIMED.test(said)) continue;
      const about = m[1]!.replace(OWN_PARTNERS, '');
      const name = `Работа по ${about}`;
      const span = { start, end };
      const ref = proposeMeasure(ctx, name, span, { kind: 'ongoing', text: ctx.text.slice(start, end) });
      // From «работа»: a post or body named before it («По поручению Министра …») is no party to the work.
      const clause = span;
      linkMeasure(ctx, sc, {
        ...span,
        ref,
        verbAt,
        verbEnd: verbAt + m[2]!.length,
        clause,
        prosecutorial: false,
      });
      out.push({ ...span, label: 'Measure', ref, name, existingId: null, from: 0, to: 0 });
    }
  }
  return out;
}
