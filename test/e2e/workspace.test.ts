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

describe('investigator workspace', () => {
  it('signs in, and refuses a wrong password with a message', async () => {
    const ws = new WorkspacePage(await browser.page(), browser.baseUrl);
    await ws.open();
    await ws.el('login-username').fill(browser.credentials.username);
    await ws.el('login-password').fill('wrong-password');
    await ws.el('login-submit').click();
    await expect.poll(() => ws.el('login-error').textContent()).toMatch(/Неверное|Wrong/);
    await ws.signIn(browser.credentials.username, browser.credentials.password);
    expect(await ws.el('empty').isVisible()).toBe(true);
    await screenshot(ws.page, 'sign-in');
  });

  it('searches "Alenov" in Latin and Cyrillic, suggestions grouped by type', async () => {
    const ws = await signedIn();
    const latin = await ws.search('Alenov');
    await expect.poll(() => latin.first().getAttribute('data-id')).toBe('person:alenov');
    expect(await ws.el('search-group-Person').isVisible()).toBe(true);
    await screenshot(ws.page, 'search-alenov');
    const cyrillic = await ws.search('Аленов');
    await expect
      .poll(async () => await cyrillic.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))))
      .toContain('person:alenov');
  });

  it('expands a node with Enter and shows its details in both languages', async () => {
    const ws = await signedIn();
    await ws.pick('Alenov', 'person:alenov');
    await ws.page.locator('body').press('Enter');
    await expect.poll(() => ws.nodeIds().then((ids) => ids.length)).toBeGreaterThan(3);
    await ws.settled();
    expect(await ws.nodeIds()).toContain('position:mvd-first-deputy-minister');
    await ws.select(['person:alenov']);
    await expect.poll(() => ws.el('details-node').textContent()).toContain('Bauyrzhan Alenov');
    expect(await ws.el('details-node').textContent()).toContain('Бауыржан Аленов');
    await ws.el('lang-toggle').click();
    await expect
      .poll(() => ws.page.evaluate(() => window.__opsgraph!.cy.$id('person:alenov').data('caption')))
      .toBe('Bauyrzhan Alenov');
    await screenshot(ws.page, 'expand-alenov');
  });

  it('opens the responsibility chain of a directive and reads a quote inside its source', async () => {
    const ws = await signedIn();
    await ws.pick('прекурсор', 'directive:precursor-imports');
    await ws.el('view-chain').click();
    await ws.el('chain-panel').waitFor();
    await ws.settled();
    const steps = ws.el('chain-step');
    expect(await steps.count()).toBeGreaterThan(2);
    expect(await ws.el('chain-panel').textContent()).toMatch(/Аленов/);
    const withQuote = ws.page.locator('[data-test="chain-step"][data-type="COOPERATES_WITH"]').first();
    await withQuote.locator('button').click();
    const quote = (await ws.el('evidence-quote').textContent())!;
    await expect.poll(() => ws.el('evidence-highlight').textContent()).toBe(quote);
    expect(await ws.el('source-text').textContent()).toContain(
      'Совместно с территориальным департаментом КНБ',
    );
    expect(ws.page.url()).toContain('view=chain');
    await screenshot(ws.page, 'responsibility-chain');
  });

  it('opens the supply network of North Kazakhstan Region on the map', async () => {
    const ws = await signedIn();
    await ws.pick('Северо-Казахстанская', 'region:north-kazakhstan');
    await ws.el('view-supply').click();
    await ws.waitForNode('city:almaty');
    await ws.settled();
    const ids = await ws.nodeIds();
    expect(ids).toEqual(expect.arrayContaining(['city:kokshetau', 'city:astana', 'city:almaty']));
    expect(await ws.el('outline').getAttribute('data-visible')).toBe('true');
    const [kokshetau, astana, almaty] = await Promise.all(
      ['city:kokshetau', 'city:astana', 'city:almaty'].map((id) => ws.position(id)),
    );
    // North up, east right: Kokshetau is north-west of Astana, Almaty far south-east.
    expect(kokshetau!.x).toBeLessThan(astana!.x);
    expect(kokshetau!.y).toBeLessThan(astana!.y);
    expect(almaty!.x).toBeGreaterThan(astana!.x);
    expect(almaty!.y).toBeGreaterThan(astana!.y);
    expect(ws.page.url()).toContain('layout=geo');
    // Every one of the 20 units is named: by its marker's caption or by the map's own, none covering
    // another and all inside the canvas at zoom-to-fit.
    const captions = await ws.page.evaluate(() => {
      const canvas = document.querySelector('[data-test="outline"]')!.getBoundingClientRect();
      return [...document.querySelectorAll<SVGTextElement>('[data-test="unit-captions"] text')].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          iso: t.dataset.iso!,
          text: t.textContent!,
          box: { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom },
          inside:
            r.left >= canvas.left &&
            r.right <= canvas.right &&
            r.top >= canvas.top &&
            r.bottom <= canvas.bottom,
        };
      });
    });
    const marked = await ws.page.evaluate(() =>
      window.__opsgraph!.cy.nodes('[label = "Region"]').map((n) => String(n.data('props')?.iso)),
    );
    expect(new Set([...captions.map((c) => c.iso), ...marked]).size).toBe(20);
    expect(captions.map((c) => c.text).join(' ')).toMatch(/Костанайская.*обл\./);
    expect(captions.filter((c) => !c.inside)).toEqual([]);
    const covering = captions.flatMap((a, i) =>
      captions
        .slice(i + 1)
        .filter(
          (b) => a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2,
        )
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(covering).toEqual([]);
    // The flows' counts («8 каналов») give way to the markers and their captions, and the units' names to
    // the counts: none covers another.
    const drawn = await ws.page.evaluate(() => {
      const { cy } = window.__opsgraph!;
      const frame = cy.container()!.getBoundingClientRect();
      const page = (b: { x1: number; y1: number; x2: number; y2: number }) => ({
        x1: frame.left + b.x1,
        y1: frame.top + b.y1,
        x2: frame.left + b.x2,
        y2: frame.top + b.y2,
      });
      return {
        counts: cy
          .edges('.flow')
          .map((e) =>
            page(e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })),
          ),
        nodes: cy
          .nodes(':visible')
          .map((n) => ({ id: n.id(), box: page(n.renderedBoundingBox({ includeLabels: true })) })),
      };
    });
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const meet = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    expect(drawn.counts.length).toBeGreaterThan(0);
    expect(captions.filter((c) => drawn.counts.some((b) => meet(c.box, b))).map((c) => c.text)).toEqual([]);
    expect(drawn.nodes.filter((n) => drawn.counts.some((b) => meet(n.box, b))).map((n) => n.id)).toEqual([]);
    // The tooltip of a region marker leaves its caption readable: it sits above the marker.
    await ws.select(['region:north-kazakhstan']);
    await expect.poll(() => ws.el('tooltip').getAttribute('data-id')).toBe('region:north-kazakhstan');
    const tipBottom = await ws.el('tooltip').evaluate((t) => t.getBoundingClientRect().bottom);
    const markerTop = await ws.page.evaluate(() => {
      const { cy } = window.__opsgraph!;
      const canvas = cy.container()!.getBoundingClientRect();
      return canvas.top + cy.$id('region:north-kazakhstan').renderedBoundingBox({ includeLabels: false }).y1;
    });
    expect(tipBottom).toBeLessThanOrEqual(markerTop);
    await screenshot(ws.page, 'supply-network');
  });

  it("shows a node's references as citations, and its English notes folded", async () => {
    const ws = await signedIn('?view=chain&focus=directive:precursor-imports');
    await ws.el('chain-panel').waitFor();
    await ws.settled();
    await ws.select(['person:alenov']);
    await ws.el('details-node').waitFor();
    await expect.poll(() => ws.el('node-citation').count()).toBeGreaterThan(0);
    const citations = await ws.el('node-citation').allTextContents();
    expect(citations.join(' ')).toMatch(/^\[\d+\] \S/);
    expect(citations.join(' ')).not.toContain('shared/reference');
    const note = ws.el('other-lang').first();
    expect(await note.locator('summary').textContent()).toBe('примечание (англ.)');
    expect(await note.locator('span').getAttribute('lang')).toBe('en');
    // No value widens the panel past its column.
    const overflow = await ws
      .el('details')
      .evaluate((panel) => panel.parentElement!.scrollWidth - panel.parentElement!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('restores a view from a deep link', async () => {
    const ws = await signedIn('?view=supply&focus=region:north-kazakhstan&layout=geo&lang=en');
    await ws.waitForNode('city:kokshetau');
    expect(await ws.el('view-supply').textContent()).toBe('Supply network');
  });

  it('asks no details query after a whole view: its answer carries the properties and aliases', async () => {
    const page = await browser.page();
    const detailsQueries: string[] = [];
    page.on('request', (request) => {
      if (/query EntityDetails\b/.test(request.postData() ?? '')) detailsQueries.push(request.url());
    });
    const ws = new WorkspacePage(page, browser.baseUrl);
    await ws.open('?view=chain&focus=directive:precursor-imports');
    await ws.signIn(browser.credentials.username, browser.credentials.password);
    await ws.waitForNode('person:alenov');
    await ws.settled();
    await ws.select(['person:alenov']);
    await ws.el('details-node').waitFor();
    await ws.settled();
    // The aliases and the seed's notes came with the view.
    expect(await ws.el('details-node').textContent()).toContain('Baurzhan Alenov');
    expect(await ws.el('other-lang').count()).toBeGreaterThan(0);
    expect(detailsQueries).toEqual([]);
  });

  it('finds the path between the two named officials', async () => {
    const ws = await signedIn();
    await ws.pick('Alenov', 'person:alenov');
    await ws.pick('Mukhametkaliev', 'person:mukhametkaliev');
    await ws.select(['person:alenov', 'person:mukhametkaliev']);
    await ws.el('view-path').click();
    await expect.poll(() => ws.page.url()).toContain('view=path');
    await ws.settled();
    const ids = await ws.nodeIds();
    expect(ids).toEqual(expect.arrayContaining(['person:alenov', 'person:mukhametkaliev']));
    expect(await ws.page.evaluate(() => window.__opsgraph!.cy.edges().length)).toBe(ids.length - 1);
    // Path labels (the two names side by side) no longer overlap.
    expect(await ws.overlappingNodes()).toEqual([]);
    await screenshot(ws.page, 'path-between');
  });

  it('refuses an expansion above the cap with a clear message', async () => {
    const ws = await signedIn();
    await ws.pick('Северо-Казахстанская', 'region:north-kazakhstan');
    await ws.el('cap').fill('1');
    await ws.el('cap').dispatchEvent('change');
    await ws.el('expand').click();
    await expect.poll(() => ws.el('status').getAttribute('data-state')).toBe('cap');
    expect(await ws.el('status').textContent()).toMatch(/лимит|limit/i);
  });

  it('exports the view as PNG', async () => {
    const ws = await signedIn();
    await ws.pick('Alenov', 'person:alenov');
    await ws.page.locator('body').press('Enter');
    await ws.settled();
    const download = await ws.download('export-png');
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await screenshot(ws.page, 'export-png');
  });
});
