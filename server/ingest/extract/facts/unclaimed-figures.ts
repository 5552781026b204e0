import type { DraftEntity } from '../../draft.ts';
import type { DocumentContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { unclaimedChange } from './unclaimed-changes.ts';
import { unclaimedCount } from './unclaimed-counts.ts';
import { unclaimedLevel, type Proposed } from './unclaimed-levels.ts';

/**
 * The last rule: numbers in the text that no entity's mention covers after every other rule has run. Only
 * the kinds that annotators mark far more often than not (scripts/unclaimed-figures.ts counts them over all
 * gold sets) become facts: counts of laundering tools (an Indicator each) and a change told right after a
 * figure an entity holds. Sums of money, in any currency, are read by money-sums.ts with the other figures of
 * a sentence. People detained in a case, ages, article numbers, dates, items and counts of searches stay
 * unclaimed: annotators mark them as figures less often than not.
 */
export function findUnclaimedFigures(ctx: DocumentContext): void {
  for (const sc of ctx.sentences) {
    const before = ctx.builder.entitiesSoFar();
    const free = sc.figures.filter((f) => !claimed(before, f));
    for (const figure of free) unclaimedCount(ctx, sc, figure);
    // A count just added may be the figure a change after it compares.
    const entities = ctx.builder.entitiesSoFar();
    const joined = free.filter((figure) => unclaimedChange(ctx, sc, figure, entities));
    // Anything still free is proposed for review if annotators mark its kind (unclaimed-levels.ts).
    const after = ctx.builder.entitiesSoFar();
    let last: Proposed | undefined;
    for (const figure of free.filter((f) => !joined.includes(f) && !claimed(after, f)))
      last = unclaimedLevel(ctx, sc, figure, last);
  }
}

/**
 * A figure is read when an entity quoted over it holds its number; «осуждены 3 905 человек, из них 412 – …»
 * quoted whole for the first count leaves the second unread.
 */
function claimed(entities: readonly DraftEntity[], f: Figure): boolean {
  return entities.some(
    (e) => e.mentions.some((m) => m.start <= f.start && m.end >= f.end) && (!counted(f) || holds(e, f.value)),
  );
}

/** Only a bare count or a share can be left unread inside another's quote: masses and changes keep their rules. */
function counted(f: Figure): boolean {
  return (f.unit === 'count' && !f.isChange && !f.noun) || (f.unit === '%' && !f.isChange);
}

function holds(e: DraftEntity, value: number): boolean {
  return Object.values(e.properties as Record<string, unknown>).some(
    (v) => typeof v === 'number' && Math.abs(v - value) < 1e-6,
  );
}
