import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import type { MetricFigure } from './metric-phrases.ts';

// «это уже третья нарколаборатория, выявленная в регионе с начала текущего года»: an ordinal with the time it
// counts from tells how many such things there were so far: a count of 3. Only with that time, since «второй
// этап», «третья группа» or «первый заместитель» count nothing.

/** Stems of the ordinals a count so far is told with, «второй» to «двенадцатый» (ordinal tallies share them). */
export const ORDINALS = [
  'втор',
  'трет',
  'четв[её]рт',
  'пят',
  'шест',
  'седьм',
  'восьм',
  'девят',
  'десят',
  'одиннадцат',
  'двенадцат',
];
const ORDINAL = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${ORDINALS.join('|')})(?:ый|ой|ая|ое|ым|ую|ей|ого|ий|ья|ье|ьей|ьим|ьего|ью)|(\d{1,2})-(?:й|я|е|ой|ая|ое|ым|ую|ей|ого|ий))(?!\p{L})`,
  'giu',
);
/** The time a tally runs over: «с начала (текущего) года», «в этом году», «за год», «за 10 месяцев». */
const SINCE =
  /(?:с\s+начала\s+(?:(?:текущего|этого|\d{4})\s+)?года|в\s+(?:этом|текущем|\d{4})\s+году|за\s+(?:(?:текущий|этот|прошедший)\s+)?год(?!\p{L})|за\s+(?:\d+|\p{L}+)\s+месяц\p{L}*|с\s+начала\s+(?:месяца|квартала|операции|мероприятия))/iu;
/** Nouns an ordinal numbers without counting a tally: stages, places, deputies, years, times. */
const NOT_TALLY =
  /^(?:этап|стади|мест|заместител|год|раз|групп|квартал|полугоди|половин|класс|курс|очеред|волн|степен|категор|инстанц|лиц|сторон|день|дня|недел|месяц|созыв|тур|част|пункт|стать)/iu;

/** Ordinal tallies of a sentence: the number, and the thing counted with the words that say which. */
export function ordinalCounts(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  const text = ctx.folded.slice(sc.sentence.start, sc.sentence.end);
  for (const m of text.matchAll(ORDINAL)) {
    const start = sc.sentence.start + m.index;
    const end = start + m[0].length;
    // The thing counted and the words that say which, up to the end of the clause or a second comma.
    // «, выявленная …», «, перекрытый …», «, закрытая …»: a participle after the comma says which.
    const rest = /^(?:[^.;:!?,]|,(?=\s+\p{Ll}+(?:нн|вш|ем|им|ыт|ыв)\p{L}*\s))*/u.exec(
      ctx.folded.slice(end, sc.sentence.end),
    )![0];
    const since = SINCE.exec(rest);
    if (!since) continue;
    // «третья нарколаборатория, выявленная в регионе», «12-я за год нарколаборатория»: the time may stand first.
    const told = `${rest.slice(0, since.index)} ${rest.slice(since.index + since[0].length)}`;
    const noun = [...told.matchAll(/[\p{L}-]+/gu)].find((w) =>
      ctx.morph(w[0]).some((p) => p.tag.POS === 'NOUN' && p.score > 0.2),
    );
    // «третий канал, перекрытый на нашем участке с начала года»: a tally of channels cut is a figure too (the
    // channel itself is a SupplyChannel of the sentence it is told in).
    if (!noun || NOT_TALLY.test(noun[0])) continue;
    const value = m[2] ? Number(m[2]) : ORDINALS.findIndex((o) => new RegExp(`^${o}`, 'iu').test(m[1]!)) + 2;
    const quoteEnd = end + rest.replace(/\s+$/u, '').length;
    const figure: Figure = {
      start,
      end,
      value,
      unit: 'count',
      qualifier: 'exactly',
      noun: noun[0],
      isChange: false,
      direction: null,
    };
    const which = told
      .slice(noun.index + noun[0].length)
      .replace(/^[\s,]+|[\s,]+$/gu, '')
      .replace(/\s+/gu, ' ');
    const counted = nominativePhrase(ctx.morph, [noun[0]], { capitaliseFirst: false, plural: true });
    const { from, to } = tokenRange(sc, start, quoteEnd);
    out.push({
      figure,
      metric: {
        from,
        to,
        start,
        end: quoteEnd,
        phrase: which ? `${counted} (${which})` : counted,
        evidence: { start, end: quoteEnd },
      },
    });
  }
  return out;
}
