import type { Download, Locator, Page } from 'playwright-core';

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
  }

  async waitForNode(id: string): Promise<void> {
    await this.page.waitForFunction((nodeId) => window.__opsgraph?.cy.$id(nodeId).nonempty() === true, id);
  }

  /** Waits until nothing is loading and the layout has settled. */
  async settled(): Promise<void> {
    await this.page.waitForFunction(
      () => document.querySelector('[data-test="status"]')?.getAttribute('data-state') !== 'loading',
    );
    // Settled = no node moved between two polls 250 ms apart: waits as long as a layout runs on a busy
    // machine, and no longer than one poll when it is done (a fixed sleep guessed either way).
    await this.page.waitForFunction(
      () => {
        const w = window as typeof window & { __lastPositions?: string };
        const cy = w.__opsgraph?.cy;
        if (!cy) return false;
        const positions = cy
          .nodes()
          .map((n) => `${n.id()}@${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)
          .join(';');
        const still = positions === w.__lastPositions;
        w.__lastPositions = positions;
        return still;
      },
      undefined,
      { polling: 250 },
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

  async download(test: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.el(test).click()]);
    return download;
  }
}
