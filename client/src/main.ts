import {
  ApiError,
  createGraphApi,
  createGraphQLClient,
  createInvestigationsApi,
  session,
} from './api/index.ts';
import { createCy } from './graph/create-cy.ts';
import { investigationOf } from './graph/investigation-state.ts';
import { formatViewState, linkProblems, parseViewState, type LayoutName } from './graph/url-state.ts';
import { readWorkingSet } from './graph/working-set.ts';
import { translate, type StringKey } from './i18n/strings.ts';
import { showBanner } from './ui/banner.ts';
import { fill } from './ui/dom.ts';
import { Lasso } from './ui/lasso.ts';
import { loginView } from './ui/login-view.ts';
import { searchBox } from './ui/search-box.ts';
import { installShortcuts, type ShortcutAction } from './ui/shortcuts.ts';
import { toolbar } from './ui/toolbar.ts';
import { installTooltip } from './ui/tooltip.ts';
import * as actions from './workspace/workspace-actions.ts';
import { InvestigationSession } from './workspace/investigation-session.ts';
import { skeleton } from './workspace/skeleton.ts';
import { unsavedStore } from './workspace/unsaved-store.ts';
import { Workspace } from './workspace/workspace.ts';
import './styles.css';

const app = document.getElementById('app')!;
const LAYOUT_KEYS: Record<string, LayoutName> = {
  'layout-1': 'fcose',
  'layout-2': 'dagre',
  'layout-3': 'concentric',
  'layout-4': 'geo',
};

