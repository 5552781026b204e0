import { between, type DocumentContext, type SentenceContext, tokenRange } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import { MONEY_NOUN } from './counted-nouns.ts';
import type { MetricFigure } from './metric-phrases.ts';

// What a seized lab or batch could have become, by the release's estimate: «из изъятого можно было изготовить
// свыше 40 тыс. разовых доз», «ещё около 60 кг наркотика стоимостью свыше 900 млн тенге», «стоимость
// наркотика на «чёрном рынке» превысила бы 180 млн тенге». Nothing of it was seized, so these are figures of
// the case (indicators), not seizures; the seizure sentence's own masses stay seizures.

/** A conditional or estimated yield: «можно было изготовить», «хватило бы на», «превысила бы», «по оценке». */
const ESTIMATE =
  /(?:можно\s+было\s+(?:бы\s+)?(?:изготовить|произвести|получить|сделать|приготовить|синтезировать|расфасовать)|хватило\s+бы|рассчитан\p{L}*\s+на|(?:превысил|составил|достиг)\p{L}*\s+бы|могл\p{L}*\s+(?:бы\s+)?(?:составить|превысить|достичь|принести)|оценива\p{L}*\s+(?:более\s+чем\s+|почти\s+)?в|эквивалентн\p{L}*|по\s+(?:предварительной\s+|экспертной\s+)?оценке|по\s+(?:предварительным\s+)?подсчетам)/iu;
/** Doses: «разовых доз», «доз», «порций». */
const DOSE_NOUN = /^(?:доз|порци)(?!\p{L}*ировк)/iu;
/** «изъято 5 кг»: a mass the sentence says was taken is a seizure even after «по оценке». */
const TAKEN =
  /(?<!\p{L})(?:изъят[оыа]?|изъяли|обнаружен[оыа]?|обнаружили|выявлен[оыа]?|задержан[оыа]?)(?:\s+\p{L}+){0,2}\s*$/iu;
/** A qualifier word right before a figure, quoted with it («свыше 40 тыс. разовых доз»). */
const QUALIFIER =
  /(?:^|\s)((?:не\s+)?(?:более|свыше|около|почти|порядка|примерно|менее)(?:\s+чем)?\s+(?:еще\s+)?)$/iu;

/** Masses, doses and sums a sentence estimates the seized could have given. */
export function potentialYield(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const estimate = ESTIMATE.exec(ctx.folded.slice(sc.sentence.start, sc.sentence.end));
  if (!estimate) return [];
  const after = sc.sentence.start + estimate.index;
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    // «хватило бы на 25 тыс. доз»: «на» here gives what it would suffice for, not a change.
    const sufficed = /(?:хватило\s+бы|рассчитан\p{L}*)\s+(?:\p{L}+\s+){0,2}?на\s+(?:\p{L}+\s+)?$/iu.test(
      ctx.folded.slice(after, figure.start),
    );
    if (figure.start < after || (figure.isChange && !sufficed)) continue;
    const kind =
      figure.unit === 'kg'
        ? 'mass'
        : figure.unit === 'count' && doses(ctx, figure)
          ? 'doses'
          : figure.unit === 'count' && figure.noun && MONEY_NOUN.test(figure.noun)
            ? 'money'
            : null;
    if (!kind) continue;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    if (TAKEN.test(between(ctx, clauseStart, figure.start))) continue;
    const making = /можно\s+было\s+(?:бы\s+)?\p{L}+|хватило\s+бы|рассчитан\p{L}*|эквивалентн\p{L}*/iu.exec(
      ctx.folded.slice(sc.sentence.start, figure.start),
    )?.[0];
    // «По оценке, в тайнике находилось около 50 кг», «ущерб, по оценке, составил 2 млн тенге»: an estimate
    // alone is no yield; a mass or doses need a verb of making, a sum a market value.
    const priced = /стоимост|рыночн|черном\s+рынке/iu.test(between(ctx, clauseStart, figure.start));
    if (!making && (kind !== 'money' || !priced)) continue;
    const made = making ?? 'по оценке';
    const level = { ...figure, isChange: false };
    out.push(kind === 'money' ? sum(ctx, sc, level, clauseStart, made) : yieldOf(ctx, sc, level, made));
  }
  return out;
}

