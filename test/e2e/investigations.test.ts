import { randomBytes } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { saveUser } from '../../server/auth/user-store.ts';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';
import { screenshot, useBrowser } from './browser.ts';
import { WorkspacePage } from './workspace-page.ts';

const browser = useBrowser();

/** A second account, an analyst (who may save), made for this file; the shared e2e account is a viewer. */
async function analyst(): Promise<{ username: string; password: string }> {
  const db = inject('e2eDatabase');
  const driver = openDriver(db, { maxPoolSize: 2 });
  try {
    const username = `e2e-analyst-${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('base64url');
    await saveUser(
      driver,
      db.database,
      { username, role: 'analyst', passwordHash: await hashPassword(password) },
      'e2e',
    );
    return { username, password };
  } finally {
    await driver.close();
  }
}

/** What "the same canvas" means: the visible nodes, the hidden ones and every node's position. */
function canvas(ws: WorkspacePage) {
  return ws.page.evaluate(() => {
    const { cy } = window.__opsgraph!;
    const round = (n: number) => Math.round(n);
    return {
      visible: cy
        .nodes(':visible')
        .map((n) => n.id())
        .sort(),
      hidden: cy
        .nodes()
        .filter((n) => !n.visible())
        .map((n) => n.id())
        .sort(),
      positions: Object.fromEntries(
        cy.nodes().map((n) => [n.id(), [round(n.position().x), round(n.position().y)]]),
      ),
    };
  });
}

describe('saved investigations', () => {
  it('reopens identically from a second browser context as another user it is shared with', async () => {
    const owner = await analyst();
    const a = new WorkspacePage(await browser.page(), browser.baseUrl);
    await a.open('?view=chain&focus=directive:precursor-imports');
    await a.signIn(owner.username, owner.password);
    await a.el('chain-panel').waitFor();
    await a.settled();
    // Work on it: hide a node, then save it shared with every viewer.
    await a.select(['agency:customs-bodies']);
    await a.el('hide').click();
    await a.el('investigation-name').fill('Прекурсоры: тест');
    await a.el('investigation-share').selectOption('viewer');
    await a.el('investigation-save').click();
    await expect.poll(() => a.el('investigations').getAttribute('data-current')).toMatch(/^investigation:/);
    const id = (await a.el('investigations').getAttribute('data-current'))!;
    // A note on a node, through the existing annotations.
    await a.select(['person:alenov']);
    await a.el('note-text').fill('Проверить назначение 07.10.2024 (тестовая заметка)');
    await a.el('note-add').click();
    await expect.poll(() => a.el('note').count()).toBe(1);
    const saved = await canvas(a);
    expect(saved.hidden).toContain('agency:customs-bodies');
    await screenshot(a.page, 'investigation');

    const b = new WorkspacePage(await browser.page(), browser.baseUrl);
    await b.open(`?inv=${encodeURIComponent(id)}`);
    await b.signIn(browser.credentials.username, browser.credentials.password);
    await expect.poll(() => b.el('investigations').getAttribute('data-current')).toBe(id);
    await b.settled();
    expect(await canvas(b)).toEqual(saved);
    expect(await b.el('investigations').textContent()).toContain(owner.username);
    // The note is there for the viewer, who may read but not write notes.
    await b.select(['person:alenov']);
    await expect.poll(() => b.el('note').textContent()).toMatch(/Проверить назначение/);
    expect(await b.el('note-add').count()).toBe(0);
    // The viewer may open it but not change it.
    expect(await b.el('investigation-save').isDisabled()).toBe(true);
    await b.el('investigation-refresh').click();
    await expect
      .poll(() => b.page.locator(`[data-test="investigation-item"][data-id="${id}"]`).count())
      .toBe(1);

    // The owner goes on working: the change saves itself, and an expired session keeps it for after sign-in.
    const firstSave = await a.el('investigation-status').textContent();
    await a.select(['agency:knb-north-kazakhstan']);
    await a.el('hide').click();
    await expect
      .poll(() => a.el('investigation-status').textContent(), { timeout: 30_000 })
      .not.toBe(firstSave);
    await a.page.evaluate(() => sessionStorage.setItem('opsgraph.token', 'expired.token.value'));
    await a.el('expand').click();
    await a.el('login-notice').waitFor();
    await a.signIn(owner.username, owner.password);
    await expect.poll(() => a.el('investigations').getAttribute('data-current')).toBe(id);
    expect((await canvas(a)).hidden).toContain('agency:knb-north-kazakhstan');
    // What autosave stored is what the viewer now opens.
    await b.open(`?inv=${encodeURIComponent(id)}`);
    await expect.poll(() => b.el('investigations').getAttribute('data-current')).toBe(id);
    await b.settled();
    expect((await canvas(b)).hidden).toEqual(
      expect.arrayContaining(['agency:customs-bodies', 'agency:knb-north-kazakhstan']),
    );
  });
});