/** Composition root: session → API → Cytoscape → workspace → panels, toolbar and shortcuts. */
function start(notice: 'expired' | null = null): void {
  const initial = parseViewState(location.search);
  document.documentElement.lang = initial.lang;
  if (!session.token()) {
    fill(
      app,
      loginView(
        initial.lang,
        (token) => {
          session.save(token);
          start();
        },
        notice === 'expired' ? translate(initial.lang, 'sessionExpired') : null,
      ),
    );
    return;
  }
  // The intake page (/review) is its own chunk, loaded only when opened: the workspace bundle stays small.
  if (location.pathname.startsWith('/review')) {
    void import('./review/review-page.ts').then(({ mountReviewPage }) =>
      mountReviewPage(app, {
        lang: initial.lang,
        getToken: session.token,
        onUnauthenticated: () => {
          session.clear();
          start('expired');
        },
      }),
    );
    return;
  }
  // A working set left by an expired session comes back in place of the link it was opened from.
  const kept = unsavedStore.takeExpired();
  if (kept) history.replaceState(null, '', `${location.pathname}${kept}`);
  const state = parseViewState(location.search);
  const request = createGraphQLClient({ endpoint: '/graphql', getToken: session.token });
  const api = createGraphApi(request);
  const dom = skeleton();
  fill(app, dom.root);
  const cy = createCy(dom.cyContainer);
  const leave = (expired: boolean) => {
    if (expired) unsavedStore.markExpired();
    else unsavedStore.clear();
    session.clear();
    cy.destroy();
    start(expired ? 'expired' : null);
  };
  const search = searchBox(
    api,
    () => ws.lang,
    (hit) => void actions.pick(ws, hit),
    (error) => ws.fail(error),
  );
  dom.search.append(search.element);
  const lasso = new Lasso(cy, dom.lasso, (n) => ws.status.set('info', ws.t('lassoSelected', { n })));
  const toggleLasso = () => {
    lasso.set(!lasso.on);
    if (lasso.on) ws.status.set('info', ws.t('lassoHint'));
    renderChrome();
  };
  let maxCap = 500;
  const renderChrome = () => {
    fill(
      dom.toolbar,
      toolbar(
        {
          lang: ws.lang,
          layout: ws.state.layout,
          sizeBy: ws.settings.sizeBy,
          expandType: ws.settings.expandType,
          cap: ws.settings.cap,
          maxCap,
          lasso: lasso.on,
        },
        {
          expand: () => void actions.expand(ws),
          hide: () => actions.hide(ws),
          pin: () => actions.pin(ws),
          undo: () => ws.undo(),
          redo: () => ws.redo(),
          lasso: toggleLasso,
          fit: () => ws.canvas.fit(),
          clear: () => void ws.openOrFail({ ...ws.state, view: 'explore', focus: null, to: null }),
          supply: () => actions.supply(ws),
          chain: () => actions.chain(ws),
          path: () => actions.path(ws),
          layout: (name) => ws.setLayout(name),
          sizeBy: (metric) => void ws.setSettings({ sizeBy: metric }),
          expandTypes: (type) => void ws.setSettings({ expandType: type }),
          cap: (limit) => void ws.setSettings({ cap: limit }).catch((error: unknown) => ws.fail(error)),
          exportAs: (format) => actions.exportAs(ws, format),
          lang: (lang) => ws.setLang(lang),
          signOut: () => leave(false),
        },
      ),
    );
    search.relabel();
  };
  const ws: Workspace = new Workspace(api, cy, dom, state, () => renderChrome());
  // An expired or revoked token: back to the sign-in form, keeping the working set for after it.
  ws.onUnauthenticated = () => leave(true);
  const investigation = new InvestigationSession(createInvestigationsApi(request), ws, dom.investigations, {
    name: session.subject(),
    // The token names its holder's own role; analysts and above may write (the server checks it again).
    canWrite: session.roles().some((role) => ['analyst', 'editor', 'admin'].includes(role)),
  });
  investigation.render();
  ws.onChange = (w) => {
    const inv = investigation.currentId;
    const query = formatViewState(w.state, w.workingSet(), Infinity);
    unsavedStore.save(inv ? `${query}&${new URLSearchParams({ inv }).toString()}` : query);
    investigation.changed();
  };
  installTooltip(cy, dom.tooltip, () => ws.lang);
  cy.on('dbltap', 'node', (event) => void actions.expand(ws, [event.target]));
  installShortcuts(document, (action: ShortcutAction) => {
    if (action === 'search') search.focus();
    else if (action === 'expand') void actions.expand(ws);
    else if (action === 'hide') actions.hide(ws);
    else if (action === 'pin') actions.pin(ws);
    else if (action === 'undo') ws.undo();
    else if (action === 'redo') ws.redo();
    else if (action === 'lasso') toggleLasso();
    else if (action === 'fit') ws.canvas.fit();
    else if (action === 'deselect') {
      if (lasso.on) toggleLasso();
      cy.elements().unselect();
    } else if (action === 'help') ws.status.set('info', ws.t('shortcutsAll'));
    else if (LAYOUT_KEYS[action]) ws.setLayout(LAYOUT_KEYS[action]);
  });
  window.onpopstate = () =>
    void ws.openOrFail(parseViewState(location.search), false, readWorkingSet(location.search));
  renderChrome();
  void ws.limits().then(
    (limits) => {
      maxCap = limits.neighborhoodNodes;
      renderChrome();
    },
    () => undefined,
  );
  // A read-only handle for the browser tests and the load-time measurement.
  const firstGraph = new Promise<number>((resolve) => ws.onDrawn.push(() => resolve(performance.now())));
  Object.assign(window, { __opsgraph: { cy, ws, firstGraph } });
  const problems = linkProblems(location.search);
  if (problems.length)
    showBanner(dom.banner, 'link-error', ws.t('linkIgnored', { what: problems.join(', ') }), ws.t('close'));
  // A link to an investigation (?inv=id) opens it as saved; a set kept from an expired session wins over it.
  const invId = kept ? null : investigationOf(location.search);
  const opening = invId ? investigation.open(invId) : ws.open(state, false, readWorkingSet(location.search));
  opening.then(
    () => {
      if (!kept) return;
      showBanner(dom.banner, 'restored', ws.t('restored'), ws.t('close'));
      // The restored set belonged to an investigation: it is the current one again, unsaved changes kept.
      const keptInv = investigationOf(kept);
      if (keptInv) investigation.attach(keptInv).catch((error: unknown) => ws.fail(error));
    },
    (error: unknown) => {
      // A bad link: say what failed, and leave an empty, usable workspace (not a blank page).
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return ws.fail(error);
      const what =
        error instanceof ApiError
          ? `${translate(ws.lang, `error.${error.code}` as StringKey)} (${error.message})`
          : String(error);
      showBanner(dom.banner, 'link-error', ws.t('linkNotFound', { what }), ws.t('close'));
      ws.status.set('idle');
      void ws.openOrFail({ ...state, view: 'explore', focus: null, to: null }, false);
    },
  );
}

start();
