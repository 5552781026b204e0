import {
  AddNoteDocument,
  DeleteInvestigationDocument,
  InvestigationNotesDocument,
  InvestigationDocument,
  InvestigationsDocument,
  SaveInvestigationDocument,
  type InvestigationFieldsFragment,
  type NoteFieldsFragment,
} from '../generated/graphql.ts';
import type { Request } from './graphql-client.ts';

export type Investigation = InvestigationFieldsFragment;
export type Note = NoteFieldsFragment;

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
  /** Notes on the investigation's nodes and edges (annotations about its id and the element's). */
  notes(investigationId: string): Promise<Note[]>;
  addNote(input: { investigationId: string; elementId: string; text: string; author: string }): Promise<Note>;
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
    notes: async (investigationId) =>
      (await request(InvestigationNotesDocument, { investigationId })).annotations,
    async addNote({ investigationId, elementId, text, author }) {
      const { createAnnotations } = await request(AddNoteDocument, {
        text,
        author,
        aboutIds: [investigationId, elementId],
      });
      return createAnnotations.annotations[0]!;
    },
  };
}
