import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.ts';
import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from './graphql-js.ts';

/** Where operations are trusted from: the workspace's own, and the documented examples. */
export const TRUSTED_SOURCES = ['client/src/api/operations', 'docs/queries'];

/** The generated allow-list (`npm run operations:manifest`; a unit test fails when it is stale). */
export const MANIFEST_PATH = path.join(repoRoot, 'server', 'graphql', 'trusted-operations.json');

export interface OperationManifest {
  generatedBy: string;
  /** SHA-256 of the canonical text → where the operation is written. */
  operations: Record<string, string>;
}

/**
 * The hash of an operation as it runs: the operation and the fragments it uses (sorted by name), each
 * printed by graphql-js, so layout, comments, commas and the order of definitions do not matter but
 * every field, argument and directive does.
 */
export function operationHash(
  operation: OperationDefinitionNode,
  fragments: FragmentDefinitionNode[],
): string {
  const byName = new Map(fragments.map((f) => [f.name.value, f]));
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  const canonical = [
    operation,
    ...[...used.values()].sort((a, b) => a.name.value.localeCompare(b.name.value)),
  ]
    .map((definition) => print(definition))
    .join('\n');
  return createHash('sha256').update(canonical).digest('hex');
}

/** Every named operation of the trusted sources, hashed. */
export function buildOperationManifest(root: string = repoRoot): OperationManifest {
  const operations: Record<string, string> = {};
  for (const folder of TRUSTED_SOURCES) {
    const dir = path.join(root, folder);
    const files = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.graphql'))
      .sort();
    // A folder's files share their fragments (the client's slice fragments live in their own file).
    const documents = files.map((file) => ({
      file,
      document: parse(fs.readFileSync(path.join(dir, file), 'utf8')),
    }));
    const fragments = documents.flatMap(({ document }) => fragmentsOf(document));
    for (const { file, document } of documents) {
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        if (!definition.name) throw new Error(`${folder}/${file}: every trusted operation needs a name`);
        operations[operationHash(definition, fragments)] = `${definition.name.value} (${folder}/${file})`;
      }
    }
  }
  const sorted = Object.fromEntries(Object.entries(operations).sort(([, a], [, b]) => a.localeCompare(b)));
  return { generatedBy: 'npm run operations:manifest', operations: sorted };
}

/** The committed manifest. */
export function loadOperationManifest(file: string = MANIFEST_PATH): OperationManifest {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as OperationManifest;
}

export function fragmentsOf(document: DocumentNode): FragmentDefinitionNode[] {
  return document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
}
