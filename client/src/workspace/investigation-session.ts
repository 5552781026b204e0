import type { Investigation, InvestigationsApi } from '../api/index.ts';
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

  constructor(
    private readonly api: InvestigationsApi,
    private readonly ws: Workspace,
    private readonly host: HTMLElement,
  ) {}

  /** Opens an investigation: its canvas replaces the current one, exactly as it was saved. */
  async open(id: string): Promise<void> {
    const investigation = await this.api.open(id);
    const state = decodeState(investigation.state);
    history.replaceState(null, '', `${location.pathname}${state.link}`);
    await this.ws.open(parseViewState(state.link), false, readWorkingSet(state.link));
    this.ws.setFilters(state.filters);
    if (state.rule) this.ws.setRule(state.rule);
    this.current = investigation;
    this.render();
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
    fill(
      this.host,
      investigationsPanel(
        { lang: this.ws.lang, current: this.current, list: this.list, status: this.status },
        { save: (name, shared) => void this.save(name, shared), refresh: () => void this.refresh() },
      ),
    );
  }
}
