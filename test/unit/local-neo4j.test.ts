import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { splitCypherStatements } from '../../server/neo4j/apply-constraints.ts';
import { fetchDistribution, mavenProgress } from '../../server/neo4j/local/fetch-distribution.ts';
import { findJava, parseJavaMajor } from '../../server/neo4j/local/find-java.ts';
import { assertPortFree } from '../../server/neo4j/local/free-port.ts';
import { LocalNeo4j } from '../../server/neo4j/local/local-neo4j.ts';
import { LocalNeo4jError } from '../../server/neo4j/local/local-neo4j-error.ts';
import { createPassword, readPassword } from '../../server/neo4j/local/local-state.ts';
import { apocPom, artifactName, serverPom } from '../../server/neo4j/local/maven-poms.ts';
import { renderNeo4jConf } from '../../server/neo4j/local/neo4j-conf.ts';
import { APOC_VERSION, NEO4J_VERSION } from '../../server/neo4j/local/neo4j-version.ts';

describe('local Neo4j manager', () => {
  it('makes passwords neo4j-admin never reads as an option, and keeps them for the next start', async () => {
    const home = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-pw-'));
    try {
      // A base64url password starts with '-' once in 64; 400 of them would all but surely show one.
      const made = new Set<string>();
      for (let i = 0; i < 400; i += 1) made.add(await createPassword(home));
      expect(made.size).toBe(400);
      for (const p of made) expect(p).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{20,}$/);
      const last = [...made].at(-1);
      expect(await readPassword(home)).toBe(last);
    } finally {
      await fs.rm(home, { recursive: true, force: true });
    }
  });

  it('reads Java versions old and new', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('no java here')).toBeNull();
  });

  it('says how to install Java when it is missing', () => {
    const error = catchError(() => findJava('/nonexistent/jdk'));
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect(error.message).toMatch(/Java was not found \(\/nonexistent\/jdk\/bin\/java\)/);
    expect((error as LocalNeo4jError).hint).toMatch(/JAVA_HOME/);
  });

  it('says how to install Maven when it is missing, and leaves no half-fetched cache', async () => {
    const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-unit-'));
    const error = await fetchDistribution(cache, '/nonexistent/mvn', () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as Error).message).toMatch(/Maven \(\/nonexistent\/mvn\) was not found/);
    expect(await fs.readdir(cache)).toEqual([]);
    await fs.rm(cache, { recursive: true });
  });

  it('refuses a Bolt port that is taken, naming it', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as net.AddressInfo).port;
    await expect(assertPortFree(port)).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use.`);
    server.close();
  });

  it('reports "not running" for a home that never started', async () => {
    const home = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-unit-'));
    const local = new LocalNeo4j(home, loadConfig({}).local);
    expect(await local.status()).toBeNull();
    expect(await local.stop()).toBe(false);
    await fs.rm(home, { recursive: true });
  });

  it('writes a loopback-only configuration with APOC allowed and the requested memory', () => {
    const conf = renderNeo4jConf({
      boltPort: 7999,
      homeDir: '/h',
      pluginsDir: '/p',
      heap: '2g',
      pageCache: '1g',
    });
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.memory.heap.max_size=2g');
    expect(conf).toContain('server.memory.pagecache.size=1g');
    expect(conf).toContain('dbms.security.procedures.unrestricted=apoc.*');
    expect(conf).toContain('server.directories.plugins=/p');
  });

  it('pins Neo4j and APOC once, in the Maven poms', () => {
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
    expect(APOC_VERSION).toBe(NEO4J_VERSION);
    expect(serverPom()).toContain(`<artifactId>neo4j-server</artifactId><version>${NEO4J_VERSION}</version>`);
    expect(apocPom()).toContain(`<artifactId>apoc-core</artifactId><version>${APOC_VERSION}</version>`);
  });

  it('recognises the same library in two versions', () => {
    expect(artifactName('commons-lang3-3.12.0.jar')).toBe('commons-lang3');
    expect(artifactName('apoc-core-5.26.19.jar')).toBe('apoc-core');
    expect(artifactName('json-smart-2.5.0.jar')).toBe('json-smart');
  });

  it('counts Maven downloads for the progress line', () => {
    const lines: string[] = [];
    const progress = mavenProgress((l) => lines.push(l), 0);
    progress('Downloaded from central: https://repo/x.jar (1.5 MB at 3 MB/s)');
    progress('Downloaded from central: https://repo/y.pom (512 kB at 1 MB/s)');
    progress('[INFO] something else');
    expect(lines.at(-1)).toBe('  downloaded 2 files, 2.0 MB');
  });

  it('splits a .cypher file into statements, skipping comments', () => {
    const text =
      '// schema\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x);\n';
    expect(splitCypherStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x)',
    ]);
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
