import type { Figure } from '../recognise/figures.ts';

export type FigureKind =
  | 'date, year or range'
  | 'money (тенге)'
  | 'change (%, times)'
  | 'article number'
  | 'age'
  | 'mass'
  | 'people in a case'
  | 'property (flats, cars)'
  | 'laundering tools, shops'
  | 'doses'
  | 'packages'
  | 'other';

/**
 * What a number in a release is, judged from the words around it (`text` with ё folded). One judgement for
 * the last rule on unclaimed numbers (unclaimed-levels.ts) and for scripts/unclaimed-figures.ts, which counts
 * how often annotators mark each kind, so the rule proposes only the kinds they mark far more often than not.
 */
export function figureKind(text: string, f: Figure): FigureKind {
  const before = text.slice(Math.max(0, f.start - 40), f.start).toLowerCase();
  const after = text.slice(f.end, f.end + 30).toLowerCase();
  const noun = f.noun ?? '';
  if (/^\s*г\.|^\.\d|^\s*(?:по|до)\s/u.test(text.slice(f.end - 2, f.end + 8)) || /^(?:по|до)$/u.test(noun))
    return 'date, year or range';
  if (/[\s(](?:с|от)\s+$/u.test(before) || /^[.:]\d/u.test(after)) return 'date, year or range';
  if (f.unit === 'kg' && /^\d{4}$/u.test(text.slice(f.start, f.start + 4))) return 'date, year or range';
  if (noun === 'тенге' || /^\s*тенге/u.test(after)) return 'money (тенге)';
  if (f.isChange) return 'change (%, times)';
  if (
    /(?:стать\p{L}*|ст\.|част\p{L}*|ч\.)\s+(?:\d+\s+(?:и|,)\s+)?$/u.test(before) ||
    /^\s*(?:\(|ук)/u.test(after)
  )
    return 'article number';
  if (
    /возраст\p{L}*\s+$/u.test(before) ||
    /^(?:-летн|\s*(?:и\s+\d+\s+)?лет)/u.test(after) ||
    /^\s*–\s*\d+\s+лет/u.test(after)
  )
    return 'age';
  if (f.unit === 'kg') return 'mass';
  if (
    /^(?:человек|лиц|граждан|жител|участник|член|курьер|закладчик|сборщик|сообщник|подозрева|активн|химик|организатор)/u.test(
      noun,
    ) ||
    (f.inWords && !f.noun)
  )
    return 'people in a case';
  if (/^(?:квартир|автомоб|автомаш|дом|недвиж)/u.test(noun)) return 'property (flats, cars)';
  if (
    /^(?:банков|карт|сч[её]т|криптокош|дроп|подставн|интернет)/u.test(noun) ||
    (!noun && /карт|счет/u.test(before))
  )
    return 'laundering tools, shops';
  if (/^(?:доз|разов)/u.test(noun)) return 'doses';
  if (/^(?:закладк|свертк|сверток|пакет|брикет)/u.test(noun)) return 'packages';
  return 'other';
}
