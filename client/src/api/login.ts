import { ApiError, toErrorCode } from './api-error.ts';

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
  const body = (await response.json().catch(() => ({}))) as {
    token?: string;
    code?: string;
    error?: string | { code?: string; message?: string };
    message?: string;
  };
  if (response.ok && typeof body.token === 'string') return body.token;
  const nested = typeof body.error === 'object' ? body.error : undefined;
  const code = toErrorCode(body.code ?? nested?.code, response.status === 400 ? 401 : response.status);
  throw new ApiError(code, nested?.message ?? body.message ?? `HTTP ${response.status}`, response.status);
}
