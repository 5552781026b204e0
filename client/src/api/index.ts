export { ApiError, type ApiErrorCode } from './api-error.ts';
export { createGraphQLClient, type Request } from './graphql-client.ts';
export {
  createGraphApi,
  type GraphApi,
  type EntityDetails,
  type SearchHit,
  type SourceDoc,
  type ViewLimits,
} from './graph-api.ts';
export { login } from './login.ts';
export { session } from './session.ts';
export {
  createInvestigationsApi,
  type Investigation,
  type InvestigationsApi,
  type Note,
} from './investigations-api.ts';
