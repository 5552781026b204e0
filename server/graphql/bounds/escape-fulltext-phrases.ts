import {
  getArgumentValues,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from '../graphql-js.ts';
import { fulltextQuery, fulltextWords } from './fulltext-words.ts';

/**
 * The `*ByName(phrase:)` fields that `@fulltext` generates hand `phrase` to Lucene as it is, so `*`,
 * regular expressions, `field:` and fuzzy terms all ran (12 long fuzzy terms took 27 s). Each phrase is
 * replaced by the query built from its words, the same as `search` builds: no Lucene syntax remains and
 * the bounds of check-arguments.ts hold. The phrase's words must already have passed those checks.
 */
export function escapeFulltextPhrases(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (!def?.args.some((arg) => arg.name === 'phrase')) return undefined;
        let phrase: unknown;
        try {
          phrase = getArgumentValues(def, node, variables).phrase;
        } catch {
          return undefined;
        }
        if (typeof phrase !== 'string') return undefined;
        const query = fulltextQuery(fulltextWords(phrase));
        return {
          ...node,
          arguments: (node.arguments ?? []).map((argument) =>
            argument.name.value === 'phrase'
              ? { ...argument, value: { kind: Kind.STRING, value: query } }
              : argument,
          ),
        };
      },
    }),
  );
}
