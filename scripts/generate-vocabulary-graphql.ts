// Renders server/schema/vocabulary.generated.graphql: the enums NodeLabel and RelType (the label of a
// graph-view node, the type of its edges, the relTypes argument) and the Entity interface, whose fields
// server/graphql/interface-fields.ts copies into every type that implements it.
import path from 'node:path';
import { schemaDir } from '../server/graphql/load-type-defs.ts';
import {
  ENTITY_PROPERTIES,
  LABELS,
  NODE_LABELS,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../vocabulary/index.ts';
import { formatLike } from './format-generated.ts';
import { generatedHeader } from './generated-header.ts';

export const vocabularyGraphqlPath = path.join(schemaDir, 'vocabulary.generated.graphql');

const description = (text: string) => JSON.stringify(text);

function relDescription(type: RelationshipType): string {
  const { from, to, timeBound } = RELATIONSHIPS[type];
  const ends = `${from.join(' | ')} → ${to.join(' | ')}`;
  return timeBound ? `${ends}. Time-bound: the fact holds for a period.` : `${ends}.`;
}

/** The text of server/schema/vocabulary.generated.graphql. */
export async function renderVocabularyGraphql(): Promise<string> {
  const text = [
    generatedHeader('#'),
    '',
    '"A node label of the data contract."',
    'enum NodeLabel {',
    ...NODE_LABELS.flatMap((label) => [description(LABELS[label].description), label]),
    '}',
    '',
    '"A relationship type of the data contract, with the labels it may start and end at."',
    'enum RelType {',
    ...RELATIONSHIP_TYPES.flatMap((type) => [description(relDescription(type)), type]),
    '}',
    '',
    '"Fields every entity has; the schema loader copies them into each type that implements Entity."',
    'interface Entity {',
    ...Object.entries(ENTITY_PROPERTIES).flatMap(([name, p]) => [
      description(p.description),
      `${name}: ${p.graphql}`,
    ]),
    '}',
    '',
  ].join('\n');
  return formatLike(vocabularyGraphqlPath, text);
}
