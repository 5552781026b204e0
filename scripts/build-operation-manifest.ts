// `npm run operations:manifest`: writes server/graphql/trusted-operations.json, the operations production
// runs (GRAPHQL_TRUSTED_OPERATIONS), from client/src/api/operations and docs/queries.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../server/config.ts';
import { buildOperationManifest, MANIFEST_PATH } from '../server/graphql/trusted-operations.ts';

const manifest = buildOperationManifest();
fs.writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `${path.relative(repoRoot, MANIFEST_PATH)}: ${Object.keys(manifest.operations).length} trusted operations`,
);
