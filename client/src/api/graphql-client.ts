import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ApiError, errorFromBody, toErrorCode } from './api-error.ts';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

export interface GraphQLClientOptions {
  endpoint: string;
  /** Read on every request so a new sign-in takes effect without rebuilding the client. */
  getToken: () => string | null;
  fetchImpl?: typeof fetch;
}

export type Request = <TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  variables: TVariables,
) => Promise<TResult>;

/** A minimal GraphQL-over-HTTP client: typed documents in, data or an ApiError out. */
export function createGraphQLClient(options: GraphQLClientOptions): Request {
  const doFetch = options.fetchImpl ?? fetch.bind(globalThis);
  return async (document, variables) => {
    const token = options.getToken();
    // application/json also satisfies Apollo's CSRF prevention (it is not a "simple" content type).
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(options.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch (error) {
      throw new ApiError('NETWORK_ERROR', error instanceof Error ? error.message : String(error));
    }
    const body = (await response.json().catch(() => null)) as GraphQLResponse<never> | null;
    const error = errorFromBody(body, response.status);
    if (error) throw error;
    if (!response.ok || !body?.data) {
      throw new ApiError(toErrorCode(undefined, response.status), `HTTP ${response.status}`, response.status);
    }
    return body.data;
  };
}
