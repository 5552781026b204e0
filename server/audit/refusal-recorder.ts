import type { Driver } from 'neo4j-driver';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AccessRefusalRecord } from './audit-record.ts';
import { writeAccessRefusal } from './write-access-refusal.ts';

export interface RefusalRecorder {
  /** Records a refusal unless its address (or everyone together) is over the rate; never throws. */
  record(refusal: AccessRefusalRecord): Promise<void>;
}

export interface RefusalRecorderOptions {
  /** Records per client address and minute; all addresses together get ten times as many. */
  perMinute: number;
  onError?: (error: unknown) => void;
}

// Addresses whose suppressed refusals are counted one by one; beyond this they share one counter.
const MAX_TRACKED_ADDRESSES = 10_000;
const OTHERS = '*';

/**
 * Refusals come from anyone, so recording them must not become a free write channel: each record is
 * small (write-access-refusal.ts caps every field) and rate-limited per client address (and overall), with
 * rate-limiter-flexible, the limiter the login route uses too. Refusals over the rate are counted and the
 * count rides on the address's next record.
 */
export function refusalRecorder(
  driver: Driver,
  database: string | undefined,
  options: RefusalRecorderOptions,
): RefusalRecorder {
  const perAddress = new RateLimiterMemory({ points: options.perMinute, duration: 60 });
  const overall = new RateLimiterMemory({ points: options.perMinute * 10, duration: 60 });
  const suppressed = new Map<string, number>();
  const onError = options.onError ?? ((error) => console.error('Could not record a refusal:', error));

  const count = (address: string, n = 1) => {
    const key = suppressed.has(address) || suppressed.size < MAX_TRACKED_ADDRESSES ? address : OTHERS;
    suppressed.set(key, (suppressed.get(key) ?? 0) + n);
  };

  return {
    async record(refusal) {
      const address = refusal.address ?? 'unknown';
      try {
        await perAddress.consume(address);
        await overall.consume('all');
      } catch (limited) {
        // The memory store rejects only with a RateLimiterRes (over the rate), never with an Error.
        if (limited instanceof Error) onError(limited);
        count(address);
        return;
      }
      const pending = suppressed.get(address) ?? 0;
      suppressed.delete(address);
      try {
        await writeAccessRefusal(driver, database, refusal, pending);
      } catch (error) {
        count(address, pending + 1);
        onError(error);
      }
    },
  };
}
