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
}
