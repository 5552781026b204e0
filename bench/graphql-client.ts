import http from 'node:http';

/** A GraphQL response body as graphql-over-HTTP sends it. */
interface GraphqlResponse {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

// One kept-alive socket, as a browser or a GraphQL client library holds it. Node's fetch (undici) cost
// the client about 1 ms more per request than this on the bench machine: time that is neither the API's
// nor the database's, but was counted against GraphQL in the ratio (docs/performance.md, "Round trips").
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** POSTs one named operation with a bearer token; throws on HTTP or GraphQL errors, never hides them. */
export function postGraphql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const body = JSON.stringify({ query, variables });
  const target = new URL('/graphql', url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      target,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            resolve(readBody(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function readBody(status: number, text: string): unknown {
  const body = JSON.parse(text) as GraphqlResponse;
  if (status < 200 || status >= 300 || body.errors?.length) {
    const error = body.errors?.[0];
    throw new Error(`GraphQL ${status}: ${error?.extensions?.code ?? ''} ${error?.message ?? ''}`.trim());
  }
  return body.data;
}
