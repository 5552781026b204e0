import { isNodeLabel } from '../generated/vocabulary.ts';
import type { NodeData, SliceNodeInput } from './graph-types.ts';

/** What the entity query returns for one node: its typename, id, aliases and label-specific fields. */
export interface EntityFields {
  __typename: string;
  id: string;
  aliases: string[] | null;
  [field: string]: unknown;
}

/** Fields that are node data of their own (or the typename), not display properties. */
const SKIP = new Set(['__typename', 'id', 'aliases', 'year', 'name', 'nameEn', 'lat', 'lon']);

/**
 * The node data an entity's details add: aliases, the year (for the year filter) and the remaining scalar
 * fields as display properties. Long texts stay as they are; the details panel decides how to show them.
 */
export function entityData(entity: EntityFields): Pick<NodeData, 'aliases' | 'year' | 'props'> {
  const props: NodeData['props'] = {};
  for (const [name, value] of Object.entries(entity)) {
    if (SKIP.has(name)) continue;
    if (typeof value === 'string' || typeof value === 'number') props[name] = value;
  }
  return { aliases: entity.aliases ?? [], year: typeof entity.year === 'number' ? entity.year : null, props };
}

/**
 * An entity's details as a graph node, for nodes a link names that the view itself does not load; null when
 * its typename is not a label of the vocabulary (the entity query only asks for entity types, so this means
 * the schema and the client disagree).
 */
export function entityNode(entity: EntityFields): SliceNodeInput | null {
  const place = (v: unknown) => (typeof v === 'number' ? v : null);
  if (!isNodeLabel(entity.__typename)) return null;
  return {
    id: entity.id,
    label: entity.__typename,
    name: typeof entity.name === 'string' ? entity.name : entity.id,
    nameEn: typeof entity.nameEn === 'string' ? entity.nameEn : null,
    lat: place(entity.lat),
    lon: place(entity.lon),
  };
}
