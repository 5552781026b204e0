import type { Investigation, InvestigationsApi, Note } from '../api/index.ts';
import { notesByElement } from '../graph/investigation-notes.ts';
import { decodeState, encodeState } from '../graph/investigation-state.ts';
import { formatViewState, parseViewState } from '../graph/url-state.ts';
import { readWorkingSet } from '../graph/working-set.ts';
import { fill } from '../ui/dom.ts';
import { investigationsPanel } from '../ui/investigations-panel.ts';
import type { Workspace } from './workspace.ts';

/** How long changes settle before an autosave: a drag or an expansion is many changes in a row. */
const AUTOSAVE_MS = 1500;

/**
 * The investigation open in the workspace: opens one from its link (the same view, working set, positions,
 * filters and rule), saves a new one, and saves the owner's later changes by itself.
 */
export class InvestigationSession {
  private current: Investigation | null = null;
  private list: Investigation[] | null = null;
  private status: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private notes = new Map<string, Note[]>();

  constructor(
    private readonly api: InvestigationsApi,
    private readonly ws: Workspace,
    private readonly host: HTMLElement,
    /** The signed-in user: notes are written in their name (the server refuses any other). */
    private readonly user: { name: string | null; canWrite: boolean },
  ) {
    // The notes shown follow the selection.
    ws.cy.on('select unselect', () => this.render());
  }

  private async loadNotes(): Promise<void> {
    if (!this.current) return;
    this.notes = notesByElement(await this.api.notes(this.current.id), this.current.id);
  }

  /** Adds a note on a node or edge of the open investigation. */
  async addNote(elementId: string, text: string): Promise<void> {
    if (!this.current || !this.user.name) return;
    try {
      await this.api.addNote({ investigationId: this.current.id, elementId, text, author: this.user.name });
      await this.loadNotes();
      this.render();
    } catch (error) {
      this.ws.fail(error);
    }
  }

  /** Opens an investigation: its canvas replaces the current one, exactly as it was saved. */
  async open(id: string): Promise<void> {
    const investigation = await this.api.open(id);
    const state = decodeState(investigation.state);
    history.replaceState(null, '', `${location.pathname}${state.link}`);
    await this.ws.open(parseViewState(state.link), false, readWorkingSet(state.link));
    this.ws.setFilters(state.filters);
    if (state.rule) this.ws.setRule(state.rule);
    this.current = investigation;
    await this.loadNotes().catch((error: unknown) => this.ws.fail(error));
    this.render();
  }

  /**
   * Makes an investigation the current one without touching the canvas: after an expired session, the
   * restored working set (with its unsaved changes) belongs to it again and saves into it.
   */
  async attach(id: string): Promise<void> {
    this.current = await this.api.open(id);
    await this.loadNotes();
    this.render();
    this.changed();
  }

  /** The open investigation's id, kept with the unsaved working set. */
  get currentId(): string | null {
    return this.current?.id ?? null;
  }

  /** The workspace as an investigation stores it. */
  private state(): string {
    const link = formatViewState(this.ws.state, this.ws.workingSet(), Infinity);
    return encodeState({ link, filters: this.ws.filters, rule: this.ws.rule });
  }

  /** Saves the canvas: as the current investigation when it is the caller's, else as a new one. */
  async save(name: string, sharedWith: string[]): Promise<void> {
    const id = this.current?.mine ? this.current.id : null;
    this.setStatus(this.ws.t('investigationSaving'));
    try {
      this.current = await this.api.save({ id, name, state: this.state(), sharedWith });
      this.setStatus(
        this.ws.t('investigationSaved', {
          time: new Date().toLocaleTimeString(this.ws.lang === 'ru' ? 'ru-RU' : 'en-GB'),
        }),
      );
    } catch (error) {
      this.setStatus(null);
      this.ws.fail(error);
    }
  }

  /** Called on every change of the workspace: the owner's investigation saves itself once changes settle. */
  changed(): void {
    if (!this.current?.mine) return;
    if (this.timer) clearTimeout(this.timer);
    const { name, sharedWith } = this.current;
    this.timer = setTimeout(() => void this.save(name, sharedWith), AUTOSAVE_MS);
  }

  async refresh(): Promise<void> {
    try {
      this.list = await this.api.list();
      this.render();
    } catch (error) {
      this.ws.fail(error);
    }
  }

  private setStatus(status: string | null): void {
    this.status = status;
    this.render();
  }

  render(): void {
    const last = this.ws.cy.$(':selected').last();
    const selected = last.nonempty()
      ? {
          id: last.id(),
          caption: String(last.data('caption') ?? last.id()),
          notes: this.notes.get(last.id()) ?? [],
        }
      : null;
    fill(
      this.host,
      investigationsPanel(
        {
          lang: this.ws.lang,
          current: this.current,
          list: this.list,
          status: this.status,
          selected,
          canWrite: this.user.canWrite,
        },
        {
          save: (name, shared) => void this.save(name, shared),
          refresh: () => void this.refresh(),
          addNote: (id, text) => void this.addNote(id, text),
        },
      ),
    );
  }
}
