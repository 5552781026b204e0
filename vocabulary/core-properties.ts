/**
 * Properties the whole graph relies on, defined once: what every entity has (the GraphQL `Entity`
 * interface is generated from this), what the full-text index covers, and which numbers are INTEGER.
 */

/** A property every entity carries, with its GraphQL type and the one line the API docs show. */
export interface CoreProperty {
  graphql: string;
  description: string;
}

/** Properties of every entity (every label but Source). */
export const ENTITY_PROPERTIES = {
  id: { graphql: 'ID!', description: 'Stable, readable id of the form kind:slug, e.g. person:alenov.' },
  name: {
    graphql: 'String!',
    description: 'The name as written in the source, or the official Russian name.',
  },
  nameEn: { graphql: 'String', description: 'English or Latin name.' },
  aliases: {
    graphql: '[String!]',
    description: 'Other names: Kazakh spellings, abbreviations and Latin forms of the Cyrillic ones.',
  },
  notes: { graphql: 'String', description: "Free-text remarks of the seed's authors." },
} as const satisfies Record<string, CoreProperty>;

/** What the full-text index `entity_search` covers, on every label (Source included). */
export const SEARCH_PROPERTIES = ['name', 'nameEn', 'aliases'] as const;

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
