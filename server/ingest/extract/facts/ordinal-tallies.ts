import type { DocumentContext, Mention } from '../context.ts';
import { ORDINALS } from './ordinal-counts.ts';

// «Это уже седьмой канал, перекрытый нами с начала года», «пятый по счёту канал поставки, пресечённый в этом
// году», «12-й с начала года канал»: an ordinal before the channel's word, with the time it counts from, tells how
// many channels were cut so far. The channel found by its word is that tally: its `count` is the ordinal. Without
// the time («второй канал вёл через Мерке») the ordinal only numbers one channel among those told. One word may
// say which between them («третий пресечённый канал», «четвёртый подобный канал»), and the time may open the
// clause («С начала года это уже третий пресечённый канал поставки»).

/** The ordinal right before the channel's word, «по счёту» or the time between them allowed. */
const ORDINAL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${ORDINALS.join('|')})(?:ый|ой|ий|ья|ьей|ье)|(\d{1,2})-(?:й|ой|ий))(?:\s+по\s+сч[её]ту)?(?:\s+(?:с\s+начала\s+года|за\s+год|в\s+этом\s+году))?(?:\s+\p{L}+(?:ый|ий|ой))?\s+$`,
  'iu',
);
/** The time the tally runs over, in the channel's clause. */
const SINCE =
  /с\s+начала\s+(?:(?:текущего|этого|\d{4})\s+)?года|в\s+(?:этом|текущем|\d{4})\s+году|за\s+(?:(?:текущий|этот)\s+)?год(?!\p{L})|за\s+(?:\d+|\p{L}+)\s+месяц\p{L}*|с\s+начала\s+(?:операции|мероприятия)/iu;

/** Gives a channel its tally when an ordinal with a time since counts it. */
export function countOrdinalTallies(ctx: DocumentContext, channels: readonly Mention[]): void {
  for (const channel of channels) {
    const entity = ctx.builder.entityByRef(channel.ref);
    if (!entity || (entity.properties['count'] ?? 1) !== 1) continue;
    const sc = ctx.sentences.find((s) => s.sentence.start <= channel.start && channel.start < s.sentence.end);
    if (!sc || !/^канал/iu.test(ctx.text.slice(channel.start, channel.end))) continue;
    const m = ORDINAL_BEFORE.exec(
      ctx.folded.slice(Math.max(sc.sentence.start, channel.start - 60), channel.start),
    );
    if (!m) continue;
    // The clause after the channel's word, up to a full stop or a semicolon, says since when.
    const clause = /^[^.;!?]*/u.exec(ctx.folded.slice(channel.end, sc.sentence.end))![0];
    const at = Math.max(sc.sentence.start, channel.start - 60) + m.index;
    const opening = /[^,;:.!?«»]*$/u.exec(ctx.folded.slice(sc.sentence.start, at))![0];
    if (!SINCE.test(m[0]) && !SINCE.test(clause) && !SINCE.test(opening)) continue;
    const value = m[2] ? Number(m[2]) : ORDINALS.findIndex((o) => new RegExp(`^${o}`, 'iu').test(m[1]!)) + 2;
    if (value < 2) continue;
    entity.properties['count'] = value;
  }
}
