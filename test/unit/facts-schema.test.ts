import { describe, expect, it } from 'vitest';
import { factsOnlyThroughRecordFact } from '../../server/graphql/facts-only-through-record.ts';
import {
  Kind,
  parse,
  valueFromASTUntyped,
  type ObjectTypeDefinitionNode,
} from '../../server/graphql/graphql-js.ts';
import { loadTypeDefs } from '../../server/graphql/load-type-defs.ts';
import { ID_LABEL, NODE_LABELS } from '../../vocabulary/index.ts';

const document = loadTypeDefs();
const objects = document.definitions.filter(
  (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
);

describe('the schema of data contract v2', () => {
  it('gives every label of the vocabulary its label and the id label, so API-created nodes carry both', () => {
    for (const label of NODE_LABELS) {
      const type = objects.find((o) => o.name.value === label);
      const node = type?.directives?.find((d) => d.name.value === 'node');
      const labels = node?.arguments?.find((a) => a.name.value === 'labels');
      expect(labels && valueFromASTUntyped(labels.value), label).toEqual([label, ID_LABEL]);
    }
  });

  it('leaves every relationship field DISCONNECT only: facts are created through recordFact', () => {
    const relationships = objects.flatMap((o) =>
      (o.fields ?? []).flatMap((f) => (f.directives ?? []).filter((d) => d.name.value === 'relationship')),
    );
    expect(relationships.length).toBeGreaterThan(60);
    for (const directive of relationships) {
      const nested = directive.arguments?.find((a) => a.name.value === 'nestedOperations');
      expect(nested && valueFromASTUntyped(nested.value)).toEqual(['DISCONNECT']);
    }
  });

  it('refuses a relationship field that states its own nested operations', () => {
    const sdl = parse(
      'type T @node { f: [T!]! @relationship(type: "X", direction: OUT, nestedOperations: [CONNECT]) }',
    );
    expect(() => factsOnlyThroughRecordFact(sdl)).toThrow(
      /T\.f: nestedOperations is set by the schema loader/,
    );
  });
});
