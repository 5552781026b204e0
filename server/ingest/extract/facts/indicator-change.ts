import type { Figure } from '../recognise/figures.ts';

/** An indicator's change from its figures: signed for %, a factor for «в N раз», or the move between two levels. */
export function changeOf(change: Figure | undefined, direction: 'up' | 'down' | null, level?: Figure) {
  // «9 (в прошлом году — 5)»: a level compared with the one before says its own direction.
  const dir = change?.direction ?? direction ?? (level?.previous !== undefined ? level.direction : null);
  // «снизилось с 19 до 14 человек»: the change is the difference between the two levels.
  if (!change && level?.previous !== undefined && level.unit !== '%')
    return {
      previousValue: level.previous,
      change: Math.round((level.value - level.previous) * 1e6) / 1e6,
      changeUnit: level.unit === 'kg' ? 'kg' : 'count',
      direction: dir ?? undefined,
    };
  if (!change) return { direction: dir ?? undefined, previousValue: level?.previous };
  return {
    // A percentage change is signed; a factor («в 1,5 раза») is not: its direction says which way.
    change: change.unit === 'times' || dir !== 'down' ? change.value : -change.value,
    changeUnit: change.unit === 'count' ? 'count' : change.unit,
    direction: dir ?? undefined,
    // «фактов сбыта: 96 (71), рост в 1,35 раза»: the level before stays with the change told.
    ...(level?.previous !== undefined ? { previousValue: level.previous } : {}),
  };
}
