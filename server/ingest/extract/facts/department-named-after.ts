import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { relateNamedParent } from '../recognise/parent-after.ts';

/** A police office or directorate of a district, a city or a station: the unit whose department may follow. */
const POLICE_UNIT =
  /^(?:\p{Lu}\p{Ll}+\s+)?(?:(?:районный|городской|линейный)\s+)?(?:отдел|управление)\s+полиции\s/iu;
/** «ДП Костанайской области», «ДП г. Алматы», «Департамента полиции …»: a police department by its words. */
const DEPARTMENT = /^(?:ДП|Департамент\p{L}*\s+полиции)(?!\p{L})/u;

/**
 * «отдела полиции Житикаринского района ДП Костанайской области», «Управление полиции Ауэзовского района ДП
 * города Алматы»: a police department named right after a local unit, in full or as «ДП», is its parent
 * (PART_OF, stated by the order of the names), whichever rule recognised each of them.
 */
export function relateDepartmentsNamedAfter(ctx: DocumentContext): void {
  for (const sc of ctx.sentences)
    for (const unit of sc.mentions) {
      if (unit.label !== 'Agency' || !POLICE_UNIT.test(unit.name) || /департамент/iu.test(unit.name))
        continue;
      const parent = departmentAfter(ctx, sc, unit);
      if (parent) relateNamedParent(ctx, unit, parent);
    }
}

function departmentAfter(ctx: DocumentContext, sc: SentenceContext, unit: Mention): Mention | undefined {
  return sc.mentions.find(
    (m) =>
      m.label === 'Agency' &&
      m.ref !== unit.ref &&
      m.start > unit.end &&
      /^\s+$/u.test(ctx.text.slice(unit.end, m.start)) &&
      DEPARTMENT.test(ctx.text.slice(m.start, m.end)),
  );
}
