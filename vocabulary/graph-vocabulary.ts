/**
 * The graph's vocabulary, defined once: every node label and relationship type of the data contract, how
 * each is named for readers and drawn, which ends a relationship may have and whether it holds for a
 * period. Names are public (the API, the docs' queries and external checks rely on them): extend, never
 * rename. After an edit run `npm run generate`; it writes the constraints, the GraphQL enums and the
 * client's tables, and `test/unit/vocabulary.test.ts` fails until it has been run.
 */

/** How a label is shown: names for both interface languages, one line of docs, and its canvas look. */
export interface LabelSpec {
  ru: string;
  en: string;
  description: string;
  /** Cytoscape node shape, fill colour and a glyph present in common system fonts (DejaVu, Liberation). */
  look: { shape: string; color: string; glyph: string };
  /** False for labels that are not entities: an entity is mentioned in a Source, never the reverse. */
  entity?: false;
  /** Lookup indexes (name → properties) for the filters the API and the docs' queries use. */
  indexes?: Readonly<Record<string, readonly string[]>>;
  /** Uniqueness constraints besides `id` (name → properties), e.g. one Source per text. */
  unique?: Readonly<Record<string, readonly string[]>>;
}

/** An edge caption and the sentence that explains one hop `a -[type]-> b` of a chain. */
interface RelWording {
  caption: string;
  hop: string;
}

export interface RelationshipSpec<Label extends string = string> {
  from: readonly Label[];
  to: readonly Label[];
  /** True when the fact holds for a period (a post held, a body's place in a hierarchy): validFrom/validTo. */
  timeBound: boolean;
  ru: RelWording;
  en: RelWording;
  indexes?: Readonly<Record<string, readonly string[]>>;
}

/** The labels, in legend order. */
export const LABELS = {
  Person: {
    ru: 'Персона',
    en: 'Person',
    description: 'A named person.',
    look: { shape: 'ellipse', color: '#d9485f', glyph: '☻' },
  },
  Position: {
    ru: 'Должность',
    en: 'Position',
    description: 'A post, whether or not its holder is known.',
    look: { shape: 'round-rectangle', color: '#e8883a', glyph: '✪' },
  },
  Agency: {
    ru: 'Орган',
    en: 'Agency',
    description: 'A ministry, committee, department, unit, task force, customs body, organisation or office.',
    look: { shape: 'rectangle', color: '#3a6ea5', glyph: '⌂' },
    indexes: { agency_kind: ['kind'] },
  },
  Region: {
    ru: 'Регион',
    en: 'Region',
    description: 'A first-level unit: one of 17 regions or the cities of Astana, Almaty and Shymkent.',
    look: { shape: 'hexagon', color: '#3f9b6e', glyph: '▦' },
    indexes: { region_iso: ['iso'] },
  },
  City: {
    ru: 'Город',
    en: 'City',
    description: 'A city or town with coordinates.',
    look: { shape: 'diamond', color: '#7bb661', glyph: '◉' },
  },
  SupplyChannel: {
    ru: 'Канал поставки',
    en: 'Supply channel',
    description: 'A drug supply channel into a region.',
    look: { shape: 'vee', color: '#8e44ad', glyph: '⇶' },
    indexes: { supply_channel_year: ['year'] },
  },
  Seizure: {
    ru: 'Изъятие',
    en: 'Seizure',
    description: 'Drugs taken out of circulation.',
    look: { shape: 'star', color: '#c0392b', glyph: '⚠' },
    indexes: { seizure_year: ['year'] },
  },
  Directive: {
    ru: 'Поручение',
    en: 'Directive',
    description: 'An instruction given by an official.',
    look: { shape: 'tag', color: '#b8860b', glyph: '✎' },
  },
  Meeting: {
    ru: 'Совещание',
    en: 'Meeting',
    description: 'A meeting.',
    look: { shape: 'octagon', color: '#16a3b8', glyph: '⚑' },
  },
  Indicator: {
    ru: 'Показатель',
    en: 'Indicator',
    description: 'A figure, e.g. registered crimes in a year and its change.',
    look: { shape: 'triangle', color: '#6c757d', glyph: '↗' },
    indexes: { indicator_year_metric: ['year', 'metric'] },
  },
  Measure: {
    ru: 'Мера',
    en: 'Measure',
    description: 'A plan or action announced.',
    look: { shape: 'pentagon', color: '#5a8f29', glyph: '✓' },
  },
  Operation: {
    ru: 'Операция',
    en: 'Operation',
    description: 'A named law-enforcement operation, e.g. the ОПМ «Мак».',
    look: { shape: 'concave-hexagon', color: '#d35400', glyph: '⚔' },
    indexes: { operation_year: ['year'] },
  },
  Source: {
    ru: 'Источник',
    en: 'Source',
    description: 'A document or a reference the graph was built from.',
    look: { shape: 'barrel', color: '#495057', glyph: '¶' },
    entity: false,
    unique: { source_sha256: ['sha256'] },
  },
} as const satisfies Record<string, LabelSpec>;

