import outline from 'virtual:kazakhstan-outline';
import { createGraphApi, createGraphQLClient, session } from './api/index.ts';
import { createCy } from './graph/create-cy.ts';
import { OutlineLayer } from './graph/outline-layer.ts';
import { parseViewState, type LayoutName } from './graph/url-state.ts';
import { fill } from './ui/dom.ts';
import { loginView } from './ui/login-view.ts';
import { searchBox } from './ui/search-box.ts';
import { installShortcuts, type ShortcutAction } from './ui/shortcuts.ts';
import { toolbar } from './ui/toolbar.ts';
import * as actions from './workspace/workspace-actions.ts';
import { skeleton } from './workspace/skeleton.ts';
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
function start(): void {
  const initial = parseViewState(location.search);
  document.documentElement.lang = initial.lang;
  if (!session.token()) {
    fill(
      app,
      loginView(initial.lang, (token) => {
        session.save(token);
        start();
      }),
    );
    return;
  }
  const api = createGraphApi(createGraphQLClient({ endpoint: '/graphql', getToken: session.token }));
  const dom = skeleton();
  fill(app, dom.root);
  const cy = createCy(dom.cyContainer);
  const signOut = () => {
    session.clear();
    cy.destroy();
    start();
  };
  const search = searchBox(
    api,
    () => ws.lang,
    (hit) => actions.pick(ws, hit),
    (error) => ws.fail(error),
  );
  dom.search.append(search.element);
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
        },
        {
          expand: () => void actions.expand(ws),
          hide: () => actions.hide(ws),
          pin: () => actions.pin(ws),
          undo: () => actions.undo(ws),
          fit: () => cy.fit(undefined, 40),
          clear: () => void ws.open({ ...ws.state, view: 'explore', focus: null, to: null }),
          supply: () => actions.supply(ws),
          chain: () => actions.chain(ws),
          path: () => actions.path(ws),
          layout: (name) => ws.setLayout(name),
          sizeBy: (metric) => {
            ws.settings.sizeBy = metric;
            ws.canvas.sizeBy(metric);
          },
          expandTypes: (type) => (ws.settings.expandType = type),
          cap: (limit) => (ws.settings.cap = Math.max(1, limit || 1)),
          exportAs: (format) => actions.exportAs(ws, format),
          lang: (lang) => ws.setLang(lang),
          signOut,
        },
      ),
    );
    search.relabel();
  };
  const ws: Workspace = new Workspace(api, cy, dom, new OutlineLayer(dom.outline, cy, outline), initial, () =>
    renderChrome(),
  );
  // An expired or revoked token: back to the sign-in form rather than a canvas of errors.
  ws.onUnauthenticated = signOut;
  cy.on('dbltap', 'node', (event) => void actions.expand(ws, [event.target]));
  installShortcuts(document, (action: ShortcutAction) => {
    if (action === 'search') search.focus();
    else if (action === 'expand') void actions.expand(ws);
    else if (action === 'hide') actions.hide(ws);
    else if (action === 'pin') actions.pin(ws);
    else if (action === 'undo') actions.undo(ws);
    else if (action === 'fit') cy.fit(undefined, 40);
    else if (action === 'deselect') cy.elements().unselect();
    else if (action === 'help') ws.status.set('info', ws.t('shortcuts'));
    else if (LAYOUT_KEYS[action]) ws.setLayout(LAYOUT_KEYS[action]);
  });
  window.onpopstate = () => void ws.open(parseViewState(location.search), false);
  renderChrome();
  // A read-only handle for the browser tests and the load-time measurement.
  const firstGraph = new Promise<number>((resolve) => ws.onDrawn.push(() => resolve(performance.now())));
  Object.assign(window, { __opsgraph: { cy, ws, firstGraph } });
  void ws.open(initial, false);
}

start();
