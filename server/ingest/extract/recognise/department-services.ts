import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { territorialBody } from './body-places.ts';
import { newBody } from './new-body.ts';

/**
 * What makes an «управление» one of a police department's own directorates: its field, which no other
 * kind of body has («по противодействию наркопреступности», «криминальной полиции», «местной полицейской
 * службы», «миграционной службы»).
 */
const FIELDS = [
  ['по', 'противодействие', 'наркопреступность'],
  ['криминальный', 'полиция'],
  ['административный', 'полиция'],
  ['местный', 'полицейский', 'служба'],
  ['миграционный', 'служба'],
];

/**
 * «Управлению по противодействию наркопреступности» with no body after it: the directorate of the release's
 * police department, named after it («Управление … Департамента полиции области Абай»), when the release
 * is about a region. Its PART_OF is inferred in `facts/unit-parents.ts`.
 */
export function departmentServiceAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const t = sc.tokens;
  if (!t[i]?.forms.has('управление')) return null;
  const field = FIELDS.find((words) => words.every((w, k) => t[i + 1 + k]?.forms.has(w)));
  if (!field || !ctx.homeRegionId) return null;
  const department = territorialBody(ctx, 'департамент полиции', ctx.homeRegionId);
  if (!department) return null;
  const to = i + 1 + field.length;
  const words = t.slice(i, to).map((x) => x.text);
  const name = `${nominativePhrase(ctx.morph, words)} ${genitivePhrase(ctx.morph, department.name)}`;
  return newBody(ctx, sc, { from: i, to, headTo: to, name }, ctx.homeRegionId);
}
