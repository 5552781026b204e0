import type { FormToken } from '../../gazetteer/gazetteer-index.ts';

// prettier-ignore
export const TITLE_NOUNS = new Set([
  'начальник', 'заместитель', 'руководитель', 'руководство', 'председатель', 'министр', 'вице-министр', 'прокурор',
  'аким', 'командир', 'директор', 'заведующий', 'следователь', 'оперуполномоченный', 'инспектор', 'дознаватель',
  'представитель', 'глава', 'помощник', 'советник', 'пресс-секретарь',
]);
// «первого заместителя»: Az.js files ordinals under «один», so the surface decides.
const MODIFIER = /^(?:перв|старш|главн|участков|ведущ|генеральн|официальн|исполняющ)/iu;

/** Words that continue a title in the genitive before its body ("заместителя начальника", "начальника управления"). */
export const CONTINUATIONS = new Set([
  'начальник',
  'министр',
  'председатель',
  'руководитель',
  'прокурор',
  'аким',
  'директор',
  // «заместителя руководителя аппарата акима области»
  'аппарат',
]);

/** Generic objects of a title when no body is named ("начальникам подразделений", "руководству департаментов"). */
// prettier-ignore
export const GENERIC_OBJECTS = new Set([
  'подразделение', 'департамент', 'управление', 'отдел', 'служба', 'район', 'ведомство', 'оп', 'уп', 'территориальный',
  'орган', 'городской', 'районный', 'областной', 'полиция', 'заинтересованный', 'государственный', 'правоохранительный',
]);

/** A word that opens a title: «первый», «старший», «официальный». */
export function isModifier(token: FormToken): boolean {
  return MODIFIER.test(token.text);
}

/** A title noun: «начальник», «заместителя», «представитель». */
export function isTitle(token: FormToken): boolean {
  return [...token.forms].some((f) => TITLE_NOUNS.has(f));
}
