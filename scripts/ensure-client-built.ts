import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../server/config.ts';

/** Newest modification time under a folder (skipping generated output). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds the browser client when client/dist is missing or older than its sources. */
export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  const clientDir = path.join(repoRoot, 'client');
  if (!fs.existsSync(path.join(clientDir, 'vite.config.ts'))) return;
  const built = path.join(clientDir, 'dist', 'index.html');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newest(clientDir)) return;
  log('Building the browser client (client/dist)…');
  const result = spawnSync('npm', ['run', '-s', 'build:client'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error('Building the client failed (npm run build:client); see the output above.');
}
