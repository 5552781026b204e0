import type { Collection, Core, NodeSingular } from 'cytoscape';
import { ApiError, type GraphApi, type ViewLimits } from '../api/index.ts';
import type { CentralityMetric } from '../graph/centrality.ts';
import { entityData, entityNode, type EntityFields } from '../graph/entity-props.ts';
import { NO_FILTERS, type Filters } from '../graph/filters.ts';
import { GraphCanvas } from '../graph/graph-canvas.ts';
import type { Lang, NodeData } from '../graph/graph-types.ts';
import { History } from '../graph/history.ts';
import type { StyleRule } from '../graph/style-rules.ts';
import { edgeElement, nodeElement, toElements } from '../graph/to-elements.ts';
import { DEFAULT_LAYOUT, formatViewState, type LayoutName, type ViewState } from '../graph/url-state.ts';
import type { WorkingSet } from '../graph/working-set.ts';
import { translate, type StringKey } from '../i18n/strings.ts';
import { DetailsPanel } from '../ui/details-panel.ts';
import { StatusBar } from '../ui/status-bar.ts';
import { GeoMode } from './geo-mode.ts';
import { applyTimeRange, reserveTimeBar } from './time-filter.ts';
import { loadView, type LoadedView } from './load-view.ts';
import { renderSelection, renderSidebar } from './panels.ts';
import type { Skeleton } from './skeleton.ts';
import { applyWorkingSet, readWorkingSetOf } from './working-set-canvas.ts';

/** How `redraw` lays out: not at all (`preset`), only new nodes around their anchors (`around`), or fully. */
export interface DrawOptions {
  preset?: boolean;
  around?: ReadonlyMap<string, readonly string[]>;
}

/** Settings the investigator changes from the toolbar, outside the shareable view state. */
export interface Settings {
  expandType: string | null;
  /** Most new nodes one expansion may add before it is refused (at most the server's neighbourhood limit). */
  cap: number;
  sizeBy: CentralityMetric | null;
}

/**
 * The workspace's state and the one place that changes it. The view state, settings, filters, styling rule
 * and history are private: actions (workspace-actions.ts) and the composition root (main.ts) change them
 * only through these methods, which keep the canvas, the panels, the URL and the locally kept working set
 * consistent after every change.
 */
export class Workspace {
  readonly canvas: GraphCanvas;
  readonly status = new StatusBar();
  readonly details: DetailsPanel;
  readonly geo: GeoMode;
  private readonly history = new History();
  private viewState: ViewState;
  private current: Settings = { expandType: null, cap: 150, sizeBy: null };
  private activeFilters: Filters = NO_FILTERS;
  private activeRule: StyleRule | null = null;
  private loaded: LoadedView | null = null;
  private limitsAnswer: Promise<ViewLimits> | null = null;
  private pending = 0;
  /** Resolves every time a view has been drawn; tests and the load-time measurement wait on it. */
  onDrawn: (() => void)[] = [];
  /** Called when the token is missing, expired or revoked. */
  onUnauthenticated: () => void = () => {};
  /** Called after every change, e.g. to keep the working set in local storage. */
  onChange: (ws: Workspace) => void = () => {};

  constructor(
    readonly api: GraphApi,
    readonly cy: Core,
    readonly dom: Skeleton,
    initial: ViewState,
    readonly renderChrome: () => void,
  ) {
    this.canvas = new GraphCanvas(cy);
    this.geo = new GeoMode(cy, dom);
    this.viewState = initial;
    this.details = new DetailsPanel(api, (error) => this.fail(error));
    dom.footer.append(this.status.element);
    // Box and lasso selection fire one event per element: redraw the panel once per burst.
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

  get state(): ViewState {
    return this.viewState;
  }
  get settings(): Readonly<Settings> {
    return this.current;
  }
  get filters(): Filters {
    return this.activeFilters;
  }
  get rule(): StyleRule | null {
    return this.activeRule;
  }
  get lang(): Lang {
    return this.viewState.lang;
  }
  /** The loaded view's extras (the chain's positions and hops). */
  get view(): LoadedView | null {
    return this.loaded;
  }

  t(key: StringKey, vars?: Record<string, string | number>): string {
    return translate(this.lang, key, vars);
  }

  /**
   * Runs work that changes the canvas, marking the page busy meanwhile (`data-busy` on the workspace), so
   * browser tests and people can tell a settled canvas from one still loading or laying out.
   */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.pending += 1;
    this.dom.root.dataset.busy = 'true';
    try {
      return await work();
    } finally {
      this.pending -= 1;
      if (this.pending === 0) this.dom.root.dataset.busy = 'false';
    }
  }

