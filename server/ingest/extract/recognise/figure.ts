import type { Span } from '../text/segment.ts';

/** A number found in the text, with its unit and what it counts. */
export interface Figure extends Span {
  value: number;
  /** kg (any mass, converted), %, count, or times («в 1,5 раза»: a factor of change). */
  unit: 'kg' | '%' | 'count' | 'times';
  /** over (свыше, более), about (около, порядка), under (менее, до), exactly otherwise. */
  qualifier: 'over' | 'about' | 'under' | 'exactly';
  /** The word after a count, lower case ("факта", "каналов", "человек"). */
  noun: string | null;
  /** "на 12%": the size of a change rather than a level. */
  isChange: boolean;
  /** up / down when the figure itself says so ("на 8% больше", "рост на 3%"). */
  direction: 'up' | 'down' | null;
  /** «с 19 до 14», «38 против 51»: the level before, when the text gives it. */
  previous?: number;
  /** «шесть квартир»: a count written as a word. */
  inWords?: boolean;
}

/** A count with no noun read after it («из них девять — …», «с шести до девяти»); `inWords` when written as words. */
export function bareCount(start: number, end: number, value: number, inWords: boolean): Figure {
  return {
    start,
    end,
    value,
    unit: 'count',
    qualifier: 'exactly',
    noun: null,
    isChange: false,
    direction: null,
    ...(inWords ? { inWords: true } : {}),
  };
}
