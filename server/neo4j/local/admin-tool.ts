import { spawn } from 'node:child_process';
import path from 'node:path';
import type { LocalNeo4jSettings } from '../../config.ts';
import { fetchDistribution } from './fetch-distribution.ts';
import { findJava } from './find-java.ts';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import { classpath } from './local-neo4j.ts';

/**
 * Runs `neo4j-admin` (org.neo4j.cli.AdminTool) against a local instance's home, e.g.
 * `['database', 'dump', 'neo4j', '--to-path=/backups']`. Most database commands need the instance stopped.
 */
export async function runAdminTool(
  home: string,
  settings: LocalNeo4jSettings,
  args: string[],
  log: (line: string) => void = () => {},
): Promise<string> {
  const java = findJava(settings.javaHome);
  const dist = await fetchDistribution(settings.cacheDir, settings.mvn, log);
  const conf = path.join(home, 'conf');
  return new Promise((resolve, reject) => {
    const child = spawn(
      java.executable,
      ['-Xmx1g', '-cp', classpath(dist), 'org.neo4j.cli.AdminTool', ...args],
      {
        env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve(output);
      reject(
        new LocalNeo4jError(
          `neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}).`,
          'read its output below.',
          output.slice(-4000),
        ),
      );
    });
  });
}
