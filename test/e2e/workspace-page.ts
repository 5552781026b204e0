import type { Download, Locator, Page } from 'playwright-core';

/** A node's box (shape and label) in model coordinates. */
export interface NodeBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Rendered position of a node, in CSS pixels of the canvas. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * Page object of the workspace: tests speak in investigator steps, selectors are `data-test` only. Graph state
 * is read through `window.__opsgraph.cy`, the one handle the client exposes for tests.
 */
export class WorkspacePage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  el(test: string): Locator {
    return this.page.locator(`[data-test="${test}"]`);
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}/${query}`);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.el('login-username').fill(username);
    await this.el('login-password').fill(password);
    await this.el('login-submit').click();
    await this.el('workspace').waitFor();
  }

  /** Types into the search box and returns the suggestion list once it shows. */
  async search(text: string): Promise<Locator> {
    await this.el('search-input').fill(text);
    await this.el('search-suggestions').waitFor();
    return this.el('search-suggestion');
  }

  async pick(text: string, id: string): Promise<void> {
    await this.search(text);
    await this.page.locator(`[data-test="search-suggestion"][data-id="${id}"]`).click();
    await this.waitForNode(id);
    // Its relationships with what is already drawn arrive just after: wait for them too.
    await this.settled();
  }

  async waitForNode(id: string): Promise<void> {
    await this.page.waitForFunction((nodeId) => window.__opsgraph?.cy.$id(nodeId).nonempty() === true, id);
  }

  /** Waits until nothing is loading, laying out or being enriched (the workspace's `data-busy`). */
  async settled(): Promise<void> {
    // Generous: on a machine shared by many, one layout can take tens of seconds.
    await this.page.waitForFunction(
      () => document.querySelector('[data-test="workspace"]')?.getAttribute('data-busy') === 'false',
      null,
      { timeout: 120_000 },
    );
  }

  nodeIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__opsgraph!.cy.nodes(':visible').map((n) => n.id()));
  }

  select(ids: string[]): Promise<void> {
    return this.page.evaluate((nodeIds) => {
      const { cy } = window.__opsgraph!;
      cy.elements().unselect();
      for (const id of nodeIds) cy.$id(id).select();
    }, ids);
  }

  position(id: string): Promise<ScreenPoint> {
    return this.page.evaluate((nodeId) => window.__opsgraph!.cy.$id(nodeId).renderedPosition(), id);
  }

  /** Selects one node and expands it from the toolbar, then waits for the canvas to settle. */
  async expand(id: string): Promise<void> {
    await this.select([id]);
    await this.el('expand').click();
    await this.settled();
  }

  /** Drawn relationships (not derived map flows) among visible nodes, as `source-TYPE->target`. */
  drawnRelationships(): Promise<string[]> {
    return this.page.evaluate(() =>
      window
        .__opsgraph!.cy.edges('[type]')
        .filter((e) => e.source().visible() && e.target().visible())
        .map((e) => `${e.data('source')}-${e.data('type')}->${e.data('target')}`)
        .sort(),
    );
  }

  /** Boxes of the visible nodes with their labels, as Cytoscape measures them. */
  nodeBoxes(): Promise<NodeBox[]> {
    return this.page.evaluate(() =>
      window.__opsgraph!.cy.nodes(':visible').map((n) => {
        const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
        return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      }),
    );
  }

  /** Visible nodes whose drawn box (shape and label, page pixels) reaches below `top` (e.g. a bar's top edge). */
  nodesBelow(top: number): Promise<string[]> {
    return this.page.evaluate((limit) => {
      const { cy } = window.__opsgraph!;
      const frame = cy.container()!.getBoundingClientRect();
      return cy
        .nodes(':visible')
        .filter((n) => frame.top + n.renderedBoundingBox({ includeLabels: true }).y2 > limit)
        .map((n) => n.id());
    }, top);
  }

  /** Every drawn node's position, by id. */
  positions(): Promise<Record<string, { x: number; y: number }>> {
    return this.page.evaluate(() =>
      Object.fromEntries(window.__opsgraph!.cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    );
  }

  /** Pan and zoom of the canvas. */
  viewport(): Promise<{ zoom: number; x: number; y: number }> {
    return this.page.evaluate(() => {
      const { cy } = window.__opsgraph!;
      return { zoom: cy.zoom(), ...cy.pan() };
    });
  }

  /** Pairs of visible nodes whose boxes (shape and label) intersect; empty on a correct canvas. */
  async overlappingNodes(): Promise<string[]> {
    const boxes = await this.nodeBoxes();
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.id} × ${b.id}`);
      }
    return pairs;
  }

  /** Moves the pointer over a node. */
  async hover(id: string): Promise<void> {
    const box = (await this.el('canvas').boundingBox())!;
    const p = await this.position(id);
    await this.page.mouse.move(box.x + p.x, box.y + p.y);
  }

  /** Draws a lasso loop (a rectangle with rounded steps) around the given rendered points' bounding box. */
  async lassoAround(points: ScreenPoint[], margin = 25): Promise<void> {
    const box = (await this.el('canvas').boundingBox())!;
    const x1 = Math.min(...points.map((p) => p.x)) - margin + box.x;
    const y1 = Math.min(...points.map((p) => p.y)) - margin + box.y;
    const x2 = Math.max(...points.map((p) => p.x)) + margin + box.x;
    const y2 = Math.max(...points.map((p) => p.y)) + margin + box.y;
    await this.page.mouse.move(x1, y1);
    await this.page.mouse.down();
    for (const [x, y] of [
      [x2, y1],
      [x2, y2],
      [x1, y2],
      [x1, y1 + 1],
    ] as const) {
      await this.page.mouse.move(x, y, { steps: 8 });
    }
    await this.page.mouse.up();
  }

  selectedIds(): Promise<string[]> {
    return this.page.evaluate(() =>
      window
        .__opsgraph!.cy.nodes(':selected')
        .map((n) => n.id())
        .sort(),
    );
  }

  async download(test: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.el(test).click()]);
    return download;
  }
}