  /** The server's bounds of the graph views, asked once (never retyped in the client). */
  limits(): Promise<ViewLimits> {
    this.limitsAnswer ??= this.api.viewLimits();
    this.limitsAnswer.catch(() => (this.limitsAnswer = null));
    return this.limitsAnswer;
  }

  /** Shows an error by its code; an authentication error goes back to the sign-in form instead. */
  fail(error: unknown): void {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') this.onUnauthenticated();
    else this.status.error(this.lang, error);
  }

  /**
   * Loads and draws a view, then the link's working set if given (extra nodes, hidden, pinned, positions).
   * The previous canvas comes back with undo. Rejects on failure so a bad link can say why.
   */
  open(state: ViewState, push = true, working: WorkingSet | null = null): Promise<void> {
    return this.track(() => this.load(state, push, working));
  }

  private async load(state: ViewState, push: boolean, working: WorkingSet | null): Promise<void> {
    this.status.set('loading', this.t('loading'));
    const previous = { state: this.viewState, loaded: this.loaded, elements: this.cy.elements() };
    const loaded = await loadView(this.api, state);
    this.viewState = state;
    this.loaded = loaded;
    this.canvas.replace(toElements(loaded.slice, state.lang));
    if (working) await applyWorkingSet(this, working);
    await this.completeEdges();
    const pathEdges = new Set(state.view === 'path' ? loaded.slice.edges.map((e) => e.id) : []);
    this.cy.edges().forEach((e) => {
      e.toggleClass('path', pathEdges.has(e.id()));
    });
    this.cy.$id(state.focus ?? '').addClass('focus');
    const next = { state, loaded, elements: this.cy.elements() };
    if (previous.elements.nonempty()) {
      this.history.push(
        state.view,
        () => this.swapTo(previous),
        () => this.swapTo(next),
      );
    }
    const empty = state.focus !== null && loaded.slice.nodes.length === 0;
    this.status.set(empty ? 'empty' : 'idle', empty ? this.t('emptyResult') : '');
    this.writeUrl(push);
    this.renderChrome();
    const positions = working?.positions;
    // No details query follows: the view's nodes carry their properties and aliases, and nodes the link
    // adds come with theirs (fetchNodes).
    if (positions && this.canvas.nodeIds().every((id) => positions.has(id)))
      await this.redraw({ preset: true });
    else await this.redraw();
  }

  /** Opens a view and reports a failure in the status line (toolbar and history navigation). */
  openOrFail(state: ViewState, push = true, working: WorkingSet | null = null): Promise<void> {
    return this.open(state, push, working).catch((error: unknown) => this.fail(error));
  }

  /** Switches to a view about the given node(s), with the view's default layout. */
  go(view: ViewState['view'], focus: string, to: string | null = null): Promise<void> {
    return this.openOrFail({ ...this.viewState, view, focus, to, layout: DEFAULT_LAYOUT[view] });
  }

  /** Makes `id` the focus of an exploration (a node picked from search on an empty or other view). */
  exploreFrom(id: string): void {
    const layout = this.viewState.view === 'explore' ? this.viewState.layout : 'fcose';
    this.viewState = { ...this.viewState, view: 'explore', focus: id, to: null, layout };
    this.writeUrl(true);
    this.renderChrome();
  }

