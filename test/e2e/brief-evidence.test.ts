import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './browser.ts';
import { WorkspacePage } from './workspace-page.ts';

const browser = useBrowser();

async function signedIn(query = ''): Promise<WorkspacePage> {
  const ws = new WorkspacePage(await browser.page(), browser.baseUrl);
  await ws.open(query);
  await ws.signIn(browser.credentials.username, browser.credentials.password);
  return ws;
}

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

describe('details, evidence and the coordinator brief', () => {
  it('shows a former post with its dates and a node property with its unit', async () => {
    const ws = await signedIn('?view=explore&focus=person:alenov');
    await ws.waitForNode('position:dp-almaty-region-head');
    await ws.settled();
    const formerId = await ws.page.evaluate(() =>
      window.__opsgraph!.cy.edges('[type = "HOLDS"][target = "position:dp-almaty-region-head"]').first().id(),
    );
    await ws.page.evaluate((id) => window.__opsgraph!.cy.$id(id).select(), formerId);
    await expect.poll(() => ws.el('evidence-tenure').textContent()).toBe('в прошлом · до 07.10.2024');
    expect(await ws.page.evaluate((id) => window.__opsgraph!.cy.$id(id).hasClass('former'), formerId)).toBe(
      true,
    );
    await expect.poll(() => ws.el('source-title').first().textContent()).toMatch(/Северо-Казахстанской/);
    expect(await ws.el('source-meta').textContent()).toMatch(/издатель не указан/);
    await screenshot(ws.page, 'former-post');
  });

  it('gives the reason an edge was inferred in Russian, and lists every evidence item', async () => {
    const ws = await signedIn('?view=chain&focus=directive:precursor-imports');
    await ws.el('chain-panel').waitFor();
    await ws.settled();
    await ws.page.locator('[data-test="chain-step"][data-type="UNDER_CONTROL_OF"] button').first().click();
    const basis = ws.el('evidence-basis').first();
    await expect.poll(() => basis.textContent()).toMatch(/основание: Часть борьбы с наркобизнесом/);
    expect(await basis.locator('span').getAttribute('lang')).toBe('ru');
    expect(await ws.el('evidence-item').count()).toBeGreaterThanOrEqual(1);
    await expect
      .poll(() => ws.el('evidence-highlight').textContent())
      .toBe(await ws.el('evidence-quote').textContent());
  });

  it('opens the brief of the chain, grouped by role with the former post, as Markdown and as one printed page', async () => {
    const ws = await signedIn('?view=chain&focus=directive:precursor-imports');
    await ws.el('chain-panel').waitFor();
    await ws.settled();
    await ws.el('brief-open').click();
    await ws.el('brief').waitFor();
    const roles = await ws
      .el('brief-section')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(roles).toEqual(['orderedBy', 'underControlOf', 'assignedTo', 'togetherWith', 'producedAt']);
    expect(await ws.el('brief-former').first().textContent()).toMatch(/в прошлом · до 07\.10\.2024/);
    const together = await ws.page
      .locator('[data-test="brief-section"][data-role="togetherWith"]')
      .textContent();
    expect(together).toMatch(/Таможенные органы/);
    expect(together).toMatch(/таможенными органами/);
    expect(await ws.el('brief-source').first().textContent()).toMatch(/Источник: /);
    const markdown = fs.readFileSync(await (await ws.download('brief-markdown')).path(), 'utf8');
    expect(markdown).toMatch(/^# Справка по поручению: /);
    expect(markdown).toContain('## Кто дал поручение');
    expect(markdown).toMatch(/в прошлом · до 07\.10\.2024/);
    await screenshot(ws.page, 'brief');
    const pdf = await ws.page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    // The print shows the brief only: no toolbar or search box is laid out.
    await ws.page.emulateMedia({ media: 'print' });
    expect(await ws.el('search-input').isVisible()).toBe(false);
    expect(await ws.el('brief-graph').isVisible()).toBe(true);
  });
});
