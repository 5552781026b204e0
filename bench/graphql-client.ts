/** A GraphQL response body as graphql-over-HTTP sends it. */
interface GraphqlResponse {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one named operation with a bearer token; throws on HTTP or GraphQL errors, never hides them. */
export async function postGraphql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse;
  if (!response.ok || body.errors?.length) {
    const error = body.errors?.[0];
    throw new Error(
      `GraphQL ${response.status}: ${error?.extensions?.code ?? ''} ${error?.message ?? ''}`.trim(),
    );
  }
  return body.data;
}
