// The /ingest API's JSON as the review page reads it. The client never imports server code: the review
// decisions come from shared/ (one module both sides import); the rest mirrors server/ingest/draft.ts (the
// Draft contract) and server/ingest/review/*.ts, and test/unit/client-review-types.test.ts keeps them in step.
import type { ReviewDecisions, Span } from '../../../shared/proposal-status.ts';

export type {
  EntityDecision,
  ProposalStatus,
  RelationshipDecision,
  ReviewDecisions,
  Span,
  Verdict,
} from '../../../shared/proposal-status.ts';

export interface DraftEntity {
  ref: string;
  label: string;
  name: string;
  existingId: string | null;
  alternatives?: { id: string; name: string; score: number }[];
  mentions: Span[];
  properties: Record<string, unknown>;
}

export interface DraftRelationship extends Span {
  type: string;
  from: string;
  to: string;
  quote: string;
  inferred: boolean;
  basis: string | null;
  confidence: number;
  properties: Record<string, unknown>;
}

export interface Draft {
  source: {
    title: string | null;
    language: string;
    publishedAt: string | null;
    sha256: string;
    text: string;
  };
  entities: DraftEntity[];
  relationships: DraftRelationship[];
  extractor: { name: string; version: string };
}

export interface DraftSummary {
  id: string;
  status: 'pending' | 'committed' | 'discarded';
  title: string | null;
  fileName: string | null;
  publishedAt: string | null;
  entityCount: number;
  relationshipCount: number;
  createdBy: string;
  createdAt: string;
  existingSourceId: string | null;
}

export interface StoredDraft extends DraftSummary {
  draft: Draft;
  decisions: ReviewDecisions;
}

export type Conflict =
  | {
      kind: 'post-held';
      index: number;
      id: string;
      name: string;
      validFrom: string | null;
      validTo: string | null;
    }
  | { kind: 'fact-exists'; index: number; id: string; evidenceCount: number }
  | { kind: 'similar-name'; ref: string; id: string; name: string };

export interface DocumentSummary {
  id: string;
  title: string | null;
  publishedAt: string | null;
  addedBy: string | null;
  addedAt: string | null;
  length: number;
  drafts: string[];
}

export interface CommitResult {
  draftId: string;
  sourceId: string;
  sourceCreated: boolean;
  ids: Record<string, string>;
  nodesCreated: string[];
  nodesLinked: string[];
  mentions: number;
  factsCreated: string[];
  factsExtended: string[];
}
