import { covered, type DocumentContext, type SentenceContext } from '../context.ts';
import { unitAt } from './body-units.ts';
import { akimatDepartmentsAt } from './akimat-departments.ts';
import { departmentAfter } from './department-after.ts';
import { departmentServiceAt } from './department-services.ts';
import { districtBodyAt } from './district-bodies.ts';
import { executiveBodiesAt } from './executive-bodies.ts';
import { fieldBodyAt } from './field-bodies.ts';
import { headedBodyAt } from './headed-bodies.ts';
import { healthCentreAt } from './health-centres.ts';
import { institutionAt } from './institutions.ts';
import { maslikhatAt } from './maslikhats.ts';
import { ministryAt } from './ministries.ts';
import { unitAbbreviationAt } from './unit-abbreviations.ts';

/**
 * Bodies named by a head and a place: "ДП Жамбылской области", "Управлением полиции города Уральска",
 * "Департаментом КНБ по области Абай", "прокуратурой области", bodies named by their field "Департамент
 * экономических расследований по Туркестанской области", and sub-units "управление по противодействию
 * наркопреступности ДП …". A territorial police or КНБ department is linked through its region (the graph's
 * JURISDICTION); other bodies are proposed as new, in the nominative, with the place as written.
 */
export function findBodies(ctx: DocumentContext, sc: SentenceContext): void {
  for (let i = 0; i < sc.tokens.length; i++) {
    if (covered(sc, i)) continue;
    const found =
      districtBodyAt(ctx, sc, i) ??
      unitAbbreviationAt(ctx, sc, i) ??
      headedBodyAt(ctx, sc, i) ??
      fieldBodyAt(ctx, sc, i) ??
      unitAt(ctx, sc, i) ??
      departmentServiceAt(ctx, sc, i) ??
      akimatDepartmentsAt(ctx, sc, i) ??
      institutionAt(ctx, sc, i) ??
      healthCentreAt(ctx, sc, i) ??
      executiveBodiesAt(ctx, sc, i) ??
      maslikhatAt(ctx, sc, i) ??
      ministryAt(ctx, sc, i);
    if (!found) continue;
    i = (departmentAfter(ctx, sc, found) ?? found).to - 1;
  }
}
