import type { DocumentContext, Mention } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { participle } from './compared-results.ts';

// «— пресечено каналов поставки: 4 (2);», «ликвидировано каналов наркотрафика: 3 (АППГ – 1)», «- пресечено каналов
// поставки – 9 (5);»: a tally of cut channels in a results list gives its number after a colon or a dash, not
// before the word. The channel found by its word
// is that tally: its `count` is the number, the level in brackets its `previousValue`, its name the nominative.

/** The label's end to the number: the rest of the label's words, a colon or a dash, a qualifier. */
const TO_NUMBER = /^[^\d.;:()«»—–]{0,40}?(?::|\s[—–-]|[—–])\s*(?:(?:более|свыше|около|почти)\s+)?$/iu;

export function countListedTallies(ctx: DocumentContext, channels: readonly Mention[]): void {
  for (const channel of channels) {
    const entity = ctx.builder.entityByRef(channel.ref);
    if (!entity || (entity.properties['count'] ?? 1) !== 1) continue;
    const sc = ctx.sentences.find((s) => s.sentence.start <= channel.start && channel.start < s.sentence.end);
    const figure = sc?.figures.find(
      (f) =>
        f.unit === 'count' &&
        !f.isChange &&
        f.start > channel.end &&
        TO_NUMBER.test(ctx.text.slice(channel.end, f.start)),
    );
    if (!sc || !figure) continue;
    // The label opens with the genitive plural of the tally («каналов»), never a single channel's route.
    const label = ctx.text.slice(channel.start, channel.end);
    if (!/^каналов/iu.test(label)) continue;
    entity.properties['count'] = figure.value;
    if (figure.previous !== undefined) entity.properties['previousValue'] = figure.previous;
    const words = label.split(/\s+/u);
    const noun = nominativePhrase(ctx.morph, words, { capitaliseFirst: false, plural: true });
    // «пресечено каналов поставки» → «Пресеченные каналы поставки».
    const lead = /(?:^|[\s—–-])(\p{L}+[тн][оаы])\s*$/u.exec(
      ctx.folded.slice(sc.sentence.start, channel.start),
    );
    const done = lead ? participle(lead[1]!.toLowerCase()) : undefined;
    const name = done ? `${done} ${noun}` : noun;
    entity.name = name.charAt(0).toUpperCase() + name.slice(1);
    ctx.builder.addMention(channel.ref, { start: channel.start, end: figure.end });
  }
}
