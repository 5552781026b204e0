import { between, type DocumentContext, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import type { MetricFigure } from './metric-phrases.ts';

// «инспекторы побывали в 27 школах и 3 колледжах», «в 42 школах введены должности социальных педагогов»,
// «занятия проведены в 14 лицеях», «проверки прошли в 36 аптеках»: the places the work reached, counted after
// «в» with the verb of the work before or after them. Each kind of place is an indicator of its own («школы
// (побывали)»). Places after a count of their own clause («провели 146 мероприятий в 52 школах») tell where
// that count was done, and are no indicator.

/** Institutions and premises prevention and checks reach; not the places of administration (regions, towns). */
const PLACE_NOUN =
  /^(?:школ|колледж|вуз|лице|гимнази|университет|техникум|учебн|учрежден|организац|аптек|больниц|поликлиник|клиник|предприяти|общежити|клуб|магазин|объект|детск|летн)/iu;
const IN =
  /(?:^|\s)(?:(?:не\s+)?(?:менее|более)\s+чем\s+)?(?:в|во)\s+(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?$/iu;

/** Counts of places reached by work, each with the kind of place and what was done there as its metric. */
export function placeCounts(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== 'count' || !figure.noun || figure.isChange) continue;
    const prev = out.at(-1);
    // «в 27 школах и 3 колледжах»: a kind of place listed after another shares its «в» and its verb.
    const listed = prev && /^\s*(?:,|и)\s*$/u.test(between(ctx, prev.metric.end, figure.start));
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    const lead = ctx.folded.slice(clauseStart, figure.start);
    if (!listed && !IN.test(lead)) continue;
    if (!listed && sc.figures.some((f) => f.start >= clauseStart && f.end <= figure.start)) continue;
    const noun = sc.tokens.find((t) => t.start >= figure.end);
    if (!noun || !PLACE_NOUN.test(noun.text) || !locativePlural(ctx, noun.text)) continue;
    const done = listed ? /\(([^()]*)\)$/u.exec(prev.metric.phrase)?.[1] : doneThere(ctx, sc, lead, noun.end);
    if (!done) continue;
    const name = nominativePhrase(ctx.morph, [noun.text], { capitaliseFirst: false, plural: true });
    const from = sc.tokens.indexOf(noun);
    out.push({
      figure,
      metric: {
        from,
        to: from + 1,
        start: noun.start,
        end: noun.end,
        phrase: `${name} (${done})`,
        evidence: { start: figure.start, end: noun.end },
      },
    });
  }
  return out;
}

/**
 * What was done in the places: the verb a few words before «в» («побывали», «проведены занятия»), or the
 * clause from the verb right after the places («введены должности социальных педагогов»). Undefined when no
 * past verb or short participle tells it.
 */
function doneThere(
  ctx: DocumentContext,
  sc: SentenceContext,
  lead: string,
  nounEnd: number,
): string | undefined {
  const words = [...lead.replace(IN, '').matchAll(/\p{L}+/gu)].slice(-3);
  const verb = words.findIndex((w) => pastVerb(ctx, w[0]));
  if (verb >= 0)
    return words
      .slice(verb)
      .map((w) => w[0])
      .join(' ')
      .toLowerCase();
  // The places listed after these («и 3 колледжах») stand between them and the verb after.
  const rest = ctx.folded.slice(nounEnd, sc.sentence.end).replace(/^(?:\s*(?:,|и)\s*\d+\s+\p{L}+)*/u, '');
  const clause = /^\s+(\p{L}+)[^,.;:]*/u.exec(rest);
  if (!clause || !pastVerb(ctx, clause[1]!)) return undefined;
  return clause[0].trim();
}

function pastVerb(ctx: DocumentContext, word: string): boolean {
  return ctx
    .morph(word.toLowerCase())
    .some((p) => p.score > 0.2 && (p.tag.POS === 'PRTS' || (p.tag.POS === 'VERB' && p.tag.TEns === 'past')));
}

function locativePlural(ctx: DocumentContext, word: string): boolean {
  return ctx
    .morph(word.toLowerCase())
    .some((p) => p.score > 0.05 && p.tag.POS === 'NOUN' && p.tag.CAse === 'loct' && p.tag.NMbr === 'plur');
}
