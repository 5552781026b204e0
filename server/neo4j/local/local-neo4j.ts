import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { LocalNeo4jSettings } from '../../config.ts';
import { openDriver, type Neo4jConnection } from '../neo4j-connection.ts';
import { fetchDistribution, type Distribution } from './fetch-distribution.ts';
import { findJava } from './find-java.ts';
import { assertPortFree, freePort } from './free-port.ts';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import * as st from './local-state.ts';
import { renderNeo4jConf } from './neo4j-conf.ts';
import { startWatchdog } from './start-watchdog.ts';
import { NEO4J_VERSION } from './neo4j-version.ts';
import { waitForNeo4j } from './wait-for-neo4j.ts';

export type Log = (line: string) => void;

// The flags Neo4j's own launcher passes (its default neo4j.conf), minus the ones for production tuning.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

const START_TIMEOUT_MS = 180_000;

export interface StartOptions {
  /**
   * Tie the server to this process: a watchdog stops it when this process exits without stopping it
   * (kill -9, a crash), so no orphan keeps the port. Off for `npm run db -- start`, whose Neo4j outlives it.
   */
  tiedToProcess?: boolean;
}

/** A Neo4j server in `home` (data, logs, conf, password, state) run from the cached distribution. */
export class LocalNeo4j {
  constructor(
    readonly home: string,
    private readonly settings: LocalNeo4jSettings,
    private readonly log: Log = () => {},
  ) {}

  /** The connection if this instance is running and answering, else null. */
  async status(): Promise<Neo4jConnection | null> {
    const state = await st.readState(this.home);
    const password = await st.readPassword(this.home);
    if (!state || !password || !st.isAlive(state.pid)) return null;
    const connection = this.connection(state.port, password);
    const driver = openDriver(connection);
    try {
      await driver.verifyConnectivity();
      return connection;
    } catch {
      return null;
    } finally {
      await driver.close();
    }
  }

  /** Starts the server (fetching it on first use) and waits until it is ready. */
  async start(options: StartOptions = {}): Promise<Neo4jConnection> {
    const running = await this.status();
    if (running) return running;
    const java = findJava(this.settings.javaHome);
    const dist = await fetchDistribution(this.settings.cacheDir, this.settings.mvn, this.log);
    const paths = st.statePaths(this.home);
    for (const dir of [
      paths.conf,
      paths.logs,
      paths.data,
      path.join(this.home, 'run'),
      path.join(this.home, 'import'),
    ]) {
      await fsp.mkdir(dir, { recursive: true });
    }
    const port = this.settings.boltPort || (await freePort());
    if (this.settings.boltPort) await assertPortFree(port);
    await fsp.writeFile(
      path.join(paths.conf, 'neo4j.conf'),
      renderNeo4jConf({
        boltPort: port,
        homeDir: this.home,
        pluginsDir: dist.pluginsDir,
        heap: this.settings.heap,
        pageCache: this.settings.pageCache,
      }),
    );
    const password =
      (await st.readPassword(this.home)) ?? (await this.initialPassword(java.executable, dist));

    const started = Date.now();
    this.log(`Starting Neo4j ${NEO4J_VERSION} on bolt://127.0.0.1:${port} (data in ${paths.data})…`);
    const consoleLog = path.join(paths.logs, 'console.log');
    const out = fs.openSync(consoleLog, 'a');
    const child = spawn(
      java.executable,
      [
        `-Xms${this.settings.heap}`,
        `-Xmx${this.settings.heap}`,
        ...JVM_FLAGS,
        '-cp',
        classpath(dist),
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${this.home}`,
        `--config-dir=${paths.conf}`,
      ],
      {
        detached: true,
        stdio: ['ignore', out, out],
        env: { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: paths.conf },
      },
    );
    fs.closeSync(out);
    let exited: number | null = null;
    child.on('exit', (code) => (exited = code ?? -1));
    child.unref();
    if (options.tiedToProcess) startWatchdog(child.pid!, 10_000);
    await st.writeState(this.home, {
      pid: child.pid!,
      port,
      version: NEO4J_VERSION,
      startedAt: new Date().toISOString(),
    });

    const connection = this.connection(port, password);
    const driver = openDriver(connection);
    try {
      await waitForNeo4j(driver, {
        timeoutMs: START_TIMEOUT_MS,
        abort: () => (exited === null ? null : `Neo4j exited with code ${exited} during start.`),
      });
    } catch (error) {
      if (exited === null) await this.stop();
      await st.clearState(this.home);
      throw new LocalNeo4jError(
        (error as Error).message,
        `read the log below (full logs: ${paths.logs}); \`npm run db -- reset\` starts from an empty database.`,
        `--- ${path.join(paths.logs, 'neo4j.log')} ---\n${await st.logTail(path.join(paths.logs, 'neo4j.log'))}\n--- ${consoleLog} ---\n${await st.logTail(consoleLog, 15)}`,
      );
    } finally {
      await driver.close();
    }
    this.log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return connection;
  }

  /** Stops the server: SIGTERM for a clean shutdown, SIGKILL if it hangs. */
  async stop(timeoutMs = 60_000): Promise<boolean> {
    const state = await st.readState(this.home);
    if (!state || !st.isAlive(state.pid)) {
      await st.clearState(this.home);
      return false;
    }
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    while (st.isAlive(state.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (st.isAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
    await st.clearState(this.home);
    return true;
  }

  private connection(port: number, password: string): Neo4jConnection {
    return { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password };
  }

  /**
   * neo4j-admin's set-initial-password only works before the first start, so it runs once per home. `--` ends
   * its options, so no password is ever read as one; a failure carries the tool's exit status and output.
   */
  private async initialPassword(java: string, dist: Distribution): Promise<string> {
    const password = await st.createPassword(this.home);
    const paths = st.statePaths(this.home);
    const result = spawnSync(
      java,
      [
        '-Xmx256m',
        '-cp',
        classpath(dist),
        'org.neo4j.cli.AdminTool',
        'dbms',
        'set-initial-password',
        '--',
        password,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: paths.conf },
      },
    );
    if (result.status !== 0) {
      await fsp.rm(paths.password, { force: true });
      const why = result.error ? String(result.error) : `exit ${result.status ?? result.signal}`;
      throw new LocalNeo4jError(
        `Could not set the initial Neo4j password (${why}).`,
        'run `npm run db -- reset` and try again.',
        `${result.stdout ?? ''}${result.stderr ?? ''}`,
      );
    }
    return password;
  }
}

/** Server jars first, then APOC's: plugins must be on the classpath for APOC's extension factories. */
export function classpath(dist: Distribution): string {
  return [path.join(dist.libDir, '*'), path.join(dist.pluginsDir, '*')].join(path.delimiter);
}
