import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphqlSettings } from '../config.ts';

/**
 * Query-shape limits checked before anything runs: depth, aliases and directives. Armor's rejections are
 * validation or parse errors, so Apollo answers them with 400. Field suggestions ("did you mean …") are
 * blocked in production, where they would reveal the schema with introspection off. Armor's cost limit
 * is off: as a validation rule it cannot see variables and it does not count `limit`, so `first: $n`
 * and `limit: 500` passed it; operation-guard-plugin.ts counts the cost with variables resolved.
 */
export function armorProtection(limits: GraphqlSettings, production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Armor's Apollo token plugin throws from a plugin hook, which Apollo answers with 500; the same limit
    // is enforced by graphql-js's parser instead (`tokenLimitParseOptions`), which gives a 400.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** graphql-js's own token limit: a longer document fails to parse (400 GRAPHQL_PARSE_FAILED). */
export function tokenLimitParseOptions(limits: GraphqlSettings) {
  return { maxTokens: limits.maxTokens };
}
