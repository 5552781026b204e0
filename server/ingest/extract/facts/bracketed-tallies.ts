import type { DocumentContext, Mention } from '../context.ts';
import { seizureChange } from './seizure-change.ts';

// «Пресечено 3 (2) канала поставки синтетики», «Пресечено 14 (9) каналов поставки наркотиков», «ликвидировано 5
// (АППГ – 3) каналов»: a report that gives last year's level in brackets after each number puts the bracket
// between the tally and the channel's word, so the channel's word alone reads one channel. The number before the
// bracket is the tally: its `count`; the bracket its `previousValue` and the direction the two make.

/** The tally, its bracket and nothing else right before the channel's word. */
const BRACKETED = /(?<![\p{L}\d,.])(\d{1,3})\s*\([^()]{1,25}\)\s*$/u;

/** Gives a channel its tally when a number with its level in brackets stands right before the word. */
export function countBracketedTallies(ctx: DocumentContext, channels: readonly Mention[]): void {
  for (const channel of channels) {
    const entity = ctx.builder.entityByRef(channel.ref);
    if (!entity || (entity.properties['count'] ?? 1) !== 1) continue;
    if (!/^канал/iu.test(ctx.text.slice(channel.start, channel.end))) continue;
    const sc = ctx.sentences.find((s) => s.sentence.start <= channel.start && channel.start < s.sentence.end);
    if (!sc) continue;
    const from = Math.max(sc.sentence.start, channel.start - 40);
    const m = BRACKETED.exec(ctx.text.slice(from, channel.start));
    if (!m) continue;
    const start = from + m.index;
    const figure = sc.figures.find((f) => f.start === start && f.unit === 'count' && !f.isChange);
    const value = figure?.value ?? Number(m[1]);
    if (value < 2) continue;
    entity.properties['count'] = value;
    if (figure) {
      for (const [key, said] of Object.entries(seizureChange(ctx, sc, figure)))
        if (entity.properties[key] === undefined) entity.properties[key] = said;
    }
    ctx.builder.addMention(channel.ref, { start, end: channel.end });
  }
}
