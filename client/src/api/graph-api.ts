import { idGroups, missingEdges } from '../graph/edge-sync.ts';
import {
  EdgeEvidenceDocument,
  EdgesAmongDocument,
  EntityDetailsDocument,
  NeighborhoodDocument,
  ResponsibilityChainDocument,
  SearchDocument,
  ShortestPathDocument,
  SourceTextDocument,
  SupplyNetworkDocument,
  ViewLimitsDocument,
  type EdgeEvidenceQuery,
  type EntityDetailsQuery,
  type SearchQuery,
  type SliceEdgeFragment,
  type SliceFragment,
  type SourceTextQuery,
  type ViewLimitsQuery,
} from '../generated/graphql.ts';
import { isRelType, type RelType } from '../generated/vocabulary.ts';
import { ApiError } from './api-error.ts';
import type { Request } from './graphql-client.ts';

export type SearchHit = SearchQuery['search'][number];
export type SourceDoc = SourceTextQuery['sources'][number];
export type EntityDetails = EntityDetailsQuery['entities'][number];
export type ViewLimits = ViewLimitsQuery['viewLimits'];
export type EdgeEvidence = EdgeEvidenceQuery['edgesAmong'][number]['evidence'];

/** Checks relationship types from the UI (a select, a URL) before they reach the `[RelType!]` argument. */
function relTypesOf(names: readonly string[] | undefined): RelType[] | undefined {
  return names?.map((name) => {
    if (!isRelType(name)) throw new ApiError('BAD_USER_INPUT', `Unknown relationship type "${name}"`);
    return name;
  });
}

/** The API's `@limit(max)` on entity lists. */
const DETAILS_BATCH = 500;

/** The graph views of the API as plain async functions; the only place that knows operation names. */
export interface GraphApi {
  search(text: string, limit?: number): Promise<SearchHit[]>;
  neighborhood(id: string, options?: { relTypes?: string[]; limit?: number }): Promise<SliceFragment>;
  shortestPath(fromId: string, toId: string): Promise<SliceFragment>;
  responsibilityChain(directiveId: string): Promise<SliceFragment>;
  supplyNetwork(regionId: string): Promise<SliceFragment>;
  source(id: string): Promise<SourceDoc>;
  entityDetails(ids: readonly string[]): Promise<EntityDetails[]>;
  /** Every relationship among the ids, asked in groups of at most `maxIds` so none is missed. */
  edgesAmong(ids: readonly string[], maxIds: number): Promise<SliceEdgeFragment[]>;
  viewLimits(): Promise<ViewLimits>;
  /** Every evidence item of the relationships among a few ids (an edge's two ends, a chain), by edge id. */
  edgeEvidence(ids: readonly string[]): Promise<Map<string, EdgeEvidence>>;
}

/** Binds the typed operations to a transport. */
export function createGraphApi(request: Request): GraphApi {
  const sources = new Map<string, Promise<SourceDoc>>();
  return {
    search: async (text, limit = 20) => (await request(SearchDocument, { text, limit })).search,
    neighborhood: async (id, options = {}) =>
      (
        await request(NeighborhoodDocument, {
          id,
          depth: 1,
          relTypes: relTypesOf(options.relTypes),
          limit: options.limit,
        })
      ).neighborhood,
    shortestPath: async (fromId, toId) =>
      (await request(ShortestPathDocument, { fromId, toId })).shortestPath,
    responsibilityChain: async (directiveId) =>
      (await request(ResponsibilityChainDocument, { directiveId })).responsibilityChain,
    supplyNetwork: async (regionId) => (await request(SupplyNetworkDocument, { regionId })).supplyNetwork,
    async entityDetails(ids) {
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += DETAILS_BATCH) batches.push(ids.slice(i, i + DETAILS_BATCH));
      const results = await Promise.all(
        batches.map((batch) => request(EntityDetailsDocument, { ids: batch, limit: DETAILS_BATCH })),
      );
      return results.flatMap((r) => r.entities);
    },
    async edgesAmong(ids, maxIds) {
      const answers = await Promise.all(
        idGroups(ids, maxIds).map((group) => request(EdgesAmongDocument, { ids: group })),
      );
      return missingEdges(
        answers.flatMap((a) => a.edgesAmong),
        new Set(),
      );
    },
    viewLimits: async () => (await request(ViewLimitsDocument, {})).viewLimits,
    async edgeEvidence(ids) {
      const { edgesAmong } = await request(EdgeEvidenceDocument, { ids: [...new Set(ids)] });
      return new Map(edgesAmong.map((edge) => [edge.id, edge.evidence]));
    },
    // A source's text is large and never changes during a session: fetch it once per id.
    source(id) {
      let pending = sources.get(id);
      if (!pending) {
        pending = request(SourceTextDocument, { id }).then(({ sources: found }) => {
          const doc = found[0];
          if (!doc) throw new ApiError('NOT_FOUND', `Source ${id} not found`);
          return doc;
        });
        pending.catch(() => sources.delete(id));
        sources.set(id, pending);
      }
      return pending;
    },
  };
}
