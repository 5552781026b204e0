import neo4j from 'neo4j-driver';
import { loadCypherQuery } from '../server/graphql/load-cypher-query.ts';
import type { Sample } from './samples.ts';

/** One graph view, asked once through GraphQL and once as hand-written Cypher through neo4j-driver. */
export interface ViewCase {
  id: 'floor' | 'point' | '1hop' | '2hop' | 'shortest' | 'chain' | 'search' | '1hop-generated';
  graphql: string;
  variables(s: Sample): Record<string, unknown>;
  cypher: string;
  params(s: Sample): Record<string, unknown>;
}

// What a v2 client reads of a slice: every edge's evidence items and every node's properties besides the
// v1 fields (the evidence JSON is parsed on the GraphQL side only because it is selected here).
const SLICE =
  'nodes { id label name nameEn lat lon properties } ' +
  'edges { id type source target quote sourceId inferred evidence { sourceId quote start end inferred } }';
// The API sends GraphQL Ints to Cypher as integers; so does the raw side.
const int = (n: number) => neo4j.int(n);

/**
 * The views the issue names. The raw side runs the very `cypher/queries/*.cypher` file behind each
 * `@cypher` field, so the ratio is the cost of the GraphQL layer (HTTP, auth, parsing, validation,
 * translation, the library's wrapping of the statement), not of a different query. `point` and
 * `1hop-generated` use Cypher that @neo4j/graphql generates, against the hand-written equivalent.
 * `floor` asks neither side for data: the fixed cost of a request through each path.
 */
export function viewCases(): ViewCase[] {
  const neighborhood = loadCypherQuery('expand-neighborhood');
  return [
    {
      // No database call on the GraphQL side, `RETURN 1` on the raw side: what any request costs.
      id: 'floor',
      graphql: 'query BenchFloor { __typename }',
      variables: () => ({}),
      cypher: 'RETURN 1 AS one',
      params: () => ({}),
    },
    {
      id: 'point',
      graphql: /* GraphQL */ `
        query BenchPoint($id: ID!) {
          people(where: { id: { eq: $id } }) {
            id
            name
            nameEn
            aliases
          }
        }
      `,
      variables: (s) => ({ id: s.personId }),
      cypher: 'MATCH (n:Person {id: $id}) RETURN n {.id, .name, .nameEn, .aliases} AS person',
      params: (s) => ({ id: s.personId }),
    },
    {
      id: '1hop',
      graphql: /* GraphQL */ `query BenchOneHop($id: ID!) { neighborhood(id: $id, depth: 1, limit: 200) { ${SLICE} } }`,
      variables: (s) => ({ id: s.entityId }),
      cypher: neighborhood,
      params: (s) => ({ id: s.entityId, depth: int(1), relTypes: null, limit: int(200), asOf: null }),
    },
    {
      id: '2hop',
      graphql: /* GraphQL */ `query BenchTwoHop($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { ${SLICE} } }`,
      variables: (s) => ({ id: s.entityId }),
      cypher: neighborhood,
      params: (s) => ({ id: s.entityId, depth: int(2), relTypes: null, limit: int(200), asOf: null }),
    },
    {
      id: 'shortest',
      graphql: /* GraphQL */ `query BenchShortest($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to, maxHops: 6) { ${SLICE} } }`,
      variables: (s) => ({ from: s.personId, to: s.regionId }),
      cypher: loadCypherQuery('find-shortest-path'),
      params: (s) => ({ fromId: s.personId, toId: s.regionId, maxHops: int(6), asOf: null }),
    },
    {
      id: 'chain',
      graphql: /* GraphQL */ `query BenchChain($id: ID!) { responsibilityChain(directiveId: $id) { ${SLICE} } }`,
      variables: (s) => ({ id: s.directiveId }),
      cypher: loadCypherQuery('trace-responsibility-chain'),
      params: (s) => ({ directiveId: s.directiveId, asOf: null }),
    },
    {
      id: 'search',
      graphql: /* GraphQL */ `
        query BenchSearch($text: String!) {
          search(text: $text, limit: 20) {
            id
            label
            name
            nameEn
            score
          }
        }
      `,
      variables: (s) => ({ text: s.searchText }),
      cypher: loadCypherQuery('search-entities'),
      params: (s) => ({ text: s.searchText, limit: int(20) }),
    },
    {
      id: '1hop-generated',
      graphql: /* GraphQL */ `
        query BenchGenerated($id: ID!) {
          people(where: { id: { eq: $id } }) {
            id
            name
            holds {
              id
              name
              positionIn {
                id
                name
              }
            }
          }
        }
      `,
      variables: (s) => ({ id: s.personId }),
      cypher: /* cypher */ `MATCH (p:Person {id: $id})
RETURN p {.id, .name, holds: [(p)-[:HOLDS]->(pos:Position) | pos {.id, .name,
  positionIn: [(pos)-[:POSITION_IN]->(a:Agency) | a {.id, .name}]}]} AS person`,
      params: (s) => ({ id: s.personId }),
    },
  ];
}
