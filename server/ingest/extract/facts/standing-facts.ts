import { TIME_BOUND_TYPES } from '../../../../vocabulary/index.ts';
import type { DocumentContext } from '../context.ts';

/**
 * A release tells the structure as it stands when published: a post in its body, a unit in its parent, a
 * city in its region, a task given to a body. Such a time-bound fact the text does not close holds at
 * publication (`current: true`), as the gold format asks of every time-bound fact; posts held keep the
 * time their own rule read (a former post is `current: false`).
 */
export function markStandingFacts(ctx: DocumentContext): void {
  const types = TIME_BOUND_TYPES.filter((type) => type !== 'HOLDS');
  for (const entity of ctx.builder.entitiesSoFar())
    for (const type of types)
      for (const fact of ctx.builder.relationshipsFrom(type, entity.ref))
        if (fact.properties.current === undefined && fact.properties.validTo === undefined)
          fact.properties.current = true;
}
