import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import { MIN_JAVA_MAJOR } from './neo4j-version.ts';

export interface JavaInfo {
  executable: string;
  major: number;
}

/** Parses the major version from `java -version` output ("17.0.15", "21", or the old "1.8.0_392"). */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Finds a Java runtime new enough for Neo4j: JAVA_HOME first, then `java` on PATH. */
export function findJava(javaHome: string | undefined): JavaInfo {
  const executable = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const result = spawnSync(executable, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalNeo4jError(
      `Java was not found (${executable}).`,
      `install Java ${MIN_JAVA_MAJOR} or 21 (Debian: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME.`,
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === null) {
    throw new LocalNeo4jError(
      `Could not read the Java version from ${executable}.`,
      'check that JAVA_HOME points to a JDK or JRE.',
    );
  }
  if (major < MIN_JAVA_MAJOR) {
    throw new LocalNeo4jError(
      `Java ${major} is too old for Neo4j 5.26 (${executable}).`,
      `install Java ${MIN_JAVA_MAJOR} or 21 and point JAVA_HOME at it.`,
    );
  }
  return { executable, major };
}
