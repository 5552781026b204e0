import { describe, expectTypeOf, it } from 'vitest';
import type * as Client from '../../client/src/review/review-types.ts';
import type { Draft } from '../../server/ingest/draft.ts';
import type { CommitResult } from '../../server/ingest/review/commit-draft.ts';
import type { DraftSummary, StoredDraft } from '../../server/ingest/review/draft-store.ts';
import type { Conflict } from '../../server/ingest/review/find-conflicts.ts';
import type { DocumentSummary } from '../../server/ingest/review/list-documents.ts';
import type { ReviewDecisions } from '../../server/ingest/review/review-decisions.ts';

// The review page retypes the server's JSON (the client never imports server code). These checks fail
// `npm run typecheck` (tsc reads test/) when a member the page reads is renamed, retyped or removed on the
// server, or when the decisions the page sends stop being what the server parses. The page may read less
// than the server sends, so the server's types must fit the client's, not equal them.
describe('review page types', () => {
  it('read every member the server sends under the same name and type', () => {
    expectTypeOf<Draft>().toExtend<Client.Draft>();
    expectTypeOf<Conflict>().toExtend<Client.Conflict>();
    expectTypeOf<DraftSummary>().toExtend<Client.DraftSummary>();
    expectTypeOf<StoredDraft>().toExtend<Client.StoredDraft>();
    expectTypeOf<DocumentSummary>().toExtend<Client.DocumentSummary>();
    expectTypeOf<CommitResult & { draftId: string }>().toExtend<Client.CommitResult>();
    // What the page reads of a draft's status is what the server stores, no more and no less.
    expectTypeOf<Client.DraftSummary['status']>().toEqualTypeOf<DraftSummary['status']>();
  });

  it('send decisions of the one type the server parses', () => {
    expectTypeOf<Client.ReviewDecisions>().toEqualTypeOf<ReviewDecisions>();
  });
});
