import {
  DeleteInvestigationDocument,
  InvestigationDocument,
  InvestigationsDocument,
  SaveInvestigationDocument,
  type InvestigationFieldsFragment,
} from '../generated/graphql.ts';
import type { Request } from './graphql-client.ts';

export type Investigation = InvestigationFieldsFragment;

/** Saved investigations through the API; the server decides who may see and change which. */
export interface InvestigationsApi {
  list(): Promise<Investigation[]>;
  open(id: string): Promise<Investigation>;
  save(input: {
    id?: string | null;
    name: string;
    state: string;
    sharedWith: string[];
  }): Promise<Investigation>;
  remove(id: string): Promise<void>;
}

/** Binds the investigation operations to a transport. */
export function createInvestigationsApi(request: Request): InvestigationsApi {
  return {
    list: async () => (await request(InvestigationsDocument, {})).investigations,
    open: async (id) => (await request(InvestigationDocument, { id })).investigation,
    save: async ({ id, name, state, sharedWith }) =>
      (await request(SaveInvestigationDocument, { id: id ?? null, name, state, sharedWith }))
        .saveInvestigation,
    async remove(id) {
      await request(DeleteInvestigationDocument, { id });
    },
  };
}
