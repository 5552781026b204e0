import { Kind, parse, type DocumentNode, type ObjectTypeDefinitionNode } from './graphql-js.ts';

const DISCONNECT_ONLY = (
  parse('type T { f: Int @relationship(type: "T", direction: OUT, nestedOperations: [DISCONNECT]) }', {
    noLocation: true,
  }).definitions[0] as ObjectTypeDefinitionNode
).fields![0]!.directives![0]!.arguments!.find((a) => a.name.value === 'nestedOperations')!;

/**
 * Leaves every relationship field DISCONNECT as its only nested operation, so the generated mutations can
 * remove a fact but never create, connect or update one: facts are created only through recordFact, which
 * checks every evidence item (server/facts). Node create, update and delete stay with editors. A field
 * that states its own nestedOperations is refused, so no fact type can be opened by one line of SDL.
 */
export function factsOnlyThroughRecordFact(document: DocumentNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) => {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return definition;
      const fields = definition.fields?.map((field) => ({
        ...field,
        directives: field.directives?.map((directive) => {
          if (directive.name.value !== 'relationship') return directive;
          if (directive.arguments?.some((a) => a.name.value === 'nestedOperations'))
            throw new Error(
              `${definition.name.value}.${field.name.value}: nestedOperations is set by the schema loader ` +
                '(facts are written through recordFact)',
            );
          return { ...directive, arguments: [...(directive.arguments ?? []), DISCONNECT_ONLY] };
        }),
      }));
      return { ...definition, fields };
    }),
  };
}
