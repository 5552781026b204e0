/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A node label of the data contract. */
export type NodeLabel =
  /** A ministry, committee, department, unit, task force, customs body, organisation or office. */
  | 'Agency'
  /** A city or town with coordinates. */
  | 'City'
  /** An instruction given by an official. */
  | 'Directive'
  /** A figure, e.g. registered crimes in a year and its change. */
  | 'Indicator'
  /** A plan or action announced. */
  | 'Measure'
  /** A meeting. */
  | 'Meeting'
  /** A named law-enforcement operation, e.g. the ОПМ «Мак». */
  | 'Operation'
  /** A named person. */
  | 'Person'
  /** A post, whether or not its holder is known. */
  | 'Position'
  /** A first-level unit: one of 17 regions or the cities of Astana, Almaty and Shymkent. */
  | 'Region'
  /** Drugs taken out of circulation. */
  | 'Seizure'
  /** A document or a reference the graph was built from. */
  | 'Source'
  /** A drug supply channel into a region. */
  | 'SupplyChannel';

/** A relationship type of the data contract, with the labels it may start and end at. */
export type RelType =
  /** Person → Measure. */
  | 'ANNOUNCED'
  /** Directive → Position | Agency. Time-bound: the fact holds for a period. */
  | 'ASSIGNED_TO'
  /** Person → Meeting. */
  | 'ATTENDED'
  /** Measure → Agency. */
  | 'CARRIED_OUT_BY'
  /** Measure | Directive → Agency | Indicator. */
  | 'CONCERNS'
  /** Operation → Agency. */
  | 'CONDUCTED_BY'
  /** Directive → Agency. Time-bound: the fact holds for a period. */
  | 'COOPERATES_WITH'
  /** SupplyChannel → Region. */
  | 'DESTINED_FOR'
  /** Agency → SupplyChannel. */
  | 'DISRUPTED'
  /** Person → Position. Time-bound: the fact holds for a period. */
  | 'HOLDS'
  /** Seizure → Seizure. */
  | 'INCLUDED_IN'
  /** Directive → Directive. */
  | 'INCLUDES'
  /** Person → Directive. */
  | 'ISSUED'
  /** Agency → Region. Time-bound: the fact holds for a period. */
  | 'JURISDICTION'
  /** City | Agency → Region | City. Time-bound: the fact holds for a period. */
  | 'LOCATED_IN'
  /** Indicator → Region | Agency. */
  | 'MEASURES'
  /** Person | Position | Agency | Region | City | SupplyChannel | Seizure | Directive | Meeting | Indicator | Measure | Operation → Source. */
  | 'MENTIONED_IN'
  /** Seizure | Meeting | Operation → Region | City. */
  | 'OCCURRED_IN'
  /** Agency → Meeting. */
  | 'ORGANIZED'
  /** SupplyChannel → City. */
  | 'ORIGINATES_IN'
  /** Agency → Meeting | Operation. */
  | 'PARTICIPATED_IN'
  /** Agency → Agency. Time-bound: the fact holds for a period. */
  | 'PART_OF'
  /** Position → Agency. Time-bound: the fact holds for a period. */
  | 'POSITION_IN'
  /** Meeting → Directive. */
  | 'PRODUCED'
  /** Agency | Position → Agency | Position. Time-bound: the fact holds for a period. */
  | 'REPORTS_TO'
  /** Operation → Seizure | SupplyChannel. */
  | 'RESULTED_IN'
  /** Agency → Seizure. */
  | 'SEIZED'
  /** Person → Agency. */
  | 'THANKED'
  /** Directive → Position. Time-bound: the fact holds for a period. */
  | 'UNDER_CONTROL_OF';

export type EdgeEvidenceQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type EdgeEvidenceQuery = { edgesAmong: Array<{ id: string, evidence: Array<{ sourceId: string, quote: string | null, start: number | null, end: number | null, inferred: boolean, basis: string | null, basisRu: string | null }> }> };