  /**
   * Draws every relationship among the nodes on the canvas (hidden and filtered ones included, so showing
   * them again needs no new request) that is not drawn yet. Runs after every change of the node set.
   */
  async completeEdges(): Promise<Collection> {
    const ids = this.canvas.nodeIds();
    if (ids.length < 2) return this.cy.collection();
    const { edgesAmongIds } = await this.limits();
    const edges = await this.api.edgesAmong(ids, edgesAmongIds);
    const drawn = this.canvas.ids();
    const added = this.canvas.add(
      edges.filter((e) => !drawn.has(e.id)).map((e) => edgeElement(e, this.lang)),
    );
    this.canvas.applyFilters(this.activeFilters);
    return added;
  }

  /** Records a reversible action, then brings edges, panels and the URL up to date. */
  record(label: string, undo: () => void, redo: () => void): void {
    this.history.push(label, undo, redo);
    this.changed();
  }

  undo(): void {
    const label = this.history.undo();
    this.status.set('info', label ? this.t('undone', { what: label }) : this.t('nothingToUndo'));
    if (label) void this.track(() => this.afterHistory());
  }

  /** The coordinator's brief of the directive whose chain is on the canvas. */
  openBrief(): void {
    const directive = this.viewState.focus;
    if (!this.loaded?.chain || !directive) return this.status.set('info', this.t('selectDirective'));
    // A chunk of its own: the brief (its builder, page, Markdown and print picture) is rarely opened.
    const { slice } = this.loaded;
    import('./brief-page.ts')
      .then(({ openBrief }) => openBrief(this.cy, this.api, slice, directive, this.lang))
      .catch((error: unknown) => this.fail(error));
  }

  redo(): void {
    const label = this.history.redo();
    this.status.set('info', label ? this.t('redone', { what: label }) : this.t('nothingToRedo'));
    if (label) void this.track(() => this.afterHistory());
  }

  /**
   * Adds what the graph views leave out (aliases, years, texts, counts) to nodes already drawn, then
   * re-applies filters and rules, which depend on it. Best effort: the graph is usable without it.
   */
  enrich(ids: string[]): Promise<void> {
    return ids.length ? this.track(() => this.addDetails(ids)) : Promise.resolve();
  }

  /** Adds the entity query's aliases, year and properties to the drawn nodes it names. */
  private mergeDetails(entities: readonly EntityFields[]): void {
    this.cy.batch(() => {
      for (const entity of entities) {
        // Merged: the view's own properties stay, the entity query adds what the view left out.
        const node = this.cy.$id(entity.id);
        const extra = entityData(entity);
        node.data({
          ...extra,
          props: { ...((node.data('props') as NodeData['props']) ?? {}), ...extra.props },
        });
      }
    });
  }