export type NodeLabel = keyof typeof LABELS;

/** Every label but Source: what a Source mentions. */
const ENTITY: readonly NodeLabel[] = (Object.keys(LABELS) as NodeLabel[]).filter(
  (label) => (LABELS[label] as LabelSpec).entity !== false,
);

/** The relationship types; the seed validator rejects any other pair of labels. */
export const RELATIONSHIPS = {
  // Contract types.
  HOLDS: {
    from: ['Person'],
    to: ['Position'],
    timeBound: true,
    ru: { caption: 'занимает', hop: '{a} занимает должность {b}' },
    en: { caption: 'holds', hop: '{a} holds the post of {b}' },
  },
  POSITION_IN: {
    from: ['Position'],
    to: ['Agency'],
    timeBound: true,
    ru: { caption: 'в составе', hop: '{a} — должность в {b}' },
    en: { caption: 'position in', hop: '{a} is a post in {b}' },
  },
  PART_OF: {
    from: ['Agency'],
    to: ['Agency'],
    timeBound: true,
    ru: { caption: 'входит в', hop: '{a} входит в {b}' },
    en: { caption: 'part of', hop: '{a} is part of {b}' },
  },
  REPORTS_TO: {
    from: ['Agency', 'Position'],
    to: ['Agency', 'Position'],
    timeBound: true,
    ru: { caption: 'подчиняется', hop: '{a} подчиняется {b}' },
    en: { caption: 'reports to', hop: '{a} reports to {b}' },
  },
  JURISDICTION: {
    from: ['Agency'],
    to: ['Region'],
    timeBound: true,
    ru: { caption: 'юрисдикция', hop: '{a} действует на территории {b}' },
    en: { caption: 'jurisdiction', hop: '{a} has jurisdiction over {b}' },
  },
  // Time-bound: cities moved between regions in the 2022 reform.
  LOCATED_IN: {
    from: ['City', 'Agency'],
    to: ['Region', 'City'],
    timeBound: true,
    ru: { caption: 'находится в', hop: '{a} находится в {b}' },
    en: { caption: 'located in', hop: '{a} is located in {b}' },
  },
  ORIGINATES_IN: {
    from: ['SupplyChannel'],
    to: ['City'],
    timeBound: false,
    ru: { caption: 'из', hop: '{a} идёт из {b}' },
    en: { caption: 'originates in', hop: '{a} originates in {b}' },
  },
  DESTINED_FOR: {
    from: ['SupplyChannel'],
    to: ['Region'],
    timeBound: false,
    ru: { caption: 'в', hop: '{a} направлен в {b}' },
    en: { caption: 'destined for', hop: '{a} is destined for {b}' },
  },
  DISRUPTED: {
    from: ['Agency'],
    to: ['SupplyChannel'],
    timeBound: false,
    ru: { caption: 'пресёк', hop: '{a} пресёк {b}' },
    en: { caption: 'disrupted', hop: '{a} disrupted {b}' },
  },
  SEIZED: {
    from: ['Agency'],
    to: ['Seizure'],
    timeBound: false,
    ru: { caption: 'изъял', hop: '{a} изъял {b}' },
    en: { caption: 'seized', hop: '{a} seized {b}' },
  },
  OCCURRED_IN: {
    from: ['Seizure', 'Meeting', 'Operation'],
    to: ['Region', 'City'],
    timeBound: false,
    ru: { caption: 'где', hop: '{a} произошло в {b}' },
    en: { caption: 'occurred in', hop: '{a} occurred in {b}' },
  },
  ISSUED: {
    from: ['Person'],
    to: ['Directive'],
    timeBound: false,
    ru: { caption: 'дал поручение', hop: '{a} дал поручение «{b}»' },
    en: { caption: 'issued', hop: '{a} issued the directive “{b}”' },
  },
  ASSIGNED_TO: {
    from: ['Directive'],
    to: ['Position', 'Agency'],
    timeBound: true,
    ru: { caption: 'поручено', hop: '«{a}» поручено: {b}' },
    en: { caption: 'assigned to', hop: '“{a}” is assigned to {b}' },
  },
  COOPERATES_WITH: {
    from: ['Directive'],
    to: ['Agency'],
    timeBound: true,
    ru: { caption: 'совместно с', hop: '«{a}» — совместно с {b}' },
    en: { caption: 'together with', hop: '“{a}” is carried out together with {b}' },
  },
  UNDER_CONTROL_OF: {
    from: ['Directive'],
    to: ['Position'],
    timeBound: true,
    ru: { caption: 'на контроле у', hop: '«{a}» на особом контроле у {b}' },
    en: { caption: 'under control of', hop: '“{a}” is under the special control of {b}' },
  },
  PRODUCED: {
    from: ['Meeting'],
    to: ['Directive'],
    timeBound: false,
    ru: { caption: 'итог', hop: '{a} завершилось поручением «{b}»' },
    en: { caption: 'produced', hop: '{a} produced “{b}”' },
  },
  ATTENDED: {
    from: ['Person'],
    to: ['Meeting'],
    timeBound: false,
    ru: { caption: 'присутствовал', hop: '{a} присутствовал на {b}' },
    en: { caption: 'attended', hop: '{a} attended {b}' },
  },
  ORGANIZED: {
    from: ['Agency'],
    to: ['Meeting'],
    timeBound: false,
    ru: { caption: 'провёл', hop: '{a} провёл {b}' },
    en: { caption: 'organized', hop: '{a} organized {b}' },
  },
  MEASURES: {
    from: ['Indicator'],
    to: ['Region', 'Agency'],
    timeBound: false,
    ru: { caption: 'показатель', hop: '{a} — показатель {b}' },
    en: { caption: 'measures', hop: '{a} measures {b}' },
  },
  ANNOUNCED: {
    from: ['Person'],
    to: ['Measure'],
    timeBound: false,
    ru: { caption: 'объявил', hop: '{a} объявил: {b}' },
    en: { caption: 'announced', hop: '{a} announced {b}' },
  },
  CONDUCTED_BY: {
    from: ['Operation'],
    to: ['Agency'],
    timeBound: false,
    ru: { caption: 'проводится', hop: '{a} — проводящий орган: {b}' },
    en: { caption: 'conducted by', hop: '{a} is conducted by {b}' },
  },
  RESULTED_IN: {
    from: ['Operation'],
    to: ['Seizure', 'SupplyChannel'],
    timeBound: false,
    ru: { caption: 'результат', hop: '{a} — результат: {b}' },
    en: { caption: 'resulted in', hop: '{a} resulted in {b}' },
  },
  // Extensions of the seed graph (docs/data-model.md).
  INCLUDES: {
    from: ['Directive'],
    to: ['Directive'],
    timeBound: false,
    ru: { caption: 'включает', hop: '«{a}» включает «{b}»' },
    en: { caption: 'includes', hop: '“{a}” includes “{b}”' },
  },
  INCLUDED_IN: {
    from: ['Seizure'],
    to: ['Seizure'],
    timeBound: false,
    ru: { caption: 'входит в', hop: '{a} входит в {b}' },
    en: { caption: 'included in', hop: '{a} is included in {b}' },
  },
  PARTICIPATED_IN: {
    from: ['Agency'],
    to: ['Meeting', 'Operation'],
    timeBound: false,
    ru: { caption: 'участвовал', hop: '{a} участвовал в {b}' },
    en: { caption: 'participated in', hop: '{a} took part in {b}' },
  },
  THANKED: {
    from: ['Person'],
    to: ['Agency'],
    timeBound: false,
    ru: { caption: 'поблагодарил', hop: '{a} поблагодарил {b}' },
    en: { caption: 'thanked', hop: '{a} thanked {b}' },
  },
  CONCERNS: {
    from: ['Measure', 'Directive'],
    to: ['Agency', 'Indicator'],
    timeBound: false,
    ru: { caption: 'касается', hop: '{a} касается {b}' },
    en: { caption: 'concerns', hop: '{a} concerns {b}' },
  },
  CARRIED_OUT_BY: {
    from: ['Measure'],
    to: ['Agency'],
    timeBound: false,
    ru: { caption: 'исполняет', hop: '{a} исполняет {b}' },
    en: { caption: 'carried out by', hop: '{a} is carried out by {b}' },
  },
  // Provenance: where an entity is named. Not followed by the graph views (every entity is two hops from
  // every other through a Source).
  MENTIONED_IN: {
    from: ENTITY,
    to: ['Source'],
    timeBound: false,
    ru: { caption: 'упомянут в', hop: '{a} упомянут в {b}' },
    en: { caption: 'mentioned in', hop: '{a} is mentioned in {b}' },
    indexes: { mentioned_in_source: ['sourceId'] },
  },
} as const satisfies Record<string, RelationshipSpec<NodeLabel>>;

export type RelationshipType = keyof typeof RELATIONSHIPS;
