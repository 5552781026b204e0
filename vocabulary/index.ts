// The vocabulary (graph-vocabulary.ts, core-properties.ts) and the lists derived from it; import from here.
import {
  LABELS,
  RELATIONSHIPS,
  type LabelSpec,
  type NodeLabel,
  type RelationshipType,
} from './graph-vocabulary.ts';

export * from './graph-vocabulary.ts';
export * from './core-properties.ts';

/**
 * The label every node of the graph also carries (each label above, Source included), so one constraint
 * makes ids unique across labels: an Agency can never take a Region's id. Not a label of the vocabulary:
 * no node is only an Entity, and the per-label constraints stay (the planner needs a label to use them).
 */
export const ID_LABEL = 'Entity';

/**
 * The relationship full-text index over every domain fact's `sourceIds` (analyzer `keyword`: each id is
 * one whole term), which finds every fact that cites a source without a scan.
 */
export const FACT_SOURCES_INDEX = 'fact_sources';

/** Every label, in legend order. */
export const NODE_LABELS = Object.keys(LABELS) as [NodeLabel, ...NodeLabel[]];

/** Labels of entities: everything a Source can mention. */
export const ENTITY_LABELS: readonly NodeLabel[] = NODE_LABELS.filter(
  (label) => (LABELS[label] as LabelSpec).entity !== false,
);

/** Labels that carry the full-text searchable name fields (all of them, Source included). */
export const SEARCHABLE_LABELS: readonly NodeLabel[] = NODE_LABELS;

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as [RelationshipType, ...RelationshipType[]];

type Ends = readonly [from: readonly NodeLabel[], to: readonly NodeLabel[]];

/** Allowed start and end labels of every relationship type. */
export const RELATIONSHIP_ENDS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type): [RelationshipType, Ends] => [
    type,
    [RELATIONSHIPS[type].from, RELATIONSHIPS[type].to],
  ]),
) as Record<RelationshipType, Ends>;

/** Types of facts that hold for a period (validFrom/validTo in the data contract v2). */
export const TIME_BOUND_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter(
  (type) => RELATIONSHIPS[type].timeBound,
);

/**
 * Types between entities, which the graph views follow. The others (MENTIONED_IN) end at a Source, and
 * through a Source that mentions everything every pair of entities would be two hops apart.
 */
export const DOMAIN_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter((type) =>
  RELATIONSHIPS[type].to.every((label) => ENTITY_LABELS.includes(label)),
);

/** The `kind` part of a seed id (`supply-channel:…`): the label in kebab case. */
export function idKind(label: NodeLabel): string {
  return label.replace(/(?<=[a-z0-9])([A-Z])/g, '-$1').toLowerCase();
}

/** The label in snake case, the prefix of its constraint and index names (`supply_channel_id`). */
export function snakeName(label: string): string {
  return label.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
}
