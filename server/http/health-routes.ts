import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

/** `/health`: the process is up. `/ready`: the database answers a query within a bounded time. */
export function healthRoutes(driver: Driver, database: string | undefined, readyTimeoutMs = 2000): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    try {
      await withTimeout(driver.executeQuery('RETURN 1', {}, { database }), readyTimeoutMs);
      res.json({ status: 'ready' });
    } catch (error) {
      res
        .status(503)
        .json({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