/** «свыше 40 тыс. разовых доз», «около 60 кг наркотика»: the figure with what it is of. */
function yieldOf(ctx: DocumentContext, sc: SentenceContext, figure: Figure, made: string): MetricFigure {
  const t = sc.tokens;
  let i = t.findIndex((x) => x.start >= figure.end);
  // «40 тыс. разовых доз»: the unit words are part of the figure; the thing after it is what was made.
  const words: string[] = [];
  let end = figure.end;
  while (i >= 0 && i < t.length && words.length < 3 && /^\s+$/u.test(ctx.text.slice(end, t[i]!.start))) {
    const w = t[i]!.text;
    if (!/^[а-яё-]{3,}$/iu.test(w) || /^(?:стоимост\p{L}*|на|в|из|с|для)$/iu.test(w)) break;
    words.push(w);
    end = t[i]!.end;
    i++;
    if (ctx.morph(w).some((p) => p.tag.POS === 'NOUN' && p.score > 0.2) && words.length > 0) break;
  }
  const start = qualified(ctx, sc, figure.start);
  const what = words.length
    ? nominativePhrase(ctx.morph, figure.unit === 'kg' ? words.slice(-1) : words, {
        capitaliseFirst: false,
        plural: figure.unit !== 'kg',
      })
    : 'наркотик';
  const phrase = figure.unit === 'kg' ? `объём: ${what} (${made})` : `${what} (${made})`;
  const metric = metricSpan(sc, start, Math.max(end, figure.end), phrase);
  // Doses are counted in doses (the gold's unit for them), not as a tally of things.
  return { figure, metric: figure.unit === 'kg' ? metric : { ...metric, unit: 'doses' } };
}

/** «стоимость наркотика на «чёрном рынке» превысила бы 180 млн тенге», «стоимостью свыше 900 млн тенге». */
function sum(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
  clauseStart: number,
  made: string,
): MetricFigure {
  const end = figure.end + (/^\s*(?:тенге|тг\.?)/u.exec(ctx.text.slice(figure.end))?.[0].length ?? 0);
  const lead = between(ctx, clauseStart, figure.start);
  const named = /(?:^|\s)(?:а\s+)?(стоимост\p{L}*)/iu.exec(lead);
  const start = named
    ? clauseStart + named.index + named[0].indexOf(named[1]!)
    : qualified(ctx, sc, figure.start);
  const of = /^стоимость\s+([^,]*?)\s+(?:превысил|превыша|составил|составля|достиг|могл|оценива|—|–)/iu.exec(
    named ? ctx.text.slice(start, figure.start) : '',
  );
  const phrase = of ? `стоимость ${of[1]!.replace(/[«»"]/gu, '')}` : `стоимость (${made})`;
  return { figure: { ...figure, end }, metric: metricSpan(sc, start, end, phrase) };
}

/** «40 тыс. разовых доз»: doses named within two words after the number. */
function doses(ctx: DocumentContext, figure: Figure): boolean {
  const words = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(ctx.folded.slice(figure.end, figure.end + 40));
  return Boolean(words && [words[1], words[2]].some((w) => w && DOSE_NOUN.test(w)));
}

function qualified(ctx: DocumentContext, sc: SentenceContext, at: number): number {
  const q = QUALIFIER.exec(ctx.folded.slice(Math.max(sc.sentence.start, at - 30), at));
  return q ? at - q[1]!.length : at;
}

function metricSpan(sc: SentenceContext, start: number, end: number, phrase: string) {
  const { from, to } = tokenRange(sc, start, end);
  return {
    from,
    to,
    start,
    end,
    phrase,
    evidence: { start, end },
    ofCase: true,
  };
}
