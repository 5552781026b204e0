import type { DocumentContext, Mention } from '../context.ts';
import { territorialBody } from '../recognise/body-places.ts';
import { relateDepartmentsNamedAfter } from './department-named-after.ts';

/** A city or district police body: «Управление полиции города Тараза», «Бурлинский районный отдел полиции». */
const LOCAL_POLICE = /(?:^|\s)(?:отдел|управление)\s+полиции(?:\s|$)/iu;
/** Sub-units of a department («Управление по противодействию … ДП …») state their parent themselves. */
const NAMES_PARENT = /(?:^|\s)(?:ДП|департамент)/iu;
/** The transport police («… на станции …», «… на транспорте») answers to its own department, not the region's. */
const TRANSPORT = /\sна\s+(?:транспорте|станции|вокзале)/iu;
/**
 * «ювенальная полиция», «Управление по противодействию наркопреступности»: a service of the department, named
 * after it (`institutions.ts`, `department-services.ts`) but not in the text.
 */
const SERVICE =
  /^(?:Ювенальная полиция|Управление (?:по противодействию наркопреступности|криминальной полиции|административной полиции|местной полицейской службы|миграционной службы))\s/u;

const BASIS =
  "A city or district police body is part of its region's police department; the text does not say so.";
const BASIS_RU =
  'Городской или районный орган полиции входит в департамент полиции своей области; в тексте это не сказано.';

const SERVICE_BASIS =
  "A service of its region's police department (juvenile police, a directorate named by its field); the text names no department.";
const SERVICE_BASIS_RU =
  'Служба департамента полиции своей области (ювенальная полиция, управление по своему направлению); в тексте департамент при ней не назван.';

/**
 * PART_OF, inferred: a city directorate or district office of the police is part of the police department
 * of its region (the city's region, else the one the release is about), when the release names that
 * department too. A department the release never names is not proposed for the sake of the link.
 */
export function relateUnitParents(ctx: DocumentContext): void {
  relateDepartmentsNamedAfter(ctx);
  const mentions = ctx.sentences.flatMap((sc) => sc.mentions);
  const seen = new Set<string>();
  for (const sc of ctx.sentences)
    for (const unit of sc.mentions) {
      if (unit.label !== 'Agency' || unit.existingId || seen.has(unit.ref)) continue;
      const service = SERVICE.test(unit.name);
      if (!service && (!LOCAL_POLICE.test(unit.name) || NAMES_PARENT.test(unit.name))) continue;
      if (TRANSPORT.test(unit.name)) continue;
      seen.add(unit.ref);
      // «…начальником УП города Актобе, а до этого возглавлял отдел полиции Хромтауского района»: a district
      // office is in the one region its sentence speaks of, else in the release's.
      const around = new Set(sc.mentions.filter((m) => m !== unit && m.regionId).map((m) => m.regionId));
      const regionId = unit.regionId ?? (around.size === 1 ? [...around][0] : ctx.homeRegionId);
      const department = regionId ? territorialBody(ctx, 'департамент полиции', regionId) : undefined;
      const parent = department && mentions.find((m: Mention) => m.existingId === department.id);
      if (!parent) continue;
      ctx.builder.relate({
        type: 'PART_OF',
        from: unit.ref,
        to: parent.ref,
        evidence: unit,
        basis: service ? SERVICE_BASIS : BASIS,
        basisRu: service ? SERVICE_BASIS_RU : BASIS_RU,
        confidence: 0.6,
      });
    }
}
