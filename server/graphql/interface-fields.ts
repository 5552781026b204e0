import {
  Kind,
  type DocumentNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from './graphql-js.ts';

/**
 * Gives every object type the fields of the interfaces it implements that it does not declare itself, so
 * `type Person implements Entity` need not repeat Entity's fields (GraphQL requires them on the type). The
 * Entity interface is generated from vocabulary/core-properties.ts. Relationship declarations
 * (@declareRelationship) are not copied: each type must state its own @relationship for them.
 */
export function fillInterfaceFields(document: DocumentNode): DocumentNode {
  const interfaces = new Map(
    document.definitions
      .filter((d): d is InterfaceTypeDefinitionNode => d.kind === Kind.INTERFACE_TYPE_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fill = (type: ObjectTypeDefinitionNode): ObjectTypeDefinitionNode => {
    const own = new Set((type.fields ?? []).map((f) => f.name.value));
    const inherited: FieldDefinitionNode[] = [];
    for (const implemented of type.interfaces ?? []) {
      for (const field of interfaces.get(implemented.name.value)?.fields ?? []) {
        const declaresRelationship = field.directives?.some((d) => d.name.value === 'declareRelationship');
        if (own.has(field.name.value) || declaresRelationship) continue;
        own.add(field.name.value);
        inherited.push(field);
      }
    }
    return inherited.length === 0 ? type : { ...type, fields: [...inherited, ...(type.fields ?? [])] };
  };
  return {
    ...document,
    definitions: document.definitions.map((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION ? fill(d) : d)),
  };
}
