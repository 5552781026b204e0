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

  /** Makes a row current with `j` and `k` alone, as a reviewer without a mouse does. */
  async goTo(row: Locator): Promise<void> {
    const rows = this.el('review-proposal');
    const index = async (locator: Locator) =>
      locator.evaluate((el) => [...el.parentElement!.children].indexOf(el));
    const target = await index(row);
    for (let guard = 0; guard < 200; guard++) {
      const current = await index(rows.and(this.page.locator('.current')));
      if (current === target) return;
      await this.page.keyboard.press(current < target ? 'j' : 'k');
    }
    throw new Error('the row could not be reached with j and k');
  }

  /** The text right after the keyboard caret (as much as `length`), or null when there is no caret. */
  async afterCaret(length: number): Promise<string | null> {
    return this.el('review-text').evaluate((pane, n) => {
      const caret = pane.querySelector('[data-test="review-caret"]');
      if (!caret) return null;
      const before = document.createRange();
      before.setStart(pane, 0);
      before.setEndBefore(caret);
      const at = before.toString().length;
      return pane.textContent!.slice(at, at + n);
    }, length);
  }

  /** Moves the keyboard caret with ← or → until the text after it starts with `word`. */
  async caretTo(word: string, key: 'ArrowLeft' | 'ArrowRight'): Promise<void> {
    for (let guard = 0; guard < 300; guard++) {
      if ((await this.afterCaret(word.length)) === word) return;
      await this.page.keyboard.press(key);
    }
    throw new Error(`the caret did not reach "${word}"`);
  }

  /** What the keyboard caret has selected (Shift+← →), as the review screen reports it. */
  picked(): Promise<string | null> {
    return this.el('review-screen').getAttribute('data-picked');
  }

  /**
   * A key as the ЙЦУКЕН layout sends it: the Cyrillic character with the position of the Latin key
   * (Playwright's keyboard knows only the US layout, so the event is made here).
   */
  async pressInRussianLayout(key: string, code: string): Promise<void> {
    await this.page.evaluate(
      ([k, c]) =>
        document.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, code: c, bubbles: true, cancelable: true }),
        ),
      [key, code] as const,
    );
  }
}