  private async addDetails(ids: string[]): Promise<void> {
    try {
      this.mergeDetails(await this.api.entityDetails(ids));
      this.canvas.applyFilters(this.activeFilters);
      this.canvas.applyRule(this.activeRule);
      if (this.activeRule) this.canvas.separate(this.fixedNodes());
      if (this.viewState.layout === 'geo') await this.geo.show(true, this.lang);
      this.refreshPanels();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Nodes a link names that its view does not load, as graph nodes (from the entity query). */
  async fetchNodes(ids: string[]): Promise<void> {
    const entities = ids.length ? await this.api.entityDetails(ids) : [];
    const nodes = entities.map(entityNode).filter((node) => node !== null);
    this.canvas.add(nodes.map((node) => nodeElement(node, this.lang)));
    // The same answer has their aliases and properties: no second query for them.
    this.mergeDetails(entities);
  }

  /**
   * Re-applies filters, shows or hides the map, lays out (unless `preset`), and refreshes the panels. With
   * `around` (after an expansion: anchor id → new node ids) the force layout is not re-run over everything:
   * only the new nodes are placed, around their anchors.
   */
  redraw(options: DrawOptions = {}): Promise<void> {
    return this.track(() => this.draw(options));
  }

  private async draw(options: DrawOptions): Promise<void> {
    this.canvas.applyFilters(this.activeFilters);
    const geo = await this.geo.show(this.viewState.layout === 'geo', this.lang);
    // Sizes first, so the layout's overlap pass sees the boxes as they will be drawn.
    this.canvas.sizeBy(this.current.sizeBy);
    this.canvas.applyRule(this.activeRule);
    // The bar's strip before any fit, so the fit uses the canvas above the bar and nothing refits later.
    reserveTimeBar(this.cy, this.dom, this.viewState.range);
    if (options.around && this.viewState.layout === 'fcose')
      this.canvas.placeAround(options.around, this.fixedNodes());
    else if (!options.preset) {
      const chain =
        this.viewState.view === 'chain' && this.viewState.layout === 'dagre'
          ? this.loaded?.chain?.positions
          : undefined;
      await this.canvas.layout(this.viewState.layout, { chain, geo }, this.fixedNodes());
      if (options.around) this.canvas.placeFiltered(options.around, this.fixedNodes());
    } else this.canvas.fit();
    this.changed();
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
    this.viewState = { ...this.viewState, layout };
    this.renderChrome();
    void this.redraw().catch((error: unknown) => this.fail(error));
  }

  setLang(lang: Lang): void {
    this.viewState = { ...this.viewState, lang };
    document.documentElement.lang = lang;
    this.canvas.setLang(lang);
    this.renderChrome();
    void this.geo.show(this.viewState.layout === 'geo', lang).then(() => this.changed());
  }

  setFilters(filters: Filters): void {
    this.activeFilters = filters;
    this.canvas.applyFilters(filters);
    this.changed();
  }

  setRule(rule: StyleRule | null): void {
    this.activeRule = rule;
    this.canvas.applyRule(rule);
    this.canvas.separate(this.fixedNodes());
    this.changed();
  }

  /** Changes toolbar settings; the cap is kept between 1 and the server's neighbourhood limit. */
  async setSettings(patch: Partial<Settings>): Promise<void> {
    const next = { ...this.current, ...patch };
    if (patch.cap !== undefined) {
      const { neighborhoodNodes } = await this.limits();
      next.cap = Math.min(neighborhoodNodes, Math.max(1, Math.round(patch.cap) || 1));
    }
    this.current = next;
    if ('sizeBy' in patch) {
      this.canvas.sizeBy(next.sizeBy);
      this.canvas.separate(this.fixedNodes());
    }
    this.renderChrome();
  }

  /** What is on the canvas, for links and the local copy kept across an expired session. */
  workingSet(): WorkingSet {
    return readWorkingSetOf(this.cy);
  }

  writeUrl(push: boolean): void {
    const url = `${location.pathname}${formatViewState(this.viewState, this.workingSet())}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Legend, filters, rules, details and (in the chain view) the explained hops. */
  refreshPanels(): void {
    renderSidebar(this);
    renderSelection(this);
    applyTimeRange(this.cy, this.dom, this.viewState.range, this.lang, (range) => this.setRange(range));
  }

  /** The time bar's range (as the link writes it), or null for all dates; kept in the link. */
  setRange(range: string | null): void {
    this.viewState = { ...this.viewState, range };
    this.changed();
  }

  /** Nodes the overlap pass must not move: cities on the map. */
  private fixedNodes(): (node: NodeSingular) => boolean {
    return this.viewState.layout === 'geo' ? (n) => this.geo.fixed(n) : () => false;
  }

  private changed(): void {
    this.writeUrl(false);
    this.refreshPanels();
    this.onChange(this);
  }

  private swapTo(snapshot: { state: ViewState; loaded: LoadedView | null; elements: Collection }): void {
    this.canvas.swap(snapshot.elements);
    this.viewState = snapshot.state;
    this.loaded = snapshot.loaded;
    this.renderChrome();
  }

  private async afterHistory(): Promise<void> {
    try {
      await this.completeEdges();
      await this.geo.show(this.viewState.layout === 'geo', this.lang);
      this.changed();
      this.drawn();
    } catch (error) {
      this.fail(error);
    }
  }
}
