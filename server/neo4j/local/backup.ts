import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LocalNeo4jSettings } from '../../config.ts';
import { runAdminTool } from './admin-tool.ts';
import type { LocalNeo4j } from './local-neo4j.ts';
import { LocalNeo4jError } from './local-neo4j-error.ts';

const DATABASE = 'neo4j';

/**
 * neo4j-admin dump/load need the database offline (Community has no online backup), so the instance is
 * stopped for the copy and started again if it was running.
 */
async function whileStopped<T>(local: LocalNeo4j, work: () => Promise<T>): Promise<T> {
  const wasRunning = (await local.status()) !== null;
  if (wasRunning) await local.stop();
  try {
    return await work();
  } finally {
    if (wasRunning) await local.start();
  }
}

/** Writes a dump of the local database to `file`. */
export async function backupDatabase(
  local: LocalNeo4j,
  settings: LocalNeo4jSettings,
  file: string,
  log: (l: string) => void,
): Promise<string> {
  const target = path.resolve(file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-dump-'));
  try {
    await whileStopped(local, () =>
      runAdminTool(
        local.home,
        settings,
        ['database', 'dump', DATABASE, `--to-path=${tmp}`, '--overwrite-destination=true'],
        log,
      ),
    );
    // Copy then rename, so a failed copy never leaves a truncated file under the requested name.
    await fs.copyFile(path.join(tmp, `${DATABASE}.dump`), `${target}.partial`);
    await fs.rename(`${target}.partial`, target);
    return target;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** Replaces the local database with the dump in `file`. */
export async function restoreDatabase(
  local: LocalNeo4j,
  settings: LocalNeo4jSettings,
  file: string,
  log: (l: string) => void,
): Promise<void> {
  const source = path.resolve(file);
  try {
    await fs.access(source);
  } catch {
    throw new LocalNeo4jError(
      `No dump at ${source}.`,
      'give the path of a file written by `npm run db -- backup <file>`.',
    );
  }
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-load-'));
  try {
    await fs.copyFile(source, path.join(tmp, `${DATABASE}.dump`));
    await whileStopped(local, () =>
      runAdminTool(
        local.home,
        settings,
        ['database', 'load', DATABASE, `--from-path=${tmp}`, '--overwrite-destination=true'],
        log,
      ),
    );
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
