// `npm run build:server`: the server as plain JavaScript in dist/, runnable with `node dist/scripts/start.js`
// and no tsx (the Docker image does exactly that). tsc rewrites the `.ts` imports to `.js`
// (tsconfig.build.json); the files the server reads at run time are copied beside the code, so dist/ is the
// repository root of the compiled server (server/config.ts's repoRoot).
// `--out DIR` builds elsewhere (the resilience suite does); DIR must be inside the repository, so that Node
// finds node_modules and package.json's `"type": "module"` above it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../server/config.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = path.resolve(repoRoot, values.out);

/** Run-time files: GraphQL types, named Cypher, seed data, the watchdog, the trusted operations, the built client. */
const ASSETS = [
  'server/schema',
  'server/neo4j/local/neo4j-watchdog.mjs',
  // The trusted operations production runs (GRAPHQL_TRUSTED_OPERATIONS).
  'server/graphql/trusted-operations.json',
  'cypher',
  'seed/data',
  'client/dist',
];

function main(): void {
  fs.rmSync(out, { recursive: true, force: true });
  const tsc = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  if (tsc.status !== 0) throw new Error('tsc -p tsconfig.build.json failed; see the output above.');
  for (const asset of ASSETS) {
    const from = path.join(repoRoot, asset);
    if (!fs.existsSync(from)) {
      if (asset === 'client/dist')
        console.warn(
          'client/dist is missing: the compiled server will serve no client (npm run build:client).',
        );
      else throw new Error(`${asset} is missing`);
      continue;
    }
    fs.cpSync(from, path.join(out, asset), { recursive: true });
  }
  const where = path.relative(process.cwd(), out) || '.';
  console.log(`Built ${where}/: run it with \`node ${path.join(where, 'scripts', 'start.js')}\`.`);
}

main();
