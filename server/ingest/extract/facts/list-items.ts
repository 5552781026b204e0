import type { DocumentContext, SentenceContext } from '../context.ts';

/** A numbered or dashed line: «1)», «2.», «–», «•». */
const MARKER = /^(?:\d{1,2}[.)]|[-–—•*])\s*/u;
/** How far into an item its infinitive may stand (an addressee, partners and a deadline come first). */
const MAX_LEAD_TOKENS = 24;

/**
 * «– в срок до 1 марта провести …», «– до 15 февраля провести …», «– совместно с ДКНБ усилить …», «– на постоянной
 * основе проводить …», «– ежемесячно направлять …»: an item may open with its deadline, partners or how often,
 * its infinitive after them.
 */
const LEAD =
  /^(?:в\s+(?:срок|течение|месячный|недельный|двухнедельный|кратчайши\p{L}*)|до\s|не\s+позднее|совместно\s+с|во\s+взаимодействии\s+с|на\s+постоянной\s+основе|ежемесячно|ежеквартально|еженедельно|ежедневно|постоянно|незамедлительно|в\s+(?:первом|втором|третьем|четвертом|1|2|3|4|I{1,3}|IV)\s+(?:квартале|полугодии))/iu;

export interface ListItem {
  /** Where the item starts, after its marker. */
  start: number;
  /** Where its infinitive starts. */
  verb: number;
}

/** A line that starts with a list marker. */
export function isListLine(sc: SentenceContext): boolean {
  return MARKER.test(sc.sentence.text);
}

/**
 * A decision-list item without a verb of instructing: «Управлению здравоохранения в срок до 1 декабря
 * обеспечить …», «ДП области совместно с ДКНБ — провести …», «Усилить профилактику …». It opens with a body
 * or post (in the dative) or with the infinitive itself, and no finite verb comes before the infinitive.
 */
export function listItemAt(ctx: DocumentContext, sc: SentenceContext): ListItem | undefined {
  const marker = MARKER.exec(sc.sentence.text);
  const start = sc.sentence.start + (marker?.[0].length ?? 0);
  const tokens = sc.tokens.filter((t) => t.start >= start).slice(0, MAX_LEAD_TOKENS);
  const inMention = (at: number) => sc.mentions.some((m) => m.start <= at && at < m.end);
  let verb = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inMention(t.start)) continue;
    const parses = ctx.morph(t.text.toLowerCase()).filter((p) => p.score > 0.2);
    if (/^\p{Ll}/u.test(t.text) || i === 0) {
      if (parses.some((p) => p.tag.POS === 'INFN')) {
        verb = i;
        break;
      }
      // «Управлению … организовано», «Комиссия рассмотрела»: a finite verb, so not a bare item.
      if (parses.some((p) => p.tag.POS === 'VERB' || p.tag.POS === 'PRTS')) return undefined;
    }
  }
  if (verb < 0) return undefined;
  const first = tokens[0]!;
  const opensWithBody = sc.mentions.some(
    (m) => (m.label === 'Agency' || m.label === 'Position') && m.start === first.start,
  );
  // «— полиции совместно с ДКНБ усилить …»: an addressee that reads more often as a genitive still opens an item.
  const dative = ctx.morph(first.text.toLowerCase()).some((p) => p.tag.CAse === 'datv' && p.score > 0.05);
  const leads = LEAD.test(ctx.folded.slice(start, tokens[verb]!.start));
  if (verb > 0 && !opensWithBody && !dative && !leads) return undefined;
  return { start, verb: tokens[verb]!.start };
}
