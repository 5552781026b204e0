import type { NodeData } from './graph-types.ts';

/** What the entity query returns for one node: its typename, id, aliases and label-specific fields. */
export interface EntityFields {
  __typename: string;
  id: string;
  aliases: string[] | null;
  [field: string]: unknown;
}

/**
 * The node data an entity's details add: aliases, the year (for the year filter) and the remaining scalar
 * fields as display properties. Long texts stay as they are; the details panel decides how to show them.
 */
export function entityData(entity: EntityFields): Pick<NodeData, 'aliases' | 'year' | 'props'> {
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(entity)) {
    if (name === '__typename' || name === 'id' || name === 'aliases' || name === 'year') continue;
    if (typeof value === 'string' || typeof value === 'number') props[name] = value;
  }
  return { aliases: entity.aliases ?? [], year: typeof entity.year === 'number' ? entity.year : null, props };
}
