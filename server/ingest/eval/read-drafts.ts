import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Draft } from '../draft.ts';

/** The parts of a draft the scorer reads; anything else in the file is ignored. */
const draftShape = z.looseObject({
  source: z.looseObject({ text: z.string(), sha256: z.string().optional() }),
  entities: z.array(
    z.looseObject({
      ref: z.string(),
      label: z.string(),
      name: z.string(),
      existingId: z.string().nullable().default(null),
      mentions: z
        .array(z.looseObject({ start: z.number(), end: z.number(), text: z.string().optional() }))
        .default([]),
      properties: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
  relationships: z.array(
    z.looseObject({
      type: z.string(),
      from: z.string(),
      to: z.string(),
      quote: z.string().default(''),
      start: z.number(),
      end: z.number(),
      inferred: z.boolean().default(false),
      basis: z.string().nullable().default(null),
      properties: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
});

/**
 * Every `*.json` draft in a folder (the output of `npm run ingest -- extract FILE --json`, or any tool that
 * writes the same shape), keyed by the sha256 of its `source.text`, so a draft finds its gold document
 * whatever the file is called. Throws naming the file and field when a draft is malformed.
 */
export async function readDrafts(dir: string): Promise<Map<string, { file: string; draft: Draft }>> {
  const drafts = new Map<string, { file: string; draft: Draft }>();
  for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    let parsed;
    try {
      parsed = draftShape.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}: not a draft: ${issue.path.join('.')}: ${issue.message}`);
    }
    const draft = parsed.data as unknown as Draft;
    draft.extractor ??= { name: 'file', version: name };
    const sha = createHash('sha256').update(draft.source.text, 'utf8').digest('hex');
    drafts.set(sha, { file, draft });
  }
  return drafts;
}
