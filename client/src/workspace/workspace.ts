import type { Core } from 'cytoscape';
import { ApiError, type GraphApi } from '../api/index.ts';
import type { CentralityMetric } from '../graph/centrality.ts';
import { entityData } from '../graph/entity-props.ts';
import { NO_FILTERS, type Filters } from '../graph/filters.ts';
import { GraphCanvas } from '../graph/graph-canvas.ts';
import type { Lang } from '../graph/graph-types.ts';
import { History } from '../graph/history.ts';
import type { OutlineLayer } from '../graph/outline-layer.ts';
import { toElements } from '../graph/to-elements.ts';
import { DEFAULT_LAYOUT, formatViewState, type LayoutName, type ViewState } from '../graph/url-state.ts';
import { translate, type StringKey } from '../i18n/strings.ts';
import { DetailsPanel } from '../ui/details-panel.ts';
import { StatusBar } from '../ui/status-bar.ts';
import { loadView, type LoadedView } from './load-view.ts';
import { renderSelection, renderSidebar } from './panels.ts';
import type { Skeleton } from './skeleton.ts';

/** Settings the investigator changes from the toolbar, outside the shareable view state. */
export interface Settings {
  expandType: string | null;
  cap: number;
  sizeBy: CentralityMetric | null;
}

/**
 * The workspace's state and the one place that changes it: views, the canvas, panels and the URL are kept
 * consistent here. Editing actions (expand, hide, pin, undo) live in workspace-actions.ts.
 */
export class Workspace {
  readonly canvas: GraphCanvas;
  readonly history = new History();
  readonly status = new StatusBar();
  readonly details: DetailsPanel;
  state: ViewState;
  settings: Settings = { expandType: null, cap: 150, sizeBy: null };
  filters: Filters = NO_FILTERS;
  private loaded: LoadedView | null = null;
  /** Resolves every time a view has been drawn; tests and the load-time measurement wait on it. */
  onDrawn: (() => void)[] = [];

  constructor(
    readonly api: GraphApi,
    readonly cy: Core,
    readonly dom: Skeleton,
    readonly outline: OutlineLayer,
    initial: ViewState,
    readonly renderChrome: () => void,
  ) {
    this.canvas = new GraphCanvas(cy);
    this.state = initial;
    this.details = new DetailsPanel(api, (error) => this.fail(error));
    dom.footer.append(this.status.element);
    // Box selection fires one event per element: redraw the panel once per burst.
    let queued = false;
    cy.on('select unselect', () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        renderSelection(this);
      });
    });
  }

  get lang(): Lang {
    return this.state.lang;
  }

  t(key: StringKey, vars?: Record<string, string | number>): string {
    return translate(this.lang, key, vars);
  }

  /** Called when the token is missing, expired or revoked. */
  onUnauthenticated: () => void = () => {};

  /** Shows an error by its code; an authentication error goes back to the sign-in form instead. */
  fail(error: unknown): void {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') this.onUnauthenticated();
    else this.status.error(this.lang, error);
  }

  /** Loads and draws a view; the previous canvas can be brought back with undo. */
  async open(state: ViewState, push = true): Promise<void> {
    this.status.set('loading', this.t('loading'));
    try {
      const loaded = await loadView(this.api, state);
      this.state = state;
      this.loaded = loaded;
      const removed = this.canvas.replace(toElements(loaded.slice, state.lang));
      if (removed.nonempty()) this.history.push(state.view, () => this.canvas.restore(removed));
      this.cy.$id(state.focus ?? '').addClass('focus');
      if (state.view === 'path') this.cy.edges().addClass('path');
      this.status.set(
        loaded.slice.nodes.length || !state.focus ? 'idle' : 'empty',
        loaded.slice.nodes.length || !state.focus ? '' : this.t('emptyResult'),
      );
      this.writeUrl(push);
      this.renderChrome();
      await this.redraw();
      void this.enrich(this.cy.nodes().map((n) => n.id()));
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Adds what the graph views leave out (aliases, years, texts) to nodes already drawn, then re-applies the
   * filters, since the year filter depends on it. Best effort: the graph is usable without it.
   */
  async enrich(ids: string[]): Promise<void> {
    if (!ids.length) return;
    try {
      const entities = await this.api.entityDetails(ids);
      this.cy.batch(() => {
        for (const entity of entities) this.cy.$id(entity.id).data(entityData(entity));
      });
      this.canvas.applyFilters(this.filters);
      this.refreshPanels();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Re-applies filters, runs the layout, resizes by centrality and refreshes the panels. */
  async redraw(options: { incremental?: boolean } = {}): Promise<void> {
    this.canvas.applyFilters(this.filters);
    this.outline.show(this.state.layout === 'geo');
    const chain =
      this.state.view === 'chain' && this.state.layout === 'dagre'
        ? this.loaded?.chain?.positions
        : undefined;
    await this.canvas.layout(this.state.layout, { chain, incremental: options.incremental });
    this.canvas.sizeBy(this.settings.sizeBy);
    this.refreshPanels();
    this.drawn();
  }

  /** Shows or hides the empty state and tells waiters (tests, the load-time measurement) a graph is drawn. */
  drawn(): void {
    this.dom.empty.hidden = this.cy.elements().nonempty();
    this.dom.empty.textContent = this.t('emptyCanvas');
    if (this.cy.elements().empty()) return;
    const waiting = this.onDrawn;
    this.onDrawn = [];
    // After the frame that paints the new layout, so "drawn" means on screen.
    requestAnimationFrame(() => waiting.forEach((resolve) => resolve()));
  }

  setLayout(layout: LayoutName): void {
    this.state = { ...this.state, layout };
    this.writeUrl(false);
    this.renderChrome();
    void this.redraw();
  }

  setLang(lang: Lang): void {
    this.state = { ...this.state, lang };
    document.documentElement.lang = lang;
    this.canvas.setLang(lang);
    this.writeUrl(false);
    this.renderChrome();
    this.refreshPanels();
  }

  setFilters(filters: Filters): void {
    this.filters = filters;
    this.canvas.applyFilters(filters);
    this.refreshPanels();
  }

  /** Switches to a view about the given node(s), with the view's default layout. */
  go(view: ViewState['view'], focus: string, to: string | null = null): Promise<void> {
    return this.open({ ...this.state, view, focus, to, layout: DEFAULT_LAYOUT[view] });
  }

  writeUrl(push: boolean): void {
    const url = `${location.pathname}${formatViewState(this.state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Legend, filters, details and (in the chain view) the explained hops. */
  refreshPanels(): void {
    renderSidebar(this);
    renderSelection(this);
  }

  /** The loaded view's extras (the chain's positions and hops). */
  get view(): LoadedView | null {
    return this.loaded;
  }
}
