import type { ApiServer } from '../integration/api-server.ts';

/** One request's outcome as a client sees it: HTTP status (0 = no answer), error code, time taken. */
export interface ProbeResult {
  status: number;
  code: string;
  ms: number;
  /** When the request was sent, ms since the epoch. */
  at: number;
}

const READ = /* GraphQL */ `
  query Probe {
    agencies(limit: 1) {
      id
    }
  }
`;

/** A small read through the whole stack (auth, @neo4j/graphql, driver); `OK` when it returned data. */
export async function probeRead(api: ApiServer, token: string): Promise<ProbeResult> {
  const at = Date.now();
  try {
    const { status, body } = await api.gql(READ, { token });
    return { status, code: body.errors?.[0]?.extensions?.code ?? 'OK', ms: Date.now() - at, at };
  } catch {
    return { status: 0, code: 'NO_ANSWER', ms: Date.now() - at, at };
  }
}

/** GET of a plain HTTP route (`/ready`, `/health`). */
export async function probeRoute(api: ApiServer, route: string): Promise<ProbeResult> {
  const at = Date.now();
  try {
    const res = await fetch(`${api.url}${route}`);
    await res.arrayBuffer();
    return { status: res.status, code: res.ok ? 'OK' : 'NOT_OK', ms: Date.now() - at, at };
  } catch {
    return { status: 0, code: 'NO_ANSWER', ms: Date.now() - at, at };
  }
}

/** Polls `probe` every `intervalMs` until it succeeds or `timeoutMs` passes; returns the success or null. */
export async function firstSuccess(
  probe: () => Promise<ProbeResult>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<ProbeResult | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const result = await probe();
    if (result.code === 'OK') return result;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return null;
}
