import { graphql } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildSchema } from '../server/graphql/build-schema.ts';
import { metric, type Metric } from './metrics.ts';
import type { Sample } from './samples.ts';
import type { ViewCase } from './view-cases.ts';

interface PlanNode {
  dbHits?: number;
  children: PlanNode[];
}

const totalHits = (p: PlanNode): number => (p.dbHits ?? 0) + p.children.reduce((s, c) => s + totalHits(c), 0);

/** The Cypher and parameters @neo4j/graphql sends for a request, captured without a database. */
export async function generatedCypher(
  view: ViewCase,
  sample: Sample,
): Promise<{ query: string; params: Record<string, unknown> }> {
  const schema = await buildSchema(undefined);
  let captured: { query: string; params: Record<string, unknown> } | undefined;
  const capture = {
    run: async (query: string, params: Record<string, unknown>) => {
      if (!query.includes('dbms.components')) captured = { query, params };
      return {
        records: query.includes('dbms.components') ? [['5.26.19', 'community']] : [],
        summary: { counters: { updates: () => ({}) } },
      };
    },
  };
  // Views whose type is non-null fail on the empty answer after the capture; only the capture matters.
  await graphql({
    schema,
    source: view.graphql,
    variableValues: view.variables(sample),
    contextValue: {
      executionContext: capture,
      jwt: { sub: 'bench', roles: ['viewer'] },
      sessionConfig: {},
      transaction: {},
    },
  });
  if (!captured) throw new Error(`No Cypher captured for ${view.id}`);
  return captured;
}

/**
 * PROFILE of the generated Cypher against PROFILE of the hand-written one, summed database hits over the
 * same samples: a ratio above 1 means the library's query does more work in the database, not just in Node.
 */
export async function profileView(
  view: ViewCase,
  samples: readonly Sample[],
  driver: Driver,
  runs = 20,
): Promise<Metric> {
  let generatedHits = 0;
  let rawHits = 0;
  for (const sample of samples.slice(0, runs)) {
    const g = await generatedCypher(view, sample);
    const gen = await driver.executeQuery(`PROFILE ${g.query.replace(/^CYPHER 5\s*/, '')}`, g.params, {
      routing: 'READ',
    });
    const raw = await driver.executeQuery(`PROFILE ${view.cypher}`, view.params(sample), { routing: 'READ' });
    generatedHits += totalHits(gen.summary.profile as unknown as PlanNode);
    rawHits += totalHits(raw.summary.profile as unknown as PlanNode);
  }
  return metric(
    `B4-${view.id}-dbhits-ratio`,
    generatedHits / Math.max(1, rawHits),
    'x',
    null,
    `PROFILE db hits, generated ${generatedHits} vs hand-written ${rawHits} over ${runs} samples`,
  );
}
