import { describe, expect, it } from 'vitest';
import * as generated from '../../client/src/generated/graphql.ts';
import { getOperationAST, parse } from '../../server/graphql/graphql-js.ts';
import {
  buildOperationManifest,
  fragmentsOf,
  loadOperationManifest,
  operationHash,
} from '../../server/graphql/trusted-operations.ts';

const hashOf = (text: string) => {
  const document = parse(text);
  return operationHash(getOperationAST(document)!, fragmentsOf(document));
};

describe('trusted-operation manifest', () => {
  it('is fresh: regenerate it with `npm run operations:manifest`', () => {
    expect(loadOperationManifest()).toEqual(buildOperationManifest());
  });

  it('holds every operation the workspace sends, as the client sends it', () => {
    const trusted = new Set(Object.keys(loadOperationManifest().operations));
    const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThanOrEqual(7);
    for (const [name, document] of documents) expect(trusted.has(hashOf(String(document))), name).toBe(true);
  });

  it('ignores layout but not a single changed field or argument', () => {
    const base = 'query Q($id: ID!) { agencies(where: { id: { eq: $id } }) { id name } }';
    expect(hashOf(`# note\n${base.replaceAll(' ', '\n  ')}`)).toBe(hashOf(base));
    expect(hashOf(base.replace('name', 'notes'))).not.toBe(hashOf(base));
    expect(hashOf(base.replace('agencies(', 'agencies(limit: 500, '))).not.toBe(hashOf(base));
  });
});
