import { z } from 'zod';
import { id, partialDate, text } from './seed-schema.ts';

/** source.json: the documents facts are quoted from. */
export const sourceFileSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z
    .array(
      z.strictObject({
        id,
        name: text,
        nameEn: text,
        aliases: z.array(text).default([]),
        title: text,
        language: z.string().regex(/^[a-z]{2}$/),
        /** Path of the full text, relative to the data folder; read as UTF-8 and stored whole. */
        textFile: z.string().regex(/^[\w./-]+\.txt$/),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        publisher: text.optional(),
        url: z.url().optional(),
        publishedAt: partialDate.optional(),
        notes: text.optional(),
      }),
    )
    .min(1),
});

export type SourceFile = z.infer<typeof sourceFileSchema>;

/** references.json: the reference file's numbered sources, cited by number elsewhere. */
export const referencesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  file: text,
  references: z.array(z.strictObject({ n: z.int().positive(), citation: text })).min(1),
});

export type ReferencesFile = z.infer<typeof referencesFileSchema>;
