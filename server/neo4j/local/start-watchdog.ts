import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WATCHDOG = fileURLToPath(new URL('./neo4j-watchdog.mjs', import.meta.url));

/**
 * Starts neo4j-watchdog.mjs with a pipe from this process as its stdin: when this process is gone, however
 * it went (the kernel closes the pipe even after kill -9), the watchdog stops Neo4j (SIGTERM, SIGKILL after
 * `graceMs`). Detached and unreferenced: it gets no Ctrl-C from the terminal and keeps nothing alive.
 */
export function startWatchdog(neo4jPid: number, graceMs: number): void {
  const watchdog = spawn(process.execPath, [WATCHDOG, String(neo4jPid), String(graceMs)], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.stdin!.on('error', () => {});
  (watchdog.stdin as unknown as { unref(): void }).unref();
  watchdog.unref();
}
