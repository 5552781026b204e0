import type { SentenceContext } from '../context.ts';

/**
 * An Indicator's name: its phrase with its time («… за 9 месяцев 2025 года», «… с начала 2025 года»). A phrase
 * that already qualifies itself in brackets takes no time, and neither does a figure of one case («стоимость
 * партии … составила бы 95 млн тенге», «57 банковских карт») unless its sentence tells a time of its own: the
 * gold sets name such figures without the release's year.
 */
export function indicatorName(
  sc: SentenceContext,
  phrase: string,
  time: { year?: number; period?: string },
  ofCase: boolean | undefined,
): string {
  const untimed = ofCase && !sc.times.some((t) => !t.comparison && !t.deadline && t.year);
  const when =
    /\(/.test(phrase) || untimed || !time.year
      ? ''
      : time.period === 'с начала года'
        ? ` с начала ${time.year} года`
        : time.period
          ? ` за ${time.period} ${time.year} года`
          : ` в ${time.year} году`;
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}${when}`;
}
