import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './browser.ts';
import { WorkspacePage } from './workspace-page.ts';

const browser = useBrowser();

const FORMER = 'person:alenov|HOLDS|position:dp-almaty-region-head';
const CURRENT = 'person:alenov|HOLDS|position:mvd-first-deputy-minister';
// Not time-bound: never faded by a range.
const TIMELESS = 'directive:precursor-imports|COOPERATES_WITH|agency:customs-bodies';

describe('the time bar', () => {
  it('fits the view into the canvas above the bar, and the bar appearing moves nothing', async () => {
    const ws = new WorkspacePage(await browser.page(), browser.baseUrl);
    await ws.open('?view=chain&focus=directive:precursor-imports');
    await ws.signIn(browser.credentials.username, browser.credentials.password);
    await ws.waitForNode('position:dp-almaty-region-head');
    await ws.settled();
    await ws.el('timebar-svg').waitFor();
    const fitted = await ws.viewport();
    const bar = (await ws.el('timebar').boundingBox())!;
    const canvas = (await ws.el('canvas').boundingBox())!;
    expect(await ws.nodesBelow(bar.y)).toEqual([]);
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(bar.y);
    // The bar's drawing arrives after the fit (its code is a lazy chunk): it must not change pan or zoom.
    await ws.settled();
    expect(await ws.viewport()).toEqual(fitted);
  });

  it('excludes the former post from a range after it ended, and the link keeps the range', async () => {
    const ws = new WorkspacePage(await browser.page(), browser.baseUrl);
    await ws.open('?view=chain&focus=directive:precursor-imports&t=2025');
    await ws.signIn(browser.credentials.username, browser.credentials.password);
    await ws.waitForNode('position:dp-almaty-region-head');
    await ws.settled();
    const faded = (id: string) =>
      ws.page.evaluate((edgeId) => window.__opsgraph!.cy.$id(edgeId).hasClass('out-of-time'), id);
    await expect.poll(() => faded(FORMER)).toBe(true);
    expect(await faded(CURRENT)).toBe(false);
    expect(await faded(TIMELESS)).toBe(false);
    expect(await ws.el('timebar-range').textContent()).toBe('2025');
    expect(await ws.el('timebar-svg').locator('.timebar-bin').count()).toBeGreaterThanOrEqual(1);
    await screenshot(ws.page, 'time-bar');
    // Clearing the range brings the former post back and takes the range out of the link.
    await ws.el('timebar-clear').click();
    await expect.poll(() => faded(FORMER)).toBe(false);
    expect(ws.page.url()).not.toMatch(/[?&]t=/);
    // Dragging across the bar sets a range, which the link keeps.
    const box = (await ws.el('timebar-svg').boundingBox())!;
    await ws.page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await ws.page.mouse.down();
    await ws.page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await ws.page.mouse.up();
    await expect.poll(() => ws.page.url()).toMatch(/[?&]t=\d{4}-\d{2}\.\.\d{4}-\d{2}/);
  });
});