export type EdgesAmongQueryVariables = Exact<{
  ids: Array<string> | string;
  relTypes?: Array<RelType> | RelType | null | undefined;
}>;


export type EdgesAmongQuery = { edgesAmong: Array<{ id: string, type: RelType, source: string, target: string, quote: string | null, sourceId: string | null, start: number | null, end: number | null, inferred: boolean, validFrom: string | null, validTo: string | null, current: boolean | null }> };

export type EntityDetailsQueryVariables = Exact<{
  ids: Array<string> | string;
  limit?: number | null | undefined;
}>;


export type EntityDetailsQuery = { entities: Array<
    | { __typename: 'Agency', kind: string | null, id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'City', lat: number | null, lon: number | null, id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'Directive', text: string | null, summaryEn: string | null, id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'Indicator', metric: string | null, value: number | null, unit: string | null, year: number | null, change: number | null, direction: string | null, id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'Measure', year: number | null, id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'Meeting', id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'Operation', id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'Person', id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'Position', id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'Region', iso: string | null, lat: number | null, lon: number | null, id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'Seizure', amountKg: number | null, substance: string | null, year: number | null, id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
    | { __typename: 'SupplyChannel', count: number | null, status: string | null, year: number | null, id: string, name: string, nameEn: string | null, aliases: Array<string> | null }
  > };

export type SliceNodeFragment = { id: string, label: NodeLabel, name: string, nameEn: string | null, aliases: Array<string> | null, lat: number | null, lon: number | null, year: number | null, properties: unknown };

export type SliceEdgeFragment = { id: string, type: RelType, source: string, target: string, quote: string | null, sourceId: string | null, start: number | null, end: number | null, inferred: boolean, validFrom: string | null, validTo: string | null, current: boolean | null };

export type SliceFragment = { nodes: Array<{ id: string, label: NodeLabel, name: string, nameEn: string | null, aliases: Array<string> | null, lat: number | null, lon: number | null, year: number | null, properties: unknown }>, edges: Array<{ id: string, type: RelType, source: string, target: string, quote: string | null, sourceId: string | null, start: number | null, end: number | null, inferred: boolean, validFrom: string | null, validTo: string | null, current: boolean | null }> };

export type InvestigationNotesQueryVariables = Exact<{
  investigationId: string;
}>;


export type InvestigationNotesQuery = { annotations: Array<{ id: string, text: string, author: string, createdAt: unknown, aboutIds: Array<string> }> };

export type AddNoteMutationVariables = Exact<{
  text: string;
  author: string;
  aboutIds: Array<string> | string;
}>;


export type AddNoteMutation = { createAnnotations: { annotations: Array<{ id: string, text: string, author: string, createdAt: unknown, aboutIds: Array<string> }> } };

export type NoteFieldsFragment = { id: string, text: string, author: string, createdAt: unknown, aboutIds: Array<string> };

export type InvestigationFieldsFragment = { id: string, name: string, owner: string, sharedWith: Array<string>, state: string, createdAt: string, updatedAt: string, mine: boolean };

export type InvestigationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvestigationsQuery = { investigations: Array<{ id: string, name: string, owner: string, sharedWith: Array<string>, state: string, createdAt: string, updatedAt: string, mine: boolean }> };

export type InvestigationQueryVariables = Exact<{
  id: string;
}>;


export type InvestigationQuery = { investigation: { id: string, name: string, owner: string, sharedWith: Array<string>, state: string, createdAt: string, updatedAt: string, mine: boolean } };

export type SaveInvestigationMutationVariables = Exact<{
  id?: string | null | undefined;
  name: string;
  state: string;
  sharedWith: Array<string> | string;
}>;


export type SaveInvestigationMutation = { saveInvestigation: { id: string, name: string, owner: string, sharedWith: Array<string>, state: string, createdAt: string, updatedAt: string, mine: boolean } };

export type DeleteInvestigationMutationVariables = Exact<{
  id: string;
}>;


export type DeleteInvestigationMutation = { deleteInvestigation: boolean };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  relTypes?: Array<RelType> | RelType | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { nodes: Array<{ id: string, label: NodeLabel, name: string, nameEn: string | null, aliases: Array<string> | null, lat: number | null, lon: number | null, year: number | null, properties: unknown }>, edges: Array<{ id: string, type: RelType, source: string, target: string, quote: string | null, sourceId: string | null, start: number | null, end: number | null, inferred: boolean, validFrom: string | null, validTo: string | null, current: boolean | null }> } };

