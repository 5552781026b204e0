import { ApiError, errorFromBody, toErrorCode } from './api-error.ts';

/** Exchanges a username and password for a JWT through `POST /auth/login`. */
export async function login(
  username: string,
  password: string,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl('/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch (error) {
    throw new ApiError('NETWORK_ERROR', error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => null)) as { token?: unknown } | null;
  if (response.ok && typeof body?.token === 'string') return body.token;
  throw (
    errorFromBody(body, response.status) ??
    new ApiError(toErrorCode(undefined, response.status), `HTTP ${response.status}`, response.status)
  );
}
