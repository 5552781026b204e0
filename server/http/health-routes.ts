import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { ErrorCode } from '../errors.ts';
import { sendError } from '../send-error.ts';

/**
 * `/health`: the process is up (it never touches the database, so it answers even while Neo4j is down).
 * `/ready`: the database answers a query within a bounded time; otherwise 503 DATABASE_UNAVAILABLE in the
 * shared error shape. The driver's own text goes to the log, never to the caller.
 */
export function healthRoutes(driver: Driver, database: string | undefined, readyTimeoutMs = 2000): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (req, res) => {
    try {
      await withTimeout(driver.executeQuery('RETURN 1', {}, { database }), readyTimeoutMs);
      res.json({ status: 'ready' });
    } catch (error) {
      req.log?.warn({ err: error }, 'readiness check failed');
      sendError(res, ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable');
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