export type ResponsibilityChainQueryVariables = Exact<{
  directiveId: string;
}>;


export type ResponsibilityChainQuery = { responsibilityChain: { nodes: Array<{ id: string, label: NodeLabel, name: string, nameEn: string | null, aliases: Array<string> | null, lat: number | null, lon: number | null, year: number | null, properties: unknown }>, edges: Array<{ id: string, type: RelType, source: string, target: string, quote: string | null, sourceId: string | null, start: number | null, end: number | null, inferred: boolean, validFrom: string | null, validTo: string | null, current: boolean | null }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, label: NodeLabel, name: string, nameEn: string | null, score: number }> };

export type ShortestPathQueryVariables = Exact<{
  fromId: string;
  toId: string;
  maxHops?: number | null | undefined;
}>;


export type ShortestPathQuery = { shortestPath: { nodes: Array<{ id: string, label: NodeLabel, name: string, nameEn: string | null, aliases: Array<string> | null, lat: number | null, lon: number | null, year: number | null, properties: unknown }>, edges: Array<{ id: string, type: RelType, source: string, target: string, quote: string | null, sourceId: string | null, start: number | null, end: number | null, inferred: boolean, validFrom: string | null, validTo: string | null, current: boolean | null }> } };

export type SourceTextQueryVariables = Exact<{
  id: string;
}>;


export type SourceTextQuery = { sources: Array<{ id: string, kind: string | null, title: string | null, publisher: string | null, url: string | null, publishedAt: string | null, language: string | null, text: string | null }> };

export type SupplyNetworkQueryVariables = Exact<{
  regionId: string;
}>;


export type SupplyNetworkQuery = { supplyNetwork: { nodes: Array<{ id: string, label: NodeLabel, name: string, nameEn: string | null, aliases: Array<string> | null, lat: number | null, lon: number | null, year: number | null, properties: unknown }>, edges: Array<{ id: string, type: RelType, source: string, target: string, quote: string | null, sourceId: string | null, start: number | null, end: number | null, inferred: boolean, validFrom: string | null, validTo: string | null, current: boolean | null }> } };

