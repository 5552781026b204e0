import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import { apocPom, artifactName, serverPom } from './maven-poms.ts';
import { APOC_VERSION, NEO4J_VERSION } from './neo4j-version.ts';

export interface Distribution {
  /** Folder holding lib/ (server classpath) and plugins/ (APOC). */
  dir: string;
  libDir: string;
  pluginsDir: string;
}

const MARKER = 'complete.json';

export function distributionDir(cacheDir: string): string {
  return path.join(cacheDir, `neo4j-${NEO4J_VERSION}-apoc-${APOC_VERSION}`);
}

/** Returns the cached Neo4j + APOC jars, fetching them with `mvn` on first use. */
export async function fetchDistribution(
  cacheDir: string,
  mvn: string,
  log: (line: string) => void,
): Promise<Distribution> {
  const dir = distributionDir(cacheDir);
  const dist = { dir, libDir: path.join(dir, 'lib'), pluginsDir: path.join(dir, 'plugins') };
  if (await exists(path.join(dir, MARKER))) return dist;

  log(`Fetching Neo4j ${NEO4J_VERSION} and APOC ${APOC_VERSION} with Maven (first run only, about 120 MB)…`);
  const started = Date.now();
  await fs.mkdir(cacheDir, { recursive: true });
  // Build in a private folder and rename at the end, so an interrupted fetch never looks complete.
  const work = await fs.mkdtemp(path.join(cacheDir, '.fetch-'));
  try {
    await fs.writeFile(path.join(work, 'server-pom.xml'), serverPom());
    await fs.writeFile(path.join(work, 'apoc-pom.xml'), apocPom());
    await runMaven(mvn, path.join(work, 'server-pom.xml'), path.join(work, 'lib'), log);
    await runMaven(mvn, path.join(work, 'apoc-pom.xml'), path.join(work, 'apoc-all'), log);
    await keepPluginJarsNotOnServer(work);
    await fs.writeFile(
      path.join(work, MARKER),
      JSON.stringify({ neo4j: NEO4J_VERSION, apoc: APOC_VERSION, at: new Date() }),
    );
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rename(work, dir);
  } catch (error) {
    await fs.rm(work, { recursive: true, force: true });
    throw error;
  }
  log(`Neo4j ${NEO4J_VERSION} ready in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return dist;
}

/** APOC's own dependencies that the server already ships must not appear twice on the classpath. */
async function keepPluginJarsNotOnServer(work: string): Promise<void> {
  const serverArtifacts = new Set((await fs.readdir(path.join(work, 'lib'))).map(artifactName));
  await fs.mkdir(path.join(work, 'plugins'));
  for (const jar of await fs.readdir(path.join(work, 'apoc-all'))) {
    if (!serverArtifacts.has(artifactName(jar))) {
      await fs.rename(path.join(work, 'apoc-all', jar), path.join(work, 'plugins', jar));
    }
  }
  await fs.rm(path.join(work, 'apoc-all'), { recursive: true });
}

function runMaven(
  mvn: string,
  pomFile: string,
  outputDir: string,
  log: (line: string) => void,
): Promise<void> {
  const args = [
    '-B',
    '-f',
    pomFile,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${outputDir}`,
    '-DincludeScope=runtime',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const progress = mavenProgress(log);
    const tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        progress(line);
        if (line.trim()) tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new LocalNeo4jError(
              `Maven (${mvn}) was not found.`,
              'install Maven (Debian: apt-get install -y maven) or set MVN to its path.',
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const errors = tail
        .filter((l) => l.includes('ERROR'))
        .slice(0, 6)
        .join('\n');
      reject(
        new LocalNeo4jError(
          `Maven could not resolve Neo4j ${NEO4J_VERSION} / APOC ${APOC_VERSION} (exit ${code}).`,
          'check network access to Maven Central or your mirror in ~/.m2/settings.xml; a failed download is cached by Maven, so retry with `mvn -U` or delete ~/.m2/repository/org/neo4j.',
          errors || tail.join('\n'),
        ),
      );
    });
  });
}

/** Turns Maven's download lines into a running count, printed every few seconds. */
export function mavenProgress(log: (line: string) => void, everyMs = 3000): (line: string) => void {
  let count = 0;
  let kb = 0;
  let last = 0;
  return (line) => {
    const match = /Downloaded from \S+: \S+ \(([\d.,]+) (kB|MB|B)/.exec(line);
    if (!match) return;
    count += 1;
    const size = Number(match[1]!.replace(',', ''));
    kb += match[2] === 'MB' ? size * 1024 : match[2] === 'B' ? size / 1024 : size;
    if (Date.now() - last >= everyMs) {
      last = Date.now();
      log(`  downloaded ${count} files, ${(kb / 1024).toFixed(1)} MB`);
    }
  };
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
