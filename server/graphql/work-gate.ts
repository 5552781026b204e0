import { apiError, ErrorCode } from '../errors.ts';

export interface WorkGateOptions {
  /** Total cost of the operations allowed to run at once. */
  capacity: number;
  /** Operations allowed to wait; beyond that a request is refused at once (429). */
  maxWaiting: number;
  /** How long an operation may wait for its turn before it is refused (429). */
  maxWaitMs: number;
}

interface Waiter {
  cost: number;
  admit: () => void;
}

/**
 * Admission by cost: operations run while the sum of their costs stays within `capacity`; the rest
 * wait in arrival order. The costliest admissible operations are about 5 µs of this process's CPU per
 * unit of cost (decoding the result, building and serialising the answer), all of it on the one event
 * loop; bounding the cost in flight bounds how much of that work can be queued ahead of a health
 * probe or a small read, whatever the number of callers.
 */
export class WorkGate {
  private inFlight = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: WorkGateOptions) {}

  /** Waits for room for `cost`; resolves with the function that gives the room back (call it once). */
  async enter(cost: number): Promise<() => void> {
    const weight = Math.min(Math.max(cost, 1), this.options.capacity);
    if (this.waiting.length === 0 && this.inFlight + weight <= this.options.capacity) {
      this.inFlight += weight;
      return this.leaver(weight);
    }
    if (this.waiting.length >= this.options.maxWaiting) {
      throw busy('Too many expensive operations are waiting; try again shortly');
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        cost: weight,
        admit: () => {
          clearTimeout(timer);
          resolve(this.leaver(weight));
        },
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(busy('The server is busy with expensive operations; try again shortly'));
      }, this.options.maxWaitMs);
      this.waiting.push(waiter);
    });
  }

  /** Cost running and operations waiting, for logs and tests. */
  load(): { inFlight: number; waiting: number } {
    return { inFlight: this.inFlight, waiting: this.waiting.length };
  }

  private leaver(weight: number): () => void {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight -= weight;
      this.admitWaiting();
    };
  }

  private admitWaiting(): void {
    while (this.waiting.length > 0 && this.inFlight + this.waiting[0]!.cost <= this.options.capacity) {
      const next = this.waiting.shift()!;
      this.inFlight += next.cost;
      next.admit();
    }
  }
}

function busy(message: string) {
  return apiError(ErrorCode.TOO_MANY_REQUESTS, message, {
    http: { headers: new Map([['retry-after', '1']]) },
  });
}
