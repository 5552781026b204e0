import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';

export interface Written {
  nodes: number;
  relationships: number;
  records: Neo4jRecord[];
}

type Done = (written: Written) => void;

/**
 * Keeps up to `concurrency` write transactions in flight. `submit` returns once a slot is free, so the
 * generator builds the next batch while Neo4j writes the previous one even at concurrency 1.
 */
export class WritePool {
  private readonly inFlight = new Set<Promise<void>>();
  /** Transactions executeWrite ran again after a transient error: each one redoes a whole batch. */
  retries = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly concurrency: number,
  ) {}

  async submit(statement: string, rows: unknown[], done: Done): Promise<void> {
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    const task = this.write(statement, rows).then(done);
    const tracked = task.finally(() => this.inFlight.delete(tracked));
    // Marked handled here; the failure still surfaces through the next race() or drain().
    tracked.catch(() => {});
    this.inFlight.add(tracked);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  private async write(statement: string, rows: unknown[]): Promise<Written> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      // executeWrite retries transient failures (deadlocks between concurrent batches on a shared hub).
      let attempts = 0;
      const result = await session.executeWrite(async (tx) => {
        if (attempts++ > 0) this.retries++;
        return tx.run(statement, { rows });
      });
      const c = result.summary.counters.updates();
      return { nodes: c.nodesCreated, relationships: c.relationshipsCreated, records: result.records };
    } finally {
      await session.close();
    }
  }
}
