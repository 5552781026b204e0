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
  it('marks a former post with its dates and reads a quote in a source that names what it lacks', async () => {
    const ws = await signedIn('?view=chain&focus=directive:precursor-imports');
    await ws.el('chain-panel').waitFor();
    await ws.settled();
    const former = 'person:alenov|HOLDS|position:dp-almaty-region-head';
    const selectEdge = (id: string) =>
      ws.page.evaluate((edgeId) => {
        const { cy } = window.__opsgraph!;
        cy.elements().unselect();
        cy.$id(edgeId).select();
      }, id);
    await selectEdge(former);
    await expect.poll(() => ws.el('evidence-tenure').textContent()).toBe('в прошлом · до 07.10.2024');
    expect(await ws.page.evaluate((id) => window.__opsgraph!.cy.$id(id).hasClass('former'), former)).toBe(
      true,
    );
    // Its evidence is a numbered reference, cited without a quote, with the Russian basis.
    await ws.el('evidence-citation').first().waitFor();
    await expect
      .poll(() => ws.el('evidence-citations').textContent())
      .toMatch(/назначен первым заместителем министра/);
    await screenshot(ws.page, 'former-post');
    await selectEdge('directive:precursor-imports|COOPERATES_WITH|agency:customs-bodies');
    await expect.poll(() => ws.el('source-title').textContent()).toMatch(/Северо-Казахстанской/);
    expect(await ws.el('source-meta').textContent()).toMatch(/издатель не указан · дата не указана/);
    expect(await ws.el('evidence-highlight').textContent()).toBe('таможенными органами');
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
    // A tenure badge («с 07.10.2024») is never broken across lines.
    const badgeLines = () =>
      ws.page.evaluate(() =>
        [...document.querySelectorAll('.brief-page .badge')].map((b) => b.getClientRects().length),
      );
    expect((await badgeLines()).length).toBeGreaterThan(0);
    expect(new Set(await badgeLines())).toEqual(new Set([1]));
    await screenshot(ws.page, 'brief');
    const pdf = await ws.page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    // The print shows the brief only: no toolbar or search box is laid out. Laid out as on A4 (190 mm of
    // text width at 96 px per inch), the graph's node names print at 7 pt or more.
    await ws.page.setViewportSize({ width: Math.round((190 / 25.4) * 96), height: 1100 });
    await ws.page.emulateMedia({ media: 'print' });
    expect(await ws.el('search-input').isVisible()).toBe(false);
    expect(await ws.el('brief-graph').isVisible()).toBe(true);
    const printed = await ws.el('brief-graph').evaluate((img: HTMLImageElement) => {
      const widthPt = img.getBoundingClientRect().width * 0.75;
      return (Number(img.dataset.labelPx) * widthPt) / img.naturalWidth;
    });
    expect(printed).toBeGreaterThanOrEqual(7);
    expect(new Set(await badgeLines())).toEqual(new Set([1]));
  });
});
