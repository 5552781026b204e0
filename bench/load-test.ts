import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { metric, type Metric } from './metrics.ts';
import type { Sample } from './samples.ts';
import type { ViewCase } from './view-cases.ts';

const CONNECTIONS = 16;

/**
 * B5: requests per second of the 1-hop view under 16 concurrent connections (autocannon), each request
 * with the next sample's id; then the same 16-way load as raw Cypher through one driver, for comparison.
 */
export async function loadTest(
  view: ViewCase,
  samples: readonly Sample[],
  api: { url: string; token: string },
  driver: Driver,
  seconds = 15,
): Promise<Metric[]> {
  let next = 0;
  const result = await autocannon({
    url: `${api.url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            query: view.graphql,
            variables: view.variables(samples[next++ % samples.length]!),
          }),
        }),
      },
    ],
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  const graphqlRps = result.requests.average;

  let done = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async (offset: number) => {
    for (let i = offset; performance.now() < deadline; i += CONNECTIONS) {
      const s = samples[i % samples.length]!;
      await driver.executeQuery(view.cypher, view.params(s), { routing: 'READ' });
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => worker(i)));
  const rawRps = done / seconds;
  return [
    metric(
      'B5-1hop-rps',
      graphqlRps,
      'req/s',
      null,
      `autocannon, ${CONNECTIONS} connections, ${seconds} s, ${failed} failed; p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    ),
    metric(
      'B5-1hop-raw-rps',
      rawRps,
      'req/s',
      null,
      `same view as raw Cypher, ${CONNECTIONS} concurrent, ${seconds} s`,
    ),
  ];
}
