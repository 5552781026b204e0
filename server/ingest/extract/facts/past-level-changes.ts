import type { DocumentContext, SentenceContext } from '../context.ts';

/**
 * Words that put a level in the period before: «в прошлом году», «за семь месяцев прошлого года», «годом
 * ранее», «в прошлогодней кампании».
 */
const PAST =
  /(?:прошл|минувш|предыдущ)\p{L}*\s+(?:учебн\p{L}*\s+)?(?:год|сезон|период|кампани)\p{L}*|(?:годом|сезоном)\s+ранее|год\s+назад|прошлогодн\p{L}*/iu;
/** How many sentences back the level of this period may be told. */
const REACH = 8;

/**
 * «Выявлено 57 очагов. … В прошлом году на тех же территориях было выявлено 19 очагов, то есть показатель
 * вырос в 3 раза.»: a sentence that tells last year's level and how much the figure moved since is no
 * indicator of its own (rules read «19 очагов» with the change as one). Its level is the `previousValue` and its
 * change the `change` of the indicator told before it whose level that change leads to from it (57 = 19 × 3),
 * when exactly one in reach does; the sentence becomes that indicator's mention.
 */
export function joinPastLevels(ctx: DocumentContext): void {
  const indicators = ctx.builder.entitiesSoFar().filter((e) => e.label === 'Indicator');
  for (const past of indicators) {
    const props = past.properties;
    const level = numberOf(props.value);
    const change = numberOf(props.change);
    if (level === undefined || change === undefined || props.previousValue !== undefined) continue;
    if (props.changeUnit !== 'times' && props.changeUnit !== '%') continue;
    const sc = sentenceAt(ctx, past.mentions[0]!.start);
    const figure = sc?.figures.find((f) => !f.isChange && f.value === level);
    if (!sc || !figure || !PAST.test(ctx.folded.slice(sc.sentence.start, figure.start))) continue;
    const earlier = indicators.filter((e) => {
      const at = sentenceAt(ctx, e.mentions[0]!.start)?.index;
      return (
        e !== past &&
        at !== undefined &&
        at < sc.index &&
        at >= sc.index - REACH &&
        e.properties.change === undefined &&
        e.properties.previousValue === undefined &&
        led(numberOf(e.properties.value), level, change, String(props.changeUnit), props.direction)
      );
    });
    if (earlier.length !== 1) continue;
    const now = earlier[0]!;
    const value = numberOf(now.properties.value)!;
    now.properties = {
      ...now.properties,
      previousValue: level,
      change,
      changeUnit: props.changeUnit,
      direction: props.direction ?? (value > level ? 'up' : 'down'),
      ...(props.comparedToYear !== undefined ? { comparedToYear: props.comparedToYear } : {}),
    };
    ctx.builder.mergeInto(past.ref, now.ref);
  }
}

/** Whether a change of `change` (a factor, or signed %) leads from `before` to `now`, as rounded in the text. */
function led(
  now: number | undefined,
  before: number,
  change: number,
  unit: string,
  direction: unknown,
): boolean {
  if (now === undefined || before <= 0 || now === before) return false;
  if (unit === '%') {
    const moved = ((now - before) / before) * 100;
    return Math.abs(moved - change) <= Math.max(0.6, 0.05 * Math.abs(change));
  }
  const up = direction === 'down' ? false : direction === 'up' ? true : now > before;
  const ratio = up ? now / before : before / now;
  return (up ? now > before : now < before) && Math.abs(ratio - change) <= Math.max(0.06, 0.1 * change);
}

function sentenceAt(ctx: DocumentContext, at: number): SentenceContext | undefined {
  return ctx.sentences.find((s) => s.sentence.start <= at && at < s.sentence.end);
}

function numberOf(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
