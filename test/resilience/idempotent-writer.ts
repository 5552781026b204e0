import type { ApiServer } from '../integration/api-server.ts';

const CREATE = /* GraphQL */ `
  mutation CrashWrite($id: ID!, $name: String!) {
    createAgencies(input: [{ id: $id, name: $name }]) {
      agencies {
        id
      }
    }
  }
`;

export interface WriterStats {
  /** Ids the API acknowledged: 200, or 409 on a retry (an earlier, unanswered attempt had committed). */
  acked: Set<string>;
  retries: number;
  /** 409 on the very first attempt: a write this client never made already existed. */
  firstAttemptConflicts: number;
  /** Writes given up after the attempt budget. */
  abandoned: string[];
  /** Answers other than OK, a conflict, DATABASE_UNAVAILABLE or no answer, by `status code`. */
  unexpected: Record<string, number>;
  /** Every answer by `status code` ('0 NO_ANSWER' when the connection failed). */
  answers: Record<string, number>;
}

const EXPECTED_WHILE_DOWN = new Set(['503 DATABASE_UNAVAILABLE', '0 NO_ANSWER']);

/**
 * Writes each id once through the API with client-made ids, retrying what the server could not confirm.
 * The id's uniqueness constraint makes a retry idempotent: it either commits or answers 409 because an
 * earlier attempt already did. `workers` requests run at a time; every loop is bounded by `maxAttempts`.
 */
export async function writeAll(
  api: ApiServer,
  token: string,
  ids: string[],
  options: { workers: number; maxAttempts: number; backoffMs: number; onAck?: (n: number) => void },
): Promise<WriterStats> {
  const stats: WriterStats = {
    acked: new Set(),
    retries: 0,
    firstAttemptConflicts: 0,
    abandoned: [],
    unexpected: {},
    answers: {},
  };
  let next = 0;
  async function writeOne(id: string) {
    for (let attempt = 0; attempt < options.maxAttempts; attempt += 1) {
      if (attempt > 0) {
        stats.retries += 1;
        await new Promise((r) => setTimeout(r, options.backoffMs));
      }
      let status = 0;
      let code = 'NO_ANSWER';
      try {
        const res = await api.gql(CREATE, { token, variables: { id, name: `Crash ${id}` } });
        status = res.status;
        code = res.body.errors?.[0]?.extensions?.code ?? 'OK';
      } catch {
        // Connection reset or similar: the outcome is unknown, so the write is retried.
      }
      stats.answers[`${status} ${code}`] = (stats.answers[`${status} ${code}`] ?? 0) + 1;
      if (code === 'OK' || (code === 'CONSTRAINT_VIOLATION' && attempt > 0)) {
        stats.acked.add(id);
        options.onAck?.(stats.acked.size);
        return;
      }
      if (code === 'CONSTRAINT_VIOLATION') {
        stats.firstAttemptConflicts += 1;
        return;
      }
      // The expected answers while Neo4j is gone; anything else is counted (and still retried).
      if (!EXPECTED_WHILE_DOWN.has(`${status} ${code}`)) {
        stats.unexpected[`${status} ${code}`] = (stats.unexpected[`${status} ${code}`] ?? 0) + 1;
      }
    }
    stats.abandoned.push(id);
  }
  const worker = async () => {
    while (next < ids.length) await writeOne(ids[next++]!);
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  return stats;
}
