import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import { unclaimedIndicator } from './unclaimed-indicator.ts';

/**
 * «провели 86 лекций в 27 школах и 6 колледжах», «Тестирование прошло в 289 школах и 34 колледжах»: how many
 * schools, colleges or pharmacies a campaign or check reached. A count after a preposition tells a circumstance
 * elsewhere (unclaimed-levels.ts drops it), but annotators mark the institutions reached as an indicator of
 * the campaign in seven of nine such sentences of the development sets. A plan («будут закреплены в 46
 * колледжах») is no reach yet.
 */
const INSTITUTION = /^(?:школ|колледж|вуз|учебн\p{L}*\s+заведени|организаци\p{L}*\s+образовани|аптек)/iu;
/** «в 58 школах», «и 9 колледжах» after a place counted with «в». */
const REACHED_IN = /(?:(?<!\p{L})(?:в|во)|(?<=(?:в|во)\s+\d[\d\s]*\s+\p{L}+\s+)и)\s+$/iu;
const PLAN = /будут|будет|планир|предстоит|начнут|пройдут|проведут|запуска/iu;

/** The institutions a campaign reached, as an Indicator named by their noun in the plural nominative. */
export function institutionCount(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
): { ref: string; end: number } | undefined {
  if (figure.unit !== 'count' || figure.isChange || figure.inWords || !figure.noun) return undefined;
  const after = ctx.folded.slice(figure.end, figure.end + 40).replace(/^\s+/u, '');
  const before = ctx.folded.slice(sc.sentence.start, figure.start);
  if (!INSTITUTION.test(after) || !REACHED_IN.test(before) || PLAN.test(sc.sentence.text)) return undefined;
  const nounTokens = sc.tokens
    .filter((t) => t.start >= figure.end)
    .slice(0, /^(?:учебн|организац)/iu.test(after) ? 2 : 1);
  const end = nounTokens.at(-1)!.end;
  const phrase = nominativePhrase(
    ctx.morph,
    nounTokens.map((t) => t.text),
    { capitaliseFirst: false, plural: true },
  );
  const evidence = { start: figure.start, end };
  const mention = unclaimedIndicator(ctx, sc, `${phrase} (охвачено)`, evidence, {
    value: figure.value,
    unit: 'count',
  });
  return { ref: mention.ref, end };
}
