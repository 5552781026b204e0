import pLimit from 'p-limit';

export interface HashSlots {
  /** Runs `work` when a slot frees up; null (run nothing) when the queue is already full. */
  run<T>(work: () => Promise<T>): Promise<T> | null;
}

/**
 * Bounds the password hashes in flight: each scrypt takes ~128 MB and a libuv thread, and 40 concurrent
 * logins once queued for 32 s and took 515 MB. At most `concurrency` run, `queue` more wait (p-limit),
 * and the rest are refused at once, so a flood costs a 429, not memory.
 */
export function hashSlots(concurrency: number, queue: number): HashSlots {
  const limit = pLimit(concurrency);
  return {
    run(work) {
      if (limit.activeCount + limit.pendingCount >= concurrency + queue) return null;
      return limit(work);
    },
  };
}
