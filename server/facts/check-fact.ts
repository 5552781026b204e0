import { apiError, ErrorCode } from '../errors.ts';
import {
  DOMAIN_TYPES,
  RELATIONSHIP_ENDS,
  TIME_BOUND_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../vocabulary/index.ts';
import { isPartialDate, lowerBound, upperBound } from './partial-date.ts';

/** Evidence as a caller gives it; the server adds who reviewed it and when. */
export interface EvidenceInput {
  sourceId: string;
  quote?: string | null;
  start?: number | null;
  end?: number | null;
  inferred?: boolean | null;
  basis?: string | null;
  basisRu?: string | null;
  extractor?: string | null;
}

/** A Source as the checks need it, read in the same transaction as the write. */
export interface SourceText {
  id: string;
  kind: string | null;
  text: string | null;
}

/** What is wrong with an input, and in which of its fields (`quote`, `validTo`, …). */
export interface Problem {
  field: string;
  reason: string;
}

/** A refused write: 400 BAD_USER_INPUT, the message starting with the field it is about. */
export function refuse(field: string, reason: string) {
  return apiError(ErrorCode.BAD_USER_INPUT, `${field}: ${reason}`);
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * A quote must sit exactly at its offsets: `text.slice(start, end) === quote`, with JS (UTF-16) indices as
 * the contract defines them. Offsets without a quote are refused too. Shared by the seed validator.
 */
export function quoteProblem(
  item: { quote?: string | null; start?: number | null; end?: number | null },
  text: string,
): Problem | null {
  const { quote, start, end } = item;
  if (!given(quote))
    return given(start) || given(end)
      ? { field: 'quote', reason: 'offsets need the quote they point at' }
      : null;
  if (quote.trim() === '') return { field: 'quote', reason: 'is empty' };
  if (!Number.isInteger(start) || !Number.isInteger(end))
    return { field: 'start', reason: 'a quote needs integer start and end offsets' };
  if (start! < 0 || end! <= start! || end! > text.length)
    return {
      field: 'end',
      reason: `[${start}, ${end}) is not a span of the source text (length ${text.length})`,
    };
  const found = text.slice(start!, end!);
  if (found === quote) return null;
  const at = text.indexOf(quote);
  const hint = at < 0 ? 'the quote does not occur in the source' : `it first occurs at ${at}`;
  return {
    field: 'quote',
    reason: `text at [${start}, ${end}) is "${shorten(found)}", not the quote; ${hint}`,
  };
}

/** validFrom/validTo only on time-bound types, as partial dates, and not ending before they start. */
export function validityProblem(
  type: RelationshipType,
  bounds: { validFrom?: string | null; validTo?: string | null },
): Problem | null {
  for (const field of ['validFrom', 'validTo'] as const) {
    const value = bounds[field];
    if (!given(value)) continue;
    if (!TIME_BOUND_TYPES.includes(type))
      return { field, reason: `${type} is not time-bound; only ${TIME_BOUND_TYPES.join(', ')} carry it` };
    if (!isPartialDate(value))
      return { field, reason: `"${shorten(value)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` };
  }
  const { validFrom, validTo } = bounds;
  if (validFrom && validTo && upperBound(validTo) < lowerBound(validFrom))
    return { field: 'validTo', reason: `${validTo} is before validFrom ${validFrom}` };
  return null;
}

/**
 * Checks one evidence item against its source: the source exists; a quote sits at its offsets; a stated
 * item from a document has a quote (a reference is cited without one); an inferred one has a basis.
 * Throws 400 BAD_USER_INPUT naming the field, e.g. `evidence.quote: text at [10, 20) is "…"`.
 */
export function checkEvidence(
  input: EvidenceInput,
  source: SourceText | undefined,
  field = 'evidence',
): void {
  if (!source) throw refuse(`${field}.sourceId`, `no source with id "${input.sourceId}"`);
  const problem = quoteProblem(input, source.text ?? '');
  if (problem) throw refuse(`${field}.${problem.field}`, problem.reason);
  if (input.inferred && !input.basis?.trim())
    throw refuse(`${field}.basis`, 'inferred: true needs a basis saying what the fact rests on');
  if (!input.inferred && !given(input.quote) && source.kind !== 'reference')
    throw refuse(
      `${field}.quote`,
      'a fact stated by a document needs its quote (or inferred: true with a basis)',
    );
}

/** Checks that `type` is a fact between entities and may join these labels (the vocabulary's ends). */
export function checkEnds(
  type: RelationshipType,
  from: { id: string; label: NodeLabel | null },
  to: { id: string; label: NodeLabel | null },
): void {
  if (!DOMAIN_TYPES.includes(type))
    throw refuse('type', `${type} is not a fact between entities; mentions are written with their source`);
  if (!from.label) throw refuse('from', `no entity with id "${from.id}"`);
  if (!to.label) throw refuse('to', `no entity with id "${to.id}"`);
  const [fromLabels, toLabels] = RELATIONSHIP_ENDS[type];
  if (!fromLabels.includes(from.label))
    throw refuse(
      'from',
      `${type} cannot start at a ${from.label} (${from.id}); it starts at ${fromLabels.join(' or ')}`,
    );
  if (!toLabels.includes(to.label))
    throw refuse('to', `${type} cannot end at a ${to.label} (${to.id}); it ends at ${toLabels.join(' or ')}`);
}

/** Throws the validity problem, if any, as 400 BAD_USER_INPUT. */
export function checkValidity(
  type: RelationshipType,
  bounds: { validFrom?: string | null; validTo?: string | null },
) {
  const problem = validityProblem(type, bounds);
  if (problem) throw refuse(problem.field, problem.reason);
}

/**
 * A refusal about one item of a batch with the item in front of its field (`relationships.4 (HOLDS e6 → e5):
 * evidence.quote: …`); any other error, or any error when `where` is null, unchanged.
 */
export function inItem(error: unknown, where: string | null): unknown {
  if (where === null || !(error instanceof Error) || !('extensions' in error)) return error;
  const code = (error as { extensions: { code?: string } }).extensions.code;
  if (code !== ErrorCode.BAD_USER_INPUT && code !== ErrorCode.NOT_FOUND) return error;
  return apiError(code, `${where}: ${error.message}`);
}
