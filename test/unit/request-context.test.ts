import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request, Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createContextFunction } from '../../server/graphql/request-context.ts';

describe('request context', () => {
  it('runs onFinished callbacks also for a response that has already ended', async () => {
    // An operation that waited in the work gate may be admitted after its caller left: the room it takes
    // must still be given back, or the gate would shrink with every caller that gives up.
    const context = createContextFunction({
      driver: {} as Driver,
      database: undefined,
      verifier: { verify: async () => ({ sub: 'x', roles: ['viewer'], local: true }) },
      queryTimeoutMs: 1000,
      statementLimits: { maxResponseBytes: 1000 },
    });
    const calls: string[] = [];
    const server = http.createServer(async (req, res) => {
      const ctx = await context({ req: req as Request, res: res as unknown as Response });
      ctx.onFinished(() => calls.push('before end'));
      res.end('ok');
      res.once('close', () => ctx.onFinished(() => calls.push('after close')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)).text();
      await expect.poll(() => calls).toEqual(['before end', 'after close']);
    } finally {
      server.close();
    }
  });
});
