import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { startPrivateNeo4j } from './private-neo4j.ts';

// Process lifecycle (issue 15, part 10): a signal to any process of the `npm start` chain, or kill -9 of
// the server, stops the server and the Neo4j it started within 15 s and leaves no process holding a port.
// Every `npm start` here has its own state folder (its own Neo4j home), so nothing else is touched, and
// only the processes this file started are ever signalled (by pid).
const STOP_BOUND_MS = 15_000;
const state = fs.mkdtempSync(path.join(os.tmpdir(), 'opsgraph-signals-'));
const started: number[] = [];

afterAll(() => {
  // Whatever a failed case left behind: only pids this file saw start.
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(state, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function children(pid: number): { pid: number; args: string }[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [, id, args] = /^\s*(\d+)\s+(.*)$/.exec(line)!;
        return { pid: Number(id), args: args! };
      });
  } catch {
    return [];
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

interface Chain {
  npm: ChildProcess;
  server: number;
  java: number;
  watchdog: number;
  httpPort: number;
  boltPort: number;
}

/** `npm start` with its own state folder; resolves once it serves, with every pid of the chain. */
async function npmStart(): Promise<Chain> {
  const npm = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      OPSGRAPH_STATE_DIR: state,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '128m',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(npm.pid!);
  let output = '';
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    npm.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Press Ctrl-C')) resolve();
    });
    npm.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  const [server] = children(npm.pid!);
  const below = children(server!.pid);
  const java = below.find((p) => p.args.includes('CommunityEntryPoint'));
  const watchdog = below.find((p) => p.args.includes('neo4j-watchdog.mjs'));
  const chain = {
    npm,
    server: server!.pid,
    java: java!.pid,
    watchdog: watchdog!.pid,
    httpPort: Number(/app +http:\/\/127\.0\.0\.1:(\d+)/.exec(output)![1]),
    boltPort: Number(/Neo4j +bolt:\/\/127\.0\.0\.1:(\d+)/.exec(output)![1]),
  };
  started.push(chain.server, chain.java, chain.watchdog);
  // npm runs the server itself (`exec node …`): no sh, no tsx process in between.
  expect(server!.args).toMatch(/^node --import tsx scripts\/start\.ts/);
  return chain;
}

/** Time until every process of the chain is gone and neither port answers; Infinity past `limitMs`. */
async function timeToGone(chain: Chain, since: number, limitMs = 60_000): Promise<number> {
  const pids = [chain.npm.pid!, chain.server, chain.java, chain.watchdog];
  while (Date.now() - since < limitMs) {
    if (
      pids.every((pid) => !alive(pid)) &&
      !(await portOpen(chain.httpPort)) &&
      !(await portOpen(chain.boltPort))
    ) {
      return Date.now() - since;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return Infinity;
}

const figures: string[] = [];
afterAll(() =>
  console.log(
    `[resilience] signals to the npm start chain → everything stopped, ports free: ${figures.join('; ')}`,
  ),
);

describe('signals to the npm start chain', () => {
  const cases: [target: 'npm' | 'server', signal: NodeJS.Signals][] = [
    ['npm', 'SIGTERM'],
    ['npm', 'SIGINT'],
    ['server', 'SIGTERM'],
    ['server', 'SIGINT'],
    ['server', 'SIGKILL'],
  ];
  it.each(cases)(
    '%s gets %s: the server and its Neo4j stop within 15 s, no orphan',
    async (target, signal) => {
      const chain = await npmStart();
      const since = Date.now();
      process.kill(target === 'npm' ? chain.npm.pid! : chain.server, signal);
      const ms = await timeToGone(chain, since);
      figures.push(`${signal} to ${target} ${(ms / 1000).toFixed(1)} s`);
      expect(ms).toBeLessThanOrEqual(STOP_BOUND_MS);
    },
  );
});

describe('the compiled server, as the Docker image runs it', () => {
  it('starts with plain node on dist/ (no tsx) in production and stops on SIGTERM', async () => {
    const out = path.join(repoRoot, '.opsgraph', 'resilience-dist');
    execFileSync('npm', ['run', '-s', 'build:server', '--', '--out', out], {
      cwd: repoRoot,
      stdio: 'ignore',
    });
    const neo4j = await startPrivateNeo4j('dist', true);
    try {
      const child = spawn(process.execPath, [path.join(out, 'scripts', 'start.js')], {
        cwd: os.tmpdir(),
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: '0',
          NEO4J_URI: neo4j.connection.uri,
          NEO4J_PASSWORD: neo4j.connection.password,
          JWT_SECRET: execFileSync('openssl', ['rand', '-base64', '48'], { encoding: 'utf8' }).trim(),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.push(child.pid!);
      let output = '';
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
      const since = Date.now();
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => {
          output += chunk;
          if (output.includes('Press Ctrl-C')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      const servedMs = Date.now() - since;
      const url = /app +(http:\/\/[\d.:]+)/.exec(output)![1]!;
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      expect(children(child.pid!)).toEqual([]);
      const stopping = Date.now();
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const stopMs = Date.now() - stopping;
      console.log(
        `[resilience] compiled server (node ${path.relative(repoRoot, out)}/scripts/start.js, production): ` +
          `served in ${(servedMs / 1000).toFixed(1)} s, /ready 200, no child processes, SIGTERM → exit 0 in ${(stopMs / 1000).toFixed(1)} s`,
      );
    } finally {
      await neo4j.dispose();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