export type ViewLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewLimitsQuery = { viewLimits: { neighborhoodNodes: number, edgesAmongIds: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SliceNodeFragmentDoc = new TypedDocumentString(`
    fragment SliceNode on GraphNode {
  id
  label
  name
  nameEn
  aliases
  lat
  lon
  year
  properties
}
    `, {"fragmentName":"SliceNode"}) as unknown as TypedDocumentString<SliceNodeFragment, unknown>;
export const SliceEdgeFragmentDoc = new TypedDocumentString(`
    fragment SliceEdge on GraphEdge {
  id
  type
  source
  target
  quote
  sourceId
  start
  end
  inferred
  validFrom
  validTo
  current
}
    `, {"fragmentName":"SliceEdge"}) as unknown as TypedDocumentString<SliceEdgeFragment, unknown>;
export const SliceFragmentDoc = new TypedDocumentString(`
    fragment Slice on GraphSlice {
  nodes {
    ...SliceNode
  }
  edges {
    ...SliceEdge
  }
}
    fragment SliceNode on GraphNode {
  id
  label
  name
  nameEn
  aliases
  lat
  lon
  year
  properties
}
fragment SliceEdge on GraphEdge {
  id
  type
  source
  target
  quote
  sourceId
  start
  end
  inferred
  validFrom
  validTo
  current
}`, {"fragmentName":"Slice"}) as unknown as TypedDocumentString<SliceFragment, unknown>;
export const NoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment NoteFields on Annotation {
  id
  text
  author
  createdAt
  aboutIds
}
    `, {"fragmentName":"NoteFields"}) as unknown as TypedDocumentString<NoteFieldsFragment, unknown>;
export const InvestigationFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvestigationFields on Investigation {
  id
  name
  owner
  sharedWith
  state
  createdAt
  updatedAt
  mine
}
    `, {"fragmentName":"InvestigationFields"}) as unknown as TypedDocumentString<InvestigationFieldsFragment, unknown>;
export const EdgeEvidenceDocument = new TypedDocumentString(`
    query EdgeEvidence($ids: [ID!]!) {
  edgesAmong(ids: $ids) {
    id
    evidence {
      sourceId
      quote
      start
      end
      inferred
      basis
      basisRu
    }
  }
}
    `) as unknown as TypedDocumentString<EdgeEvidenceQuery, EdgeEvidenceQueryVariables>;
export const EdgesAmongDocument = new TypedDocumentString(`
    query EdgesAmong($ids: [ID!]!, $relTypes: [RelType!]) {
  edgesAmong(ids: $ids, relTypes: $relTypes) {
    ...SliceEdge
  }
}
    fragment SliceEdge on GraphEdge {
  id
  type
  source
  target
  quote
  sourceId
  start
  end
  inferred
  validFrom
  validTo
  current
}`) as unknown as TypedDocumentString<EdgesAmongQuery, EdgesAmongQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($ids: [ID!]!, $limit: Int) {
  entities(where: {id: {in: $ids}}, limit: $limit) {
    __typename
    id
    name
    nameEn
    aliases
    ... on Agency {
      kind
    }
    ... on Region {
      iso
      lat
      lon
    }
    ... on City {
      lat
      lon
    }
    ... on Directive {
      text
      summaryEn
    }
    ... on SupplyChannel {
      count
      status
      year
    }
    ... on Seizure {
      amountKg
      substance
      year
    }
    ... on Measure {
      year
    }
    ... on Indicator {
      metric
      value
      unit
      year
      change
      direction
    }
  }
}
    `) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const InvestigationNotesDocument = new TypedDocumentString(`
    query InvestigationNotes($investigationId: ID!) {
  annotations(where: {aboutIds: {includes: $investigationId}}, limit: 100) {
    ...NoteFields
  }
}
    fragment NoteFields on Annotation {
  id
  text
  author
  createdAt
  aboutIds
}`) as unknown as TypedDocumentString<InvestigationNotesQuery, InvestigationNotesQueryVariables>;
export const AddNoteDocument = new TypedDocumentString(`
    mutation AddNote($text: String!, $author: String!, $aboutIds: [ID!]!) {
  createAnnotations(input: [{text: $text, author: $author, aboutIds: $aboutIds}]) {
    annotations {
      ...NoteFields
    }
  }
}
    fragment NoteFields on Annotation {
  id
  text
  author
  createdAt
  aboutIds
}`) as unknown as TypedDocumentString<AddNoteMutation, AddNoteMutationVariables>;
export const InvestigationsDocument = new TypedDocumentString(`
    query Investigations {
  investigations {
    ...InvestigationFields
  }
}
    fragment InvestigationFields on Investigation {
  id
  name
  owner
  sharedWith
  state
  createdAt
  updatedAt
  mine
}`) as unknown as TypedDocumentString<InvestigationsQuery, InvestigationsQueryVariables>;
export const InvestigationDocument = new TypedDocumentString(`
    query Investigation($id: ID!) {
  investigation(id: $id) {
    ...InvestigationFields
  }
}
    fragment InvestigationFields on Investigation {
  id
  name
  owner
  sharedWith
  state
  createdAt
  updatedAt
  mine
}`) as unknown as TypedDocumentString<InvestigationQuery, InvestigationQueryVariables>;
export const SaveInvestigationDocument = new TypedDocumentString(`
    mutation SaveInvestigation($id: ID, $name: String!, $state: String!, $sharedWith: [String!]!) {
  saveInvestigation(id: $id, name: $name, state: $state, sharedWith: $sharedWith) {
    ...InvestigationFields
  }
}
    fragment InvestigationFields on Investigation {
  id
  name
  owner
  sharedWith
  state
  createdAt
  updatedAt
  mine
}`) as unknown as TypedDocumentString<SaveInvestigationMutation, SaveInvestigationMutationVariables>;
export const DeleteInvestigationDocument = new TypedDocumentString(`
    mutation DeleteInvestigation($id: ID!) {
  deleteInvestigation(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteInvestigationMutation, DeleteInvestigationMutationVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int, $relTypes: [RelType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, relTypes: $relTypes, limit: $limit) {
    ...Slice
  }
}
    fragment SliceNode on GraphNode {
  id
  label
  name
  nameEn
  aliases
  lat
  lon
  year
  properties
}
fragment SliceEdge on GraphEdge {
  id
  type
  source
  target
  quote
  sourceId
  start
  end
  inferred
  validFrom
  validTo
  current
}
fragment Slice on GraphSlice {
  nodes {
    ...SliceNode
  }
  edges {
    ...SliceEdge
  }
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const ResponsibilityChainDocument = new TypedDocumentString(`
    query ResponsibilityChain($directiveId: ID!) {
  responsibilityChain(directiveId: $directiveId) {
    ...Slice
  }
}
    fragment SliceNode on GraphNode {
  id
  label
  name
  nameEn
  aliases
  lat
  lon
  year
  properties
}
fragment SliceEdge on GraphEdge {
  id
  type
  source
  target
  quote
  sourceId
  start
  end
  inferred
  validFrom
  validTo
  current
}
fragment Slice on GraphSlice {
  nodes {
    ...SliceNode
  }
  edges {
    ...SliceEdge
  }
}`) as unknown as TypedDocumentString<ResponsibilityChainQuery, ResponsibilityChainQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) {
    id
    label
    name
    nameEn
    score
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($fromId: ID!, $toId: ID!, $maxHops: Int) {
  shortestPath(fromId: $fromId, toId: $toId, maxHops: $maxHops) {
    ...Slice
  }
}
    fragment SliceNode on GraphNode {
  id
  label
  name
  nameEn
  aliases
  lat
  lon
  year
  properties
}
fragment SliceEdge on GraphEdge {
  id
  type
  source
  target
  quote
  sourceId
  start
  end
  inferred
  validFrom
  validTo
  current
}
fragment Slice on GraphSlice {
  nodes {
    ...SliceNode
  }
  edges {
    ...SliceEdge
  }
}`) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const SourceTextDocument = new TypedDocumentString(`
    query SourceText($id: ID!) {
  sources(where: {id: {eq: $id}}, limit: 1) {
    id
    kind
    title
    publisher
    url
    publishedAt
    language
    text
  }
}
    `) as unknown as TypedDocumentString<SourceTextQuery, SourceTextQueryVariables>;
export const SupplyNetworkDocument = new TypedDocumentString(`
    query SupplyNetwork($regionId: ID!) {
  supplyNetwork(regionId: $regionId) {
    ...Slice
  }
}
    fragment SliceNode on GraphNode {
  id
  label
  name
  nameEn
  aliases
  lat
  lon
  year
  properties
}
fragment SliceEdge on GraphEdge {
  id
  type
  source
  target
  quote
  sourceId
  start
  end
  inferred
  validFrom
  validTo
  current
}
fragment Slice on GraphSlice {
  nodes {
    ...SliceNode
  }
  edges {
    ...SliceEdge
  }
}`) as unknown as TypedDocumentString<SupplyNetworkQuery, SupplyNetworkQueryVariables>;
export const ViewLimitsDocument = new TypedDocumentString(`
    query ViewLimits {
  viewLimits {
    neighborhoodNodes
    edgesAmongIds
  }
}
    `) as unknown as TypedDocumentString<ViewLimitsQuery, ViewLimitsQueryVariables>;