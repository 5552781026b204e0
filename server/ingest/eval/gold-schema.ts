import { z } from 'zod';

/**
 * The gold annotation of one document (docs/ingestion.md, "Gold format"): what a careful annotator says the
 * document states, in the draft's own terms, so a draft can be scored against it. Offsets are JS (UTF-16)
 * indices into the document's stored text (readDocument's output); `text`/`quote` repeat the span so a
 * test can check every offset, and `occurrence` (1-based) lets the offset filler find a repeated span.
 */
const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  occurrence: z.number().int().positive().optional(),
};

export const goldMentionSchema = z.object({ text: z.string().min(1), ...span }).strict();

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date: YYYY, YYYY-MM or YYYY-MM-DD');

export const goldEntitySchema = z
  .object({
    ref: z.string().min(1),
    label: z.string().min(1),
    /** Canonical name, nominative ("Ерлан Сарбасов"). */
    name: z.string().min(1),
    /** Other names a draft may use for it and still be right (full name with patronymic, official form…). */
    aliases: z.array(z.string().min(1)).optional(),
    /** The node in the linked graph (see `gazetteer`), or null: a new entity. */
    existingId: z.string().min(1).nullable(),
    mentions: z.array(goldMentionSchema),
    properties: z.record(z.string(), z.unknown()).default({}),
    notes: z.string().optional(),
  })
  .strict();

export const goldRelationshipSchema = z
  .object({
    type: z.string().min(1),
    from: z.string().min(1),
    to: z.string().min(1),
    quote: z.string().min(1),
    ...span,
    inferred: z.boolean(),
    basis: z.string().min(1).nullable(),
    properties: z
      .object({
        validFrom: partialDate.optional(),
        validTo: partialDate.optional(),
        current: z.boolean().optional(),
      })
      .catchall(z.unknown())
      .default({}),
    notes: z.string().optional(),
  })
  .strict()
  .refine((r) => !r.inferred || r.basis, {
    message: 'an inferred relationship needs a basis',
    path: ['basis'],
  });

export const goldFileSchema = z
  .object({
    $comment: z.string().optional(),
    format: z.literal('opsgraph-gold/1'),
    /** The document's file name, in the same folder as the gold file. */
    document: z.string().min(1),
    /** sha256 of the stored text: the gold belongs to exactly this text. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /**
     * The graph `existingId`s refer to: `seed` is every node `npm run seed` loads; `reference` only the
     * reference data (geography and bodies), for a document whose own facts are in the seed.
     */
    gazetteer: z.enum(['seed', 'reference']).default('seed'),
    /** What readDocument must report for the document (checked by the input tests, not scored). */
    metadata: z
      .object({
        title: z.string().nullable(),
        publisher: z.string().nullable(),
        url: z.string().nullable(),
        publishedAt: partialDate.nullable(),
        language: z.string(),
        format: z.string(),
      })
      .strict(),
    /** Spans that are not part of the release (the fixture notice): proposals inside them are not scored. */
    ignore: z.array(z.object({ text: z.string().min(1), ...span, why: z.string() }).strict()).default([]),
    entities: z.array(goldEntitySchema),
    relationships: z.array(goldRelationshipSchema),
  })
  .strict();

export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldEntity = z.infer<typeof goldEntitySchema>;
export type GoldRelationship = z.infer<typeof goldRelationshipSchema>;
export type GoldMention = z.infer<typeof goldMentionSchema>;
