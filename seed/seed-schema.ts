import { z } from 'zod';
import { isPartialDate, isPeriod } from '../server/facts/partial-date.ts';
import { RELATIONSHIP_TYPES } from '../vocabulary/index.ts';

/** Readable, stable ids: `kind:slug`, e.g. `person:alenov`, `region:north-kazakhstan`. */
export const id = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*:[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'expected an id such as "person:alenov"');
export const text = z.string().trim().min(1);
const year = z.int().min(1991).max(2100);
/** A date or partial date of the contract: YYYY, YYYY-MM or YYYY-MM-DD (server/facts/partial-date.ts). */
export const partialDate = z.string().refine(isPartialDate, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD');
/** An ISO 8601 interval of two partial dates, e.g. 2024-01/2024-09. */
const period = z.string().refine(isPeriod, 'expected a period such as 2024-01/2024-09');
/** When an event happened: a (partial) date, or the period it covers. */
const when = { date: partialDate.optional(), period: period.optional() };
/** Numbers of the reference file's source list (`references.json`). */
const references = z.array(z.int().positive()).min(1);

/** Evidence in the source: the exact quote and its UTF-16 offsets (`text.slice(start, end) === quote`). */
const evidence = {
  /** Defaults to the file's sourceId. */
  sourceId: id.optional(),
  quote: text.optional(),
  start: z.int().nonnegative().optional(),
  end: z.int().positive().optional(),
  /** Which occurrence of the quote `seed/annotate-offsets.ts` should locate (1 = first). */
  occurrence: z.int().positive().optional(),
};

/** Marks on anything that is not plainly stated by its source. */
const caveats = {
  inferred: z.boolean().optional(),
  basis: text.optional(),
  /** The basis in Russian, shown by the Russian interface; every basis has one. */
  basisRu: text.optional(),
  unsure: z.boolean().optional(),
  notes: text.optional(),
  references: references.optional(),
};

const base = {
  id,
  name: text,
  nameEn: text,
  nameKk: text.optional(),
  aliases: z.array(text).default([]),
  description: text.optional(),
  yearBasis: text.optional(),
  identityInferred: z.boolean().optional(),
  identityBasis: text.optional(),
  ...caveats,
};

const node = <L extends string, S extends z.ZodRawShape>(label: L, shape: S) =>
  z.strictObject({ label: z.literal(label), ...base, ...shape });

const place = { nameKk: text, lat: z.number().min(40).max(56), lon: z.number().min(46).max(88) };

export const nodeSchema = z.discriminatedUnion('label', [
  node('Person', {}),
  node('Position', {}),
  node('Agency', { kind: text, abbreviation: text.optional() }),
  node('Region', {
    ...place,
    iso: z.string().regex(/^KZ-\d{2}$/, 'expected an ISO 3166-2:KZ code such as "KZ-59"'),
    isoOld: z
      .string()
      .regex(/^KZ-[A-Z]{3}$/)
      .optional(),
    kind: z.enum(['oblast', 'city-of-republican-significance']),
    centreId: id.optional(),
  }),
  node('City', { ...place, regionalCentre: z.boolean().default(false), roles: z.array(text).optional() }),
  node('SupplyChannel', {
    count: z.int().positive(),
    year,
    status: text,
    commodity: text.optional(),
    ...when,
  }),
  node('Seizure', {
    amountKg: z.number().positive(),
    amountQualifier: z.enum(['over', 'exactly']),
    substance: text,
    substanceEn: text,
    year,
    ...when,
  }),
  node('Directive', {
    text,
    summaryEn: text,
    kind: z.enum(['instruction', 'set', 'appeal']),
    deadline: partialDate.optional(),
  }),
  node('Meeting', { kind: text, periodReviewed: year.optional(), year: year.optional(), ...when }),
  node('Operation', {
    codeName: text.optional(),
    kind: text.optional(),
    year: year.optional(),
    ...when,
  }),
  node('Indicator', {
    ...when,
    metric: text,
    metricRu: text,
    value: z.number().nullable(),
    unit: text,
    year,
    change: z.number().nullable(),
    changeUnit: text.nullable(),
    direction: z.enum(['up', 'down', 'unchanged']),
    comparedToYear: year.optional(),
    qualifier: text.optional(),
    mainOffenders: z.array(text).optional(),
    mainOffendersEn: z.array(text).optional(),
  }),
  node('Measure', { text, summaryEn: text, period: text.optional(), year: year.optional() }),
]);

export type SeedNode = z.infer<typeof nodeSchema>;

export const relationshipSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES),
  from: id,
  to: id,
  /** Tells apart two relationships of one type between the same nodes. */
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  ...evidence,
  ...caveats,
  /** Time-bound types only (the vocabulary's `timeBound`); `current` is derived from them when read. */
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  for: text.optional(),
});

export type SeedRelationship = z.infer<typeof relationshipSchema>;

export const mentionSchema = z.strictObject({ node: id, ...evidence, quote: text, ...caveats });

export type SeedMention = z.infer<typeof mentionSchema>;

/** geography.json, bodies.json, article-facts.json: nodes, relationships and (article) mentions. */
export const graphFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Set on files whose facts come from a document: their relationships need quotes. */
  sourceId: id.optional(),
  nodes: z.array(nodeSchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
  mentions: z.array(mentionSchema).default([]),
});

export type GraphFile = z.infer<typeof graphFileSchema>;
