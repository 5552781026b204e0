import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { headedBodyAt } from './headed-bodies.ts';
import { relateNamedParent } from './parent-after.ts';

/** A police office or directorate: the unit whose department may follow its name. */
const POLICE_UNIT = /^(?:\p{Lu}\p{Ll}+\s+)?(?:отдел|управление)\s+полиции/iu;

/**
 * «линейного отдела полиции на станции Караганда-Сортировочная Департамента полиции на транспорте», «отдела
 * полиции Сарыагашского района Департамента полиции Туркестанской области»: a police department named in the
 * genitive right after a police unit is the unit's parent (PART_OF, stated), and a body of its own.
 * Returns the parent, so the scan goes on after it.
 */
export function departmentAfter(ctx: DocumentContext, sc: SentenceContext, unit: Mention): Mention | null {
  const next = sc.tokens[unit.to];
  if (!POLICE_UNIT.test(unit.name) || !next || !/^департамента$/iu.test(next.text)) return null;
  if (!/^\s+$/u.test(ctx.text.slice(unit.end, next.start))) return null;
  const parent = headedBodyAt(ctx, sc, unit.to);
  if (!parent || parent.ref === unit.ref) return null;
  relateNamedParent(ctx, unit, parent);
  return parent;
}
