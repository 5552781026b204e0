import type { DocumentContext, Mention } from '../context.ts';
import { inAnotherBody, LOCAL_POLICE } from './opening-bodies.ts';

/** How many sentences open a release: a notice or headline, its dateline, and its lead's first sentence. */
const OPENING = 4;

const cache = new WeakMap<DocumentContext, Mention | null>();

/**
 * The body a release is about when the first body its opening names is a district's, a city's or a station's
 * police unit («Управление полиции Ауэзовского района … информирует», «Линейный отдел полиции на станции …
 * подвёл итоги»): what the release tells in the passive is that unit's work, not that of the first regional
 * body it names (its department, or a partner such as the region's КНБ).
 */
export function ownLocalBody(ctx: DocumentContext): Mention | undefined {
  if (!cache.has(ctx)) cache.set(ctx, find(ctx) ?? null);
  return cache.get(ctx) ?? undefined;
}

function find(ctx: DocumentContext): Mention | undefined {
  for (const sc of ctx.sentences.slice(0, OPENING)) {
    const first = sc.mentions.find((m) => m.label === 'Agency' && !inAnotherBody(sc, m));
    if (!first) continue;
    const name = first.name || ctx.builder.entityByRef(first.ref)?.name || '';
    return LOCAL_POLICE.test(name) ? first : undefined;
  }
  return undefined;
}
