// `npm run generate`: writes every file derived from the vocabulary (vocabulary/*.ts), in dependency order:
//   1. cypher/constraints.cypher, server/schema/vocabulary.generated.graphql, client/src/generated/vocabulary.ts;
//   2. server/schema.generated.graphql (the full schema, built from server/schema/*.graphql);
//   3. client/src/generated/graphql.ts (graphql-codegen over the printed schema and the client's operations);
//   4. server/graphql/trusted-operations.json (the operations production runs: the client's and docs/queries').
// `--check` writes nothing and exits 1 naming every stale file, for CI.
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import codegenConfig from '../client/codegen.ts';
import { repoRoot } from '../server/config.ts';
import { buildOperationManifest, MANIFEST_PATH } from '../server/graphql/trusted-operations.ts';
import { VOCABULARY_FILES } from './generated-files.ts';
import { generatedSchemaPath, printGeneratedSchema } from './print-schema.ts';

const check = process.argv.includes('--check');
const stale: string[] = [];

/** Writes `text` to `file` when it differs (or, with --check, records the file as stale). */
function update(file: string, text: string): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  const name = path.relative(repoRoot, file);
  if (current === text) return console.log(`  up to date  ${name}`);
  if (check) {
    stale.push(name);
    return console.log(`  stale       ${name}`);
  }
  fs.writeFileSync(file, text);
  console.log(`  wrote       ${name}`);
}

async function main(): Promise<void> {
  for (const file of VOCABULARY_FILES) update(file.path, await file.render());
  update(generatedSchemaPath, await printGeneratedSchema());
  // Codegen reads the printed schema from disk; with --check a stale schema is reported above anyway.
  const outputs = await generate({ ...codegenConfig, cwd: repoRoot, silent: true }, false);
  for (const output of outputs as { filename: string; content: string }[]) {
    update(path.resolve(repoRoot, output.filename), output.content);
  }
  update(MANIFEST_PATH, `${JSON.stringify(buildOperationManifest(), null, 2)}\n`);
  if (stale.length > 0) {
    console.error(`${stale.length} generated file(s) out of date: run \`npm run generate\`.`);
    process.exit(1);
  }
}

await main();
