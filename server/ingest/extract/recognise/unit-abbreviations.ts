import { covered, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { territorialBody } from './body-places.ts';
import { headedBodyAt } from './headed-bodies.ts';
import { newBody } from './new-body.ts';

/**
 * The press abbreviations of a police department's own directorates, as releases write them before the
 * department («начальник УПН ДП Павлодарской области», «сотрудники УКП ДП СКО»). Each names a field no other
 * kind of body has, so it is spelled out in full.
 */
const DIRECTORATES: Record<string, string> = {
  УПН: 'Управление по противодействию наркопреступности',
  УКП: 'Управление криминальной полиции',
  УАП: 'Управление административной полиции',
  УМПС: 'Управление местной полицейской службы',
  УМС: 'Управление миграционной службы',
  УСБ: 'Управление собственной безопасности',
  УЮП: 'Управление ювенальной полиции',
};

/** A police department, named by its abbreviation or in full, linked or new. */
const POLICE_DEPARTMENT = /^Департамент полиции\s/u;

/**
 * «УПН ДП области Ұлытау»: a directorate's abbreviation right before its police department names a unit of
 * that department, PART_OF it as the text states. Its name is spelled out («Управление по противодействию
 * наркопреступности Департамента полиции области Ұлытау»), so the full form elsewhere is the same body.
 */
export function unitAbbreviationAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const full = DIRECTORATES[sc.tokens[i]?.text ?? ''];
  if (!full) return null;
  const parent = sc.tokens[i + 1] && !covered(sc, i + 1) ? headedBodyAt(ctx, sc, i + 1) : null;
  if (!parent) return ownDirectorate(ctx, sc, i, full);
  if (!POLICE_DEPARTMENT.test(parent.name)) return parent;
  const name = `${full} ${genitivePhrase(ctx.morph, parent.name)}`;
  // The unit's span contains its parent's: both stay, so facts can name either.
  const unit = newBody(ctx, sc, { from: i, to: parent.to, headTo: i + 1, name }, parent.regionId ?? null);
  ctx.builder.relate({ type: 'PART_OF', from: unit.ref, to: parent.ref, evidence: unit, confidence: 0.85 });
  return unit;
}

/**
 * «начальнику УПН Тулегенову поручено …»: the abbreviation alone is the directorate of the release's police
 * department, named after it; its PART_OF is inferred in `facts/unit-parents.ts`.
 */
function ownDirectorate(ctx: DocumentContext, sc: SentenceContext, i: number, full: string): Mention | null {
  const department = ctx.homeRegionId
    ? territorialBody(ctx, 'департамент полиции', ctx.homeRegionId)
    : undefined;
  if (!department) return null;
  const name = `${full} ${genitivePhrase(ctx.morph, department.name)}`;
  return newBody(ctx, sc, { from: i, to: i + 1, headTo: i + 1, name }, ctx.homeRegionId ?? null);
}
