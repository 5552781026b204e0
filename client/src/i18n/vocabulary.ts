import type { Lang } from '../graph/graph-types.ts';

/** Labels of the data contract, as an investigator reads them. */
export const LABEL_NAMES: Record<string, Record<Lang, string>> = {
  Person: { ru: 'Персона', en: 'Person' },
  Position: { ru: 'Должность', en: 'Position' },
  Agency: { ru: 'Орган', en: 'Agency' },
  Region: { ru: 'Регион', en: 'Region' },
  City: { ru: 'Город', en: 'City' },
  SupplyChannel: { ru: 'Канал поставки', en: 'Supply channel' },
  Seizure: { ru: 'Изъятие', en: 'Seizure' },
  Directive: { ru: 'Поручение', en: 'Directive' },
  Meeting: { ru: 'Совещание', en: 'Meeting' },
  Indicator: { ru: 'Показатель', en: 'Indicator' },
  Measure: { ru: 'Мера', en: 'Measure' },
  Source: { ru: 'Источник', en: 'Source' },
};

/** Relationship types as edge captions, and the sentence that explains one hop of a chain. */
export const REL_NAMES: Record<string, Record<Lang, { caption: string; hop: string }>> = {
  HOLDS: {
    ru: { caption: 'занимает', hop: '{a} занимает должность {b}' },
    en: { caption: 'holds', hop: '{a} holds the post of {b}' },
  },
  POSITION_IN: {
    ru: { caption: 'в составе', hop: '{a} — должность в {b}' },
    en: { caption: 'position in', hop: '{a} is a post in {b}' },
  },
  PART_OF: {
    ru: { caption: 'входит в', hop: '{a} входит в {b}' },
    en: { caption: 'part of', hop: '{a} is part of {b}' },
  },
  REPORTS_TO: {
    ru: { caption: 'подчиняется', hop: '{a} подчиняется {b}' },
    en: { caption: 'reports to', hop: '{a} reports to {b}' },
  },
  JURISDICTION: {
    ru: { caption: 'юрисдикция', hop: '{a} действует на территории {b}' },
    en: { caption: 'jurisdiction', hop: '{a} has jurisdiction over {b}' },
  },
  LOCATED_IN: {
    ru: { caption: 'находится в', hop: '{a} находится в {b}' },
    en: { caption: 'located in', hop: '{a} is located in {b}' },
  },
  ORIGINATES_IN: {
    ru: { caption: 'из', hop: '{a} идёт из {b}' },
    en: { caption: 'originates in', hop: '{a} originates in {b}' },
  },
  DESTINED_FOR: {
    ru: { caption: 'в', hop: '{a} направлен в {b}' },
    en: { caption: 'destined for', hop: '{a} is destined for {b}' },
  },
  DISRUPTED: {
    ru: { caption: 'пресёк', hop: '{a} пресёк {b}' },
    en: { caption: 'disrupted', hop: '{a} disrupted {b}' },
  },
  SEIZED: {
    ru: { caption: 'изъял', hop: '{a} изъял {b}' },
    en: { caption: 'seized', hop: '{a} seized {b}' },
  },
  OCCURRED_IN: {
    ru: { caption: 'где', hop: '{a} произошло в {b}' },
    en: { caption: 'occurred in', hop: '{a} occurred in {b}' },
  },
  ISSUED: {
    ru: { caption: 'дал поручение', hop: '{a} дал поручение «{b}»' },
    en: { caption: 'issued', hop: '{a} issued the directive “{b}”' },
  },
  ASSIGNED_TO: {
    ru: { caption: 'поручено', hop: '«{a}» поручено: {b}' },
    en: { caption: 'assigned to', hop: '“{a}” is assigned to {b}' },
  },
  COOPERATES_WITH: {
    ru: { caption: 'совместно с', hop: '«{a}» — совместно с {b}' },
    en: { caption: 'together with', hop: '“{a}” is carried out together with {b}' },
  },
  UNDER_CONTROL_OF: {
    ru: { caption: 'на контроле у', hop: '«{a}» на особом контроле у {b}' },
    en: { caption: 'under control of', hop: '“{a}” is under the special control of {b}' },
  },
  PRODUCED: {
    ru: { caption: 'итог', hop: '{a} завершилось поручением «{b}»' },
    en: { caption: 'produced', hop: '{a} produced “{b}”' },
  },
  ATTENDED: {
    ru: { caption: 'присутствовал', hop: '{a} присутствовал на {b}' },
    en: { caption: 'attended', hop: '{a} attended {b}' },
  },
  ORGANIZED: {
    ru: { caption: 'провёл', hop: '{a} провёл {b}' },
    en: { caption: 'organized', hop: '{a} organized {b}' },
  },
  MEASURES: {
    ru: { caption: 'показатель', hop: '{a} — показатель {b}' },
    en: { caption: 'measures', hop: '{a} measures {b}' },
  },
  ANNOUNCED: {
    ru: { caption: 'объявил', hop: '{a} объявил: {b}' },
    en: { caption: 'announced', hop: '{a} announced {b}' },
  },
  INCLUDES: {
    ru: { caption: 'включает', hop: '«{a}» включает «{b}»' },
    en: { caption: 'includes', hop: '“{a}” includes “{b}”' },
  },
  INCLUDED_IN: {
    ru: { caption: 'входит в', hop: '{a} входит в {b}' },
    en: { caption: 'included in', hop: '{a} is included in {b}' },
  },
  PARTICIPATED_IN: {
    ru: { caption: 'участвовал', hop: '{a} участвовал в {b}' },
    en: { caption: 'participated in', hop: '{a} took part in {b}' },
  },
  THANKED: {
    ru: { caption: 'поблагодарил', hop: '{a} поблагодарил {b}' },
    en: { caption: 'thanked', hop: '{a} thanked {b}' },
  },
  CONCERNS: {
    ru: { caption: 'касается', hop: '{a} касается {b}' },
    en: { caption: 'concerns', hop: '{a} concerns {b}' },
  },
  CARRIED_OUT_BY: {
    ru: { caption: 'исполняет', hop: '{a} исполняет {b}' },
    en: { caption: 'carried out by', hop: '{a} is carried out by {b}' },
  },
  MENTIONED_IN: {
    ru: { caption: 'упомянут в', hop: '{a} упомянут в {b}' },
    en: { caption: 'mentioned in', hop: '{a} is mentioned in {b}' },
  },
};

/** A label's display name; unknown labels are shown as they are. */
export function labelName(label: string, lang: Lang): string {
  return LABEL_NAMES[label]?.[lang] ?? label;
}

/** A relationship type's edge caption; unknown types are shown as they are. */
export function relCaption(type: string, lang: Lang): string {
  return REL_NAMES[type]?.[lang].caption ?? type;
}

/** One sentence explaining an edge `a -[type]-> b`. */
export function hopSentence(type: string, a: string, b: string, lang: Lang): string {
  const template = REL_NAMES[type]?.[lang].hop ?? `{a} ${type} {b}`;
  return template.replace('{a}', a).replace('{b}', b);
}
