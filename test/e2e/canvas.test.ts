import fs from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';
import { screenshot, useBrowser } from './browser.ts';
import { WorkspacePage } from './workspace-page.ts';

const browser = useBrowser();
const database = inject('e2eDatabase');
const driver = openDriver(database, { maxPoolSize: 2 });
afterAll(async () => {
  await driver.close();
});

async function signedIn(query = ''): Promise<WorkspacePage> {
  const ws = new WorkspacePage(await browser.page(), browser.baseUrl);
  await ws.open(query);
  await ws.signIn(browser.credentials.username, browser.credentials.password);
  await ws.settled();
  return ws;
}

/** Every relationship in the database between two of the ids, as `source-TYPE->target`. */
async function relationshipsAmong(ids: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id + "-" + type(r) + "->" + b.id AS key',
    { ids },
    { database: database.database },
  );
  return records.map((r) => r.get('key') as string).sort();
}

/** How far the middle of some nodes lies from an anchor node and from another node. */
function middleDistances(
  positions: Record<string, { x: number; y: number }>,
  ids: string[],
  anchorId: string,
  otherId: string,
): { toAnchor: number; toOther: number } {
  const middle = {
    x: ids.reduce((sum, id) => sum + positions[id]!.x, 0) / ids.length,
    y: ids.reduce((sum, id) => sum + positions[id]!.y, 0) / ids.length,
  };
  const from = (id: string) => Math.hypot(middle.x - positions[id]!.x, middle.y - positions[id]!.y);
  return { toAnchor: from(anchorId), toOther: from(otherId) };
}

