import { createHash } from 'node:crypto';

/**
 * The draft an extractor proposes for one document: the contract between extraction, review, commit and
 * evaluation. `npm run ingest -- extract FILE --json` prints exactly this shape, and outside checks read it,
 * so fields may be added but never renamed or removed.
 *
 * Offsets are JavaScript (UTF-16) indices into `source.text`: `text.slice(start, end)` is the quoted span.
 * Labels and relationship types are the data contract's names (docs/data-model.md), including contract v2's
 * `Operation` and its types CONDUCTED_BY, PARTICIPATED_IN, RESULTED_IN and OCCURRED_IN.
 */
export interface Draft {
  source: DraftSource;
  entities: DraftEntity[];
  relationships: DraftRelationship[];
  /** What produced the draft, e.g. { name: 'rules-ru', version: '1.0.0' }; recorded as evidence `extractor`. */
  extractor: { name: string; version: string };
}

export interface DraftSource {
  title: string | null;
  /** ISO 639-1, e.g. "ru". */
  language: string;
  /** A date or a partial date: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
  publishedAt: string | null;
  /** SHA-256 (hex) of `text` as UTF-8. */
  sha256: string;
  /** The stored text; every offset refers to it. */
  text: string;
  publisher?: string | null;
  url?: string | null;
}

/** The draft's source as every extractor reports it: the input's text and metadata, in Russian, with its hash. */
export function draftSource(input: ExtractInput): DraftSource {
  return {
    title: input.title ?? null,
    language: 'ru',
    publishedAt: input.publishedAt ?? null,
    sha256: createHash('sha256').update(input.text, 'utf8').digest('hex'),
    text: input.text,
    publisher: input.publisher ?? null,
    url: input.url ?? null,
  };
}

export interface DraftMention {
  start: number;
  end: number;
  /** `source.text.slice(start, end)`, for readers of the JSON. */
  text?: string;
}

/** A graph node the document names or implies. */
export interface DraftEntity {
  /** Draft-local reference (e.g. "e1"); relationships point at it. */
  ref: string;
  label: string;
  /** Canonical name: people and places in the nominative ("Бауыржан Аленов", not "Бауыржана Аленова"). */
  name: string;
  /** Id of the graph node this entity is linked to, or null when it is proposed as new. */
  existingId: string | null;
  /** Other graph nodes it could be, best first (the linked one excluded). */
  alternatives?: { id: string; name: string; score: number }[];
  mentions: DraftMention[];
  /** Contract properties, e.g. amountKg, value, change, unit, count, year, period, date. */
  properties: Record<string, unknown>;
  /** 0..1. */
  confidence?: number;
}

/** A fact: one relationship of one type between two draft entities, with its evidence. */
export interface DraftRelationship {
  type: string;
  /** `ref` of the start entity. */
  from: string;
  /** `ref` of the end entity. */
  to: string;
  /** Exact substring of `source.text` that states (or, when inferred, supports) the fact. */
  quote: string;
  start: number;
  end: number;
  inferred: boolean;
  /** Why an inferred fact holds; required when `inferred` is true, null otherwise. */
  basis: string | null;
  /** The basis in Russian, for the workspace's «почему выведено»; set with `basis`, null otherwise. */
  basisRu?: string | null;
  /** 0..1. */
  confidence: number;
  /** validFrom / validTo (partial dates) and the derived `current` for time-bound types, plus any others. */
  properties: Record<string, unknown>;
}

/** An entity already in the graph, as the linker sees it. */
export interface GazetteerEntry {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  nameEn?: string | null;
  /** Ids of related nodes that help disambiguate, e.g. a Position's agency, an Agency's region. */
  context?: string[];
}

export interface ExtractInput {
  text: string;
  title?: string | null;
  /** Resolves relative dates («в минувшем году»); partial dates allowed. */
  publishedAt?: string | null;
  publisher?: string | null;
  url?: string | null;
  /** The graph's existing entities to link to. */
  gazetteer: readonly GazetteerEntry[];
}

/** Anything that turns a document into a draft; the review and the evaluation depend only on this. */
export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(input: ExtractInput): Promise<Draft>;
}
