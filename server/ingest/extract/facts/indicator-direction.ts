import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Metric } from './metric-phrases.ts';

// Which way a metric with no change figure of its own went, told by a word of its sentence.

// Word starts only: «подростка» holds no «рост». «достигла 38 процентов» tells a rise to a level; «не достигли
// 21 года» and «достигнуты результаты» tell none.
const DOWN =
  /(?<!\p{L})(?:сниж\p{L}*|снизил\p{L}*|сократил\p{L}*|сокращ\p{L}*|уменьшил\p{L}*|уменьш\p{L}*|меньше|ниже|спад\p{L}*)/iu;
const UP =
  /(?<!\p{L})(?:(?:при)?рост\p{L}*|вырос\p{L}*|выросл\p{L}*|увеличил\p{L}*|увелич\p{L}*|больше|выше|улучшил\p{L}*|повысил\p{L}*|возрос\p{L}*|(?<!не\s)достиг(?:л[аои]?)?(?!\p{L}))/iu;
/** The way the words say a figure went, down first: «снизилось … больше, чем» is still a fall. */
export function saidDirection(words: string): 'up' | 'down' | null {
  return DOWN.test(words) ? 'down' : UP.test(words) ? 'up' : null;
}

/** The direction word nearest a metric (40 characters either side), within its sentence and up to `upTo`. */
export function nearestDirection(
  ctx: DocumentContext,
  sc: SentenceContext,
  metric: Metric,
  upTo = sc.sentence.end,
): 'up' | 'down' | null {
  const window = ctx.folded.slice(
    Math.max(sc.sentence.start, metric.start - 40),
    Math.min(sc.sentence.end, upTo, metric.end + 40),
  );
  const down = DOWN.exec(window);
  const up = UP.exec(window);
  if (down && up) return Math.abs(down.index - 40) < Math.abs(up.index - 40) ? 'down' : 'up';
  return down ? 'down' : up ? 'up' : null;
}
