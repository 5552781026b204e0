import type { Locator, Page } from 'playwright-core';

/**
 * Page object of the intake page (/review): documents list, review screen and its keyboard. Tests speak in
 * reviewer steps; selectors are `data-test` only.
 */
export class ReviewPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  el(test: string): Locator {
    return this.page.locator(`[data-test="${test}"]`);
  }

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/review`);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.el('login-username').fill(username);
    await this.el('login-password').fill(password);
    await this.el('login-submit').click();
    await this.el('ingest-documents-view').waitFor();
  }

  /** Pastes a release and proposes it; resolves on its review screen. */
  async paste(text: string, publishedAt: string): Promise<void> {
    await this.el('ingest-text').fill(text);
    await this.el('ingest-published').fill(publishedAt);
    await this.el('ingest-propose').click();
    await this.el('review-screen').waitFor();
  }

  /** The proposal row of an entity with this label and name, or of a relationship of this type. */
  proposal(filter: { label: string; name?: string | RegExp }): Locator {
    const rows = this.page.locator(`[data-test="review-proposal"][data-label="${filter.label}"]`);
    return filter.name
      ? rows.filter({ has: this.page.locator('[data-test="proposal-name"]', { hasText: filter.name }) })
      : rows;
  }

  /** Makes a row current (a click), then presses keys on the page. */
  async keysOn(row: Locator, ...keys: string[]): Promise<void> {
    await row.click();
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Waits until every decision has been saved on the server. */
  async saved(): Promise<void> {
    await this.page.waitForFunction(
      () => document.querySelector('[data-test="review-screen"]')?.getAttribute('data-saving') === 'false',
    );
  }

  undecided(): Promise<string | null> {
    return this.el('review-screen').getAttribute('data-undecided');
  }

  /** What the commit will do with a row: `accepted`, `rejected`, `pending` or `dropped` (an end rejected). */
  status(row: Locator): Promise<string | null> {
    return row.getAttribute('data-status');
  }

  /** A fact row's quote as the review shows it (its edited span, if edited). */
  quote(row: Locator): Promise<string | null> {
    return row.locator('[data-test="proposal-quote"]').textContent();
  }

  /** The current entity row's focused mention, the one the span keys act on. */
  mention(): Promise<string | null> {
    return this.page.locator('.current [data-test="proposal-mention"] q').textContent();
  }

  /** One of the review's counts: undecided, accepted, rejected, dropped or edited. */
  count(name: 'undecided' | 'accepted' | 'rejected' | 'dropped' | 'edited'): Promise<string | null> {
    return this.el('review-screen').getAttribute(`data-${name}`);
  }

  /**
   * Selects `part` of the document's text as a reader dragging the mouse over it would: a DOM selection
   * over the highlighted pieces, which the `s` and `+` keys read.
   */
  async selectText(part: string): Promise<void> {
    await this.el('review-text').evaluate((pane, wanted) => {
      const at = pane.textContent!.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the document`);
      const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (seen <= at && at < seen + length) range.setStart(node, at - seen);
        if (seen < at + wanted.length && at + wanted.length <= seen + length)
          range.setEnd(node, at + wanted.length - seen);
        seen += length;
      }
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, part);
  }
}
