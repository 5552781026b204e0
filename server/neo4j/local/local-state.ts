import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** What a running local instance left behind so other commands can find it. */
export interface LocalState {
  pid: number;
  port: number;
  version: string;
  startedAt: string;
}

export const statePaths = (home: string) => ({
  state: path.join(home, 'state.json'),
  password: path.join(home, 'password'),
  conf: path.join(home, 'conf'),
  logs: path.join(home, 'logs'),
  data: path.join(home, 'data'),
});

export async function readState(home: string): Promise<LocalState | null> {
  try {
    return JSON.parse(await fs.readFile(statePaths(home).state, 'utf8')) as LocalState;
  } catch {
    return null;
  }
}

export async function writeState(home: string, state: LocalState): Promise<void> {
  await fs.writeFile(statePaths(home).state, JSON.stringify(state, null, 2));
}

export async function clearState(home: string): Promise<void> {
  await fs.rm(statePaths(home).state, { force: true });
}

/** The instance's password: generated once, kept (mode 600) next to its data, never in the repo. */
export async function readPassword(home: string): Promise<string | null> {
  try {
    return (await fs.readFile(statePaths(home).password, 'utf8')).trim();
  } catch {
    return null;
  }
}

export async function createPassword(home: string): Promise<string> {
  // base64url starts with '-' once in 64 passwords, and neo4j-admin then reads the password as an option
  // ("Missing required parameter '<password>'"): that was the start that failed now and then.
  const password = `p${randomBytes(18).toString('base64url')}`;
  await fs.writeFile(statePaths(home).password, `${password}\n`, { mode: 0o600 });
  return password;
}

/** True when a process with this pid exists (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The last lines of a log file, for error messages. */
export async function logTail(file: string, lines = 30): Promise<string> {
  try {
    const text = await fs.readFile(file, 'utf8');
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}
