import {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isTime,
  type Transaction,
} from 'neo4j-driver';
import {
  addEvidence,
  decodeEvidence,
  recordFact,
  retractSource,
  type EvidenceInput,
  type EvidenceItem,
  type RecordFactInput,
  type Reviewer,
} from '../facts/index.ts';
import { apiError, ErrorCode } from '../errors.ts';
import { reportIds, type RequestContext } from './request-context.ts';

/** The least role that writes facts, as facts.graphql's `@access(read: editor)` says. */
const WRITER = 'editor';

/**
 * Evidence arrives as the stored JSON texts (graph views and Source.facts return the list as it is, so
 * edges whose evidence nobody selects cost nothing) or as items (mutations): parsed only when selected.
 */
function evidence(parent: { evidence?: readonly (string | EvidenceItem)[] | null }): EvidenceItem[] {
  return (parent.evidence ?? []).map((item) => (typeof item === 'string' ? decodeEvidence(item) : item));
}

const TEMPORAL = [isDate, isDateTime, isLocalDateTime, isLocalTime, isTime, isDuration];

/** A node's properties as JSON: temporal values (a Source's `addedAt`) as their ISO 8601 text. */
function properties(parent: { properties?: Record<string, unknown> | null }): Record<string, unknown> {
  const entries = Object.entries(parent.properties ?? {}).map(([key, value]) => [
    key,
    TEMPORAL.some((is) => is(value)) ? String(value) : value,
  ]);
  return Object.fromEntries(entries);
}

/** A mutation's own transaction, which audit-plugin.ts opened and commits with the audit event. */
function transactionOf(context: RequestContext): Transaction {
  const tx = context.executionContext;
  if (!('commit' in tx)) throw new Error('Fact writes run only inside a mutation transaction');
  return tx;
}

/**
 * The editor whose token the request carries, who is recorded as the reviewer of what it writes.
 * facts.graphql states `@access(read: editor)` on each mutation, but @neo4j/graphql 7.6.3 does not always
 * apply it to custom Mutation resolvers: it joins their names into a glob `{a, b, c}`, and
 * @graphql-tools/resolvers-composition removes only the first ", ", so every field after the second is
 * left unmatched and runs without its @authentication check (found by the viewer test of retractSource).
 * So each resolver checks the role itself too.
 */
function editorOf(context: RequestContext): Reviewer {
  const jwt = context.jwt;
  if (!jwt?.sub) throw apiError(ErrorCode.UNAUTHENTICATED, 'A valid token is required');
  if (!jwt.roles.includes(WRITER))
    throw apiError(ErrorCode.FORBIDDEN, 'Your role does not allow this operation');
  return { sub: jwt.sub };
}

/** Field resolvers given to @neo4j/graphql: evidence lists and the fact-writing mutations. */
export const factResolvers = {
  GraphNode: { properties },
  GraphEdge: { evidence },
  SourceFact: { evidence },
  RecordedFact: { evidence },
  Mutation: {
    recordFact: async (_: unknown, args: { input: RecordFactInput }, context: RequestContext) => {
      const fact = await recordFact(transactionOf(context), editorOf(context), args.input);
      reportIds(context, 'recordFact', fact.created ? { created: [fact.id] } : { updated: [fact.id] });
      return fact;
    },
    addEvidence: async (
      _: unknown,
      args: { factId: string; evidence: EvidenceInput },
      context: RequestContext,
    ) => {
      const fact = await addEvidence(transactionOf(context), editorOf(context), args.factId, args.evidence);
      reportIds(context, 'addEvidence', { updated: [fact.id] });
      return fact;
    },
    retractSource: async (_: unknown, args: { id: string }, context: RequestContext) => {
      editorOf(context);
      const retraction = await retractSource(transactionOf(context), args.id);
      // The Source is named; the facts and nodes it took with it are counted, not listed.
      reportIds(context, 'retractSource', { deleted: [args.id] }, false);
      return retraction;
    },
  },
};