describe('a correct canvas', () => {
  it('after expanding Mukhametkaliev and then Alenov, draws every relationship the database has among visible nodes', async () => {
    const ws = await signedIn();
    await ws.pick('Mukhametkaliev', 'person:mukhametkaliev');
    await ws.expand('person:mukhametkaliev');
    await ws.pick('Alenov', 'person:alenov');
    await ws.settled();
    await ws.expand('person:alenov');
    const ids = await ws.nodeIds();
    expect(ids).toEqual(expect.arrayContaining(['person:alenov', 'person:mukhametkaliev']));
    const expected = await relationshipsAmong(ids);
    // The meeting both attended: Alenov is no longer drawn apart from it.
    expect(expected).toContain('person:alenov-ATTENDED->meeting:dp-sko-2024-review');
    expect(await ws.drawnRelationships()).toEqual(expected);
    expect(await ws.overlappingNodes()).toEqual([]);
    await screenshot(ws.page, 'edges-among-visible');
  });

  it('expanding a node leaves what was drawn in place and puts the new neighbours around it, apart', async () => {
    const ws = await signedIn();
    await ws.pick('Mukhametkaliev', 'person:mukhametkaliev');
    await ws.expand('person:mukhametkaliev');
    await ws.pick('Alenov', 'person:alenov');
    await ws.settled();
    // Selected first: the selection's thicker border makes a box larger, which the overlap pass may act on.
    await ws.select(['person:alenov']);
    const before = await ws.positions();
    await ws.el('expand').click();
    await ws.settled();
    const after = await ws.positions();
    const added = Object.keys(after).filter((id) => !(id in before));
    expect(added.length).toBeGreaterThan(0);
    for (const [id, p] of Object.entries(before)) {
      expect(after[id]!.x, id).toBeCloseTo(p.x, 3);
      expect(after[id]!.y, id).toBeCloseTo(p.y, 3);
    }
    expect(await ws.overlappingNodes()).toEqual([]);
    // Around Alenov: the new neighbours sit on rings around him, so their middle is nearer to him than to
    // Mukhametkaliev. (Not each of them: when the picked Alenov lands next to Mukhametkaliev's neighbours, an
    // outer ring's cell on that side can be nearer to Mukhametkaliev.)
    const { toAnchor, toOther } = middleDistances(after, added, 'person:alenov', 'person:mukhametkaliev');
    expect(toAnchor).toBeLessThan(toOther);
  });

  it('places the new neighbours a filter hides too: clearing the filter shows them apart, around the node', async () => {
    const ws = await signedIn();
    await ws.pick('Mukhametkaliev', 'person:mukhametkaliev');
    await ws.expand('person:mukhametkaliev');
    await ws.pick('Alenov', 'person:alenov');
    await ws.settled();
    await ws.el('filter-label-Position').uncheck();
    await ws.settled();
    await ws.select(['person:alenov']);
    const before = await ws.positions();
    await ws.el('expand').click();
    await ws.settled();
    const after = await ws.positions();
    const added = Object.keys(after).filter((id) => !(id in before));
    const hiddenByFilter = await ws.page.evaluate(
      (ids) => ids.filter((id) => window.__opsgraph!.cy.$id(id).hasClass('filtered')),
      added,
    );
    expect(hiddenByFilter.length).toBeGreaterThan(0);
    await ws.el('filter-label-Position').check();
    await ws.settled();
    expect(await ws.nodeIds()).toEqual(expect.arrayContaining(hiddenByFilter));
    expect(await ws.overlappingNodes()).toEqual([]);
    // Placed around Alenov, not left where they were made: their middle is nearer to him than to
    // Mukhametkaliev (each one need not be, as in the test above).
    const { toAnchor, toOther } = middleDistances(
      after,
      hiddenByFilter,
      'person:alenov',
      'person:mukhametkaliev',
    );
    expect(toAnchor).toBeLessThan(toOther);
  });

  it('places two people picked from search apart, and undo and redo take the second back and forth', async () => {
    const ws = await signedIn();
    await ws.pick('Alenov', 'person:alenov');
    await ws.pick('Mukhametkaliev', 'person:mukhametkaliev');
    await ws.settled();
    expect(await ws.overlappingNodes()).toEqual([]);
    await ws.el('undo').click();
    await ws.settled();
    expect(await ws.nodeIds()).toEqual(['person:alenov']);
    await ws.el('redo').click();
    await ws.settled();
    expect((await ws.nodeIds()).sort()).toEqual(['person:alenov', 'person:mukhametkaliev']);
  });

  it('shows the full name and type of a node on hover', async () => {
    const ws = await signedIn('?view=chain&focus=directive:precursor-imports&layout=dagre&lang=ru');
    await ws.waitForNode('position:mvd-first-deputy-minister');
    await ws.settled();
    const caption = await ws.page.evaluate(
      () => window.__opsgraph!.cy.$id('position:mvd-first-deputy-minister').data('short') as string,
    );
    expect(caption).toContain('…');
    await ws.hover('position:mvd-first-deputy-minister');
    await expect
      .poll(() => ws.el('tooltip').textContent())
      .toContain('Первый заместитель министра внутренних дел Республики Казахстан');
    expect(await ws.el('tooltip').textContent()).toContain('Должность');
  });

  it('asks the server for its limit: the expansion cap cannot exceed it', async () => {
    const ws = await signedIn();
    const limit = await ws.page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${sessionStorage.getItem('opsgraph.token')}`,
        },
        body: JSON.stringify({ query: '{ viewLimits { neighborhoodNodes } }' }),
      });
      return ((await response.json()) as { data: { viewLimits: { neighborhoodNodes: number } } }).data
        .viewLimits.neighborhoodNodes;
    });
    await expect.poll(() => ws.el('cap').getAttribute('max')).toBe(String(limit));
    await ws.el('cap').fill(String(limit * 10));
    await ws.el('cap').dispatchEvent('change');
    await expect.poll(() => ws.el('cap').inputValue()).toBe(String(limit));
  });
});

describe('the map', () => {
  it('draws the 20 units, cities at their places, regions apart from them, the lane beside it, and no overlaps', async () => {
    const ws = await signedIn('?view=supply&focus=region:north-kazakhstan&layout=geo&lang=ru');
    await ws.waitForNode('city:almaty');
    await ws.settled();
    expect(await ws.el('outline').getAttribute('data-units')).toBe('20');
    expect(await ws.page.locator('[data-test="outline"] path.unit').count()).toBe(20);
    expect(await ws.el('map-attribution').textContent()).toMatch(/CC BY 4\.0/);
    expect(await ws.overlappingNodes()).toEqual([]);
    const [city, region] = await Promise.all([ws.position('city:astana'), ws.position('region:astana')]);
    expect(Math.hypot(city.x - region.x, city.y - region.y)).toBeGreaterThan(10);
    // Flows from the origin cities to the destination region carry the channel count.
    const flows = await ws.page.evaluate(() =>
      window
        .__opsgraph!.cy.edges('.flow')
        .map((e) => [e.data('source'), e.data('target'), e.data('caption')]),
    );
    expect(flows.map(([source]) => source).sort()).toEqual(['city:almaty', 'city:astana', 'city:kokshetau']);
    expect(
      flows.every(([, target, caption]) => target === 'region:north-kazakhstan' && /8/.test(caption)),
    ).toBe(true);
    expect(await ws.el('edge-legend-flow').isVisible()).toBe(true);
    // Non-geographic nodes (the channel, bodies, seizures) are in a lane right of every place on the map.
    const lane = await ws.page.evaluate(() => {
      const { cy } = window.__opsgraph!;
      const east = Math.max(...cy.nodes('[label = "City"], [label = "Region"]').map((n) => n.position().x));
      return cy
        .nodes('[label = "Agency"], [label = "Seizure"], [label = "SupplyChannel"]')
        .map((n) => n.position().x)
        .every((x) => x > east);
    });
    expect(lane).toBe(true);
    // Zoomed to fit on open: the whole country is in view.
    const extent = await ws.page.evaluate(() => window.__opsgraph!.cy.extent());
    expect(extent.x1).toBeLessThan(-800);
    expect(extent.x2).toBeGreaterThan(800);
    await screenshot(ws.page, 'supply-map');
  });

  it('exports the map view as a PNG with the map, a title and a legend', async () => {
    const ws = await signedIn('?view=supply&focus=region:north-kazakhstan&layout=geo&lang=ru');
    await ws.waitForNode('city:almaty');
    await ws.settled();
    const file = await (await ws.download('export-png')).path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // Count pixels of the map's fill and of the title's dark text in the image, in the page itself.
    const counts = await ws.page.evaluate(async (base64) => {
      // Decoded here rather than fetched as a data: URL, which the workspace's CSP (connect-src 'self') refuses.
      const png = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([png], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      let map = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i] === 238 && data[i + 1] === 243 && data[i + 2] === 238) map++;
      const title = ctx.getImageData(0, 0, Math.min(600, image.width), 70).data;
      let dark = 0;
      for (let i = 0; i < title.length; i += 4) if (title[i]! < 80 && title[i + 1]! < 80) dark++;
      return { map, dark, width: image.width };
    }, bytes.toString('base64'));
    expect(counts.map).toBeGreaterThan(50_000);
    expect(counts.dark).toBeGreaterThan(200);
  });
});

describe('tools', () => {
  it('selects the nodes inside a lasso loop', async () => {
    const ws = await signedIn('?view=chain&focus=directive:precursor-imports&layout=dagre&lang=ru');
    await ws.waitForNode('person:alenov');
    await ws.settled();
    const targets = ['agency:customs-bodies', 'agency:knb-north-kazakhstan'];
    const points = await Promise.all(targets.map((id) => ws.position(id)));
    await ws.el('lasso').click();
    expect(await ws.el('lasso-surface').getAttribute('data-active')).toBe('true');
    await ws.lassoAround(points);
    const expected = await ws.page.evaluate(
      ([[x1, x2], [y1, y2]]) =>
        window
          .__opsgraph!.cy.nodes(':visible')
          .filter((n) => {
            const p = n.renderedPosition();
            return p.x >= x1! && p.x <= x2! && p.y >= y1! && p.y <= y2!;
          })
          .map((n) => n.id())
          .sort(),
      [
        [Math.min(...points.map((p) => p.x)) - 24, Math.max(...points.map((p) => p.x)) + 24],
        [Math.min(...points.map((p) => p.y)) - 24, Math.max(...points.map((p) => p.y)) + 24],
      ] as [[number, number], [number, number]],
    );
    expect(expected).toEqual(expect.arrayContaining(targets));
    await expect.poll(() => ws.selectedIds()).toEqual(expected);
    await ws.page.keyboard.press('Escape');
    expect(await ws.el('lasso-surface').getAttribute('data-active')).toBe('false');
  });

  it('colours nodes by a numeric property with a styling rule', async () => {
    const ws = await signedIn('?view=supply&focus=region:north-kazakhstan&layout=fcose&lang=ru');
    await ws.waitForNode('city:almaty');
    await ws.settled();
    await expect.poll(() => ws.el('rule-property').locator('option[value="amountKg"]').count()).toBe(1);
    await ws.el('rule-property').selectOption('amountKg');
    const colours = await ws.page.evaluate(() =>
      window
        .__opsgraph!.cy.nodes('.rule-color')
        .map((n) => [n.data('props').amountKg, n.style('background-color')]),
    );
    expect(colours).toHaveLength(2);
    expect(colours[0]![1]).not.toBe(colours[1]![1]);
    expect(await ws.el('rule-scale').textContent()).toMatch(/8.*770/);
  });

  it('exports GraphML with real properties, and says so when there is nothing to export', async () => {
    const ws = await signedIn('?view=supply&focus=region:north-kazakhstan&layout=geo&lang=ru');
    await ws.waitForNode('city:almaty');
    await ws.settled();
    const xml = fs.readFileSync(await (await ws.download('export-graphml')).path(), 'utf8');
    expect(xml).not.toContain('[object Object]');
    expect(xml).toMatch(/<data key="node_amountKg">770<\/data>/);
    await ws.el('clear').click();
    await ws.settled();
    await ws.el('export-png').click();
    await expect.poll(() => ws.el('status').textContent()).toMatch(/Нечего экспортировать/);
    expect(await ws.el('status').getAttribute('data-state')).not.toBe('error');
  });

  it('keeps the workspace usable after a bad link, with a banner saying what failed', async () => {
    const ws = await signedIn('?view=supply&focus=region:atlantis&layout=geo&lang=ru');
    await ws.el('link-error').waitFor();
    expect(await ws.el('link-error').textContent()).toContain('region:atlantis');
    await ws.pick('Alenov', 'person:alenov');
    await ws.settled();
    expect(await ws.nodeIds()).toEqual(['person:alenov']);
    await ws.el('link-error-close').click();
    expect(await ws.el('link-error').count()).toBe(0);
  });
});

describe('nothing lost', () => {
  it('a reload brings back expanded and hidden nodes and their positions', async () => {
    const ws = await signedIn();
    await ws.pick('Alenov', 'person:alenov');
    await ws.expand('person:alenov');
    await ws.select(['position:mvd-first-deputy-minister']);
    await ws.el('hide').click();
    await ws.settled();
    const before = await ws.page.evaluate(() =>
      window.__opsgraph!.cy.nodes().map((n) => [n.id(), n.hasClass('hidden'), Math.round(n.position().x)]),
    );
    await ws.page.reload();
    await ws.waitForNode('person:alenov');
    await ws.settled();
    const after = await ws.page.evaluate(() =>
      window.__opsgraph!.cy.nodes().map((n) => [n.id(), n.hasClass('hidden'), Math.round(n.position().x)]),
    );
    expect(after.sort()).toEqual(before.sort());
  });

  it('an expired session keeps the working set and restores it after sign-in', async () => {
    const ws = await signedIn();
    await ws.pick('Mukhametkaliev', 'person:mukhametkaliev');
    await ws.expand('person:mukhametkaliev');
    const before = (await ws.nodeIds()).sort();
    expect(before.length).toBeGreaterThan(3);
    // The token stops being valid (as after its expiry); the next request is refused.
    await ws.page.evaluate(() => sessionStorage.setItem('opsgraph.token', 'expired.token.value'));
    await ws.el('expand').click();
    await ws.el('login-notice').waitFor();
    await ws.signIn(browser.credentials.username, browser.credentials.password);
    await ws.waitForNode('person:mukhametkaliev');
    await ws.settled();
    expect((await ws.nodeIds()).sort()).toEqual(before);
    expect(await ws.el('restored').textContent()).toMatch(/Восстановлен/);
  });
});
