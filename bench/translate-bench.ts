import { graphql, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../server/graphql/build-schema.ts';
import { metric, type Metric } from './metrics.ts';
import { quantile } from './stats.ts';
import type { Sample } from './samples.ts';
import type { ViewCase } from './view-cases.ts';

/**
 * Stands in for a Neo4j transaction: @neo4j/graphql's executor calls `run` on anything that is neither a
 * driver nor a session. Returning no rows leaves only parsing, validation, authentication, translation to
 * Cypher and graphql-js execution — the library's own cost, with no database or network in it.
 */
const stubTransaction = {
  run: async (query: string) => ({
    // The library asks for the server version once (`CALL dbms.components()`) and reads it as a row array.
    records: query.includes('dbms.components') ? [['5.26.19', 'community']] : [],
    summary: { counters: { updates: () => ({}) } },
  }),
};

/** B1: p50 of translation + execution of a generated nested query (person → posts → bodies), no database. */
export async function translateBench(
  view: ViewCase,
  samples: readonly Sample[],
  iterations = 400,
): Promise<Metric> {
  const schema: GraphQLSchema = await buildSchema(undefined);
  const times: number[] = [];
  for (let i = 0; i < iterations + 100; i++) {
    const started = performance.now();
    const result = await graphql({
      schema,
      source: view.graphql,
      variableValues: view.variables(samples[i % samples.length]!),
      contextValue: {
        executionContext: stubTransaction,
        jwt: { sub: 'bench', roles: ['viewer'] },
        sessionConfig: {},
        transaction: {},
      },
    });
    if (result.errors?.length) throw new Error(`B1 translation failed: ${result.errors[0]!.message}`);
    if (i >= 100) times.push(performance.now() - started);
  }
  return metric(
    'B1-translate-p50-ms',
    quantile(times, 0.5),
    'ms',
    null,
    `query ${view.id}; ${iterations} runs after 100 warm-up`,
  );
}
