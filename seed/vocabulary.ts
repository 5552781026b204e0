/**
 * The graph's public vocabulary (issue 3's data contract) plus the extensions the seed needs.
 * The API, docs and external checks rely on these names: extend, never rename.
 */
export const NODE_LABELS = [
  'Person',
  'Position',
  'Agency',
  'Region',
  'City',
  'SupplyChannel',
  'Seizure',
  'Directive',
  'Meeting',
  'Indicator',
  'Measure',
  'Source',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

type Ends = readonly [from: readonly NodeLabel[], to: readonly NodeLabel[]];

const ANY: readonly NodeLabel[] = NODE_LABELS.filter((label) => label !== 'Source');

/** Allowed start and end labels of every relationship type; the validator rejects anything else. */
export const RELATIONSHIP_ENDS = {
  // Contract types.
  HOLDS: [['Person'], ['Position']],
  POSITION_IN: [['Position'], ['Agency']],
  PART_OF: [['Agency'], ['Agency']],
  REPORTS_TO: [
    ['Agency', 'Position'],
    ['Agency', 'Position'],
  ],
  JURISDICTION: [['Agency'], ['Region']],
  LOCATED_IN: [
    ['City', 'Agency'],
    ['Region', 'City'],
  ],
  ORIGINATES_IN: [['SupplyChannel'], ['City']],
  DESTINED_FOR: [['SupplyChannel'], ['Region']],
  DISRUPTED: [['Agency'], ['SupplyChannel']],
  SEIZED: [['Agency'], ['Seizure']],
  OCCURRED_IN: [
    ['Seizure', 'Meeting'],
    ['Region', 'City'],
  ],
  ISSUED: [['Person'], ['Directive']],
  ASSIGNED_TO: [['Directive'], ['Position', 'Agency']],
  COOPERATES_WITH: [['Directive'], ['Agency']],
  UNDER_CONTROL_OF: [['Directive'], ['Position']],
  PRODUCED: [['Meeting'], ['Directive']],
  ATTENDED: [['Person'], ['Meeting']],
  ORGANIZED: [['Agency'], ['Meeting']],
  MEASURES: [['Indicator'], ['Region', 'Agency']],
  ANNOUNCED: [['Person'], ['Measure']],
  MENTIONED_IN: [ANY, ['Source']],
  // Extensions (documented in docs/data-model.md).
  INCLUDES: [['Directive'], ['Directive']],
  INCLUDED_IN: [['Seizure'], ['Seizure']],
  PARTICIPATED_IN: [['Agency'], ['Meeting']],
  THANKED: [['Person'], ['Agency']],
  CONCERNS: [
    ['Measure', 'Directive'],
    ['Agency', 'Indicator'],
  ],
  CARRIED_OUT_BY: [['Measure'], ['Agency']],
} as const satisfies Record<string, Ends>;

export type RelationshipType = keyof typeof RELATIONSHIP_ENDS;

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_ENDS) as [RelationshipType, ...RelationshipType[]];

/**
 * Properties stored as Neo4j INTEGER. The driver sends every other JS number as FLOAT, so amounts and
 * figures stay FLOAT even when whole (3343, 770): one type per property keeps the GraphQL schema honest.
 */
export const INTEGER_PROPERTIES: ReadonlySet<string> = new Set([
  'year',
  'count',
  'comparedToYear',
  'start',
  'end',
]);

/** Labels that carry the full-text searchable name fields (all of them, Source included). */
export const SEARCHABLE_LABELS: readonly NodeLabel[] = NODE_LABELS;
