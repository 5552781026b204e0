import { between, mentionsOf, type DocumentContext, type SentenceContext } from '../context.ts';
import { headOf } from './headed-posts.ts';
import { holds, RANK } from './post-time.ts';

/** «Отдел полиции Жамбылского района возглавила подполковник полиции Сауле Ибраева»: the body, then the verb. */
const HEADED_BY = /^\s+(?:теперь\s+|отныне\s+)?(возглавил[аи]?|возглавит|возглавляет)\s+$/iu;
const RANK_ONLY = new RegExp(String.raw`^\s*(?:${RANK}\s+)?$`, 'iu');

/**
 * A body named before «возглавил(а)» and a person after it (a rank between): the person was appointed its
 * head — «возглавляет» says he heads it now. The text states it, as «назначен начальником …» would.
 */
export function bodyHeadedBy(ctx: DocumentContext, sc: SentenceContext): void {
  const people = mentionsOf(sc, 'Person');
  for (const body of mentionsOf(sc, 'Agency')) {
    const person = people.find((p) => p.start >= body.end);
    if (!person) continue;
    const gap = between(ctx, body.end, person.start);
    const verb = /^\s+(?:теперь\s+|отныне\s+)?(?:возглавил[аи]?|возглавит|возглавляет)\s+/iu.exec(gap);
    if (!verb || !RANK_ONLY.test(gap.slice(verb[0].length)) || !HEADED_BY.test(verb[0])) continue;
    const span = { start: body.start, end: person.end };
    const post = headOf(ctx, body, span);
    holds(ctx, sc, person, post, /ляет$/u.test(verb[1] ?? verb[0].trim()) ? 'current' : 'appointed', span);
  }
}
