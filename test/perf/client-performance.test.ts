import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';
import { screenshot, useBrowser } from '../e2e/browser.ts';
import { WorkspacePage } from '../e2e/workspace-page.ts';

const browser = useBrowser();

// A test fixture of invented bodies: a hub with 100 neighbours, for the expansion measurement.
const HUB = 'agency:perf-fixture-hub';
const EXPAND_SAMPLES = 5;
const FIXTURE = `MERGE (hub:Agency:Entity {id: $hub})
  SET hub.name = 'Тестовый узел (фикстура)', hub.nameEn = 'Test fixture hub', hub.aliases = []
  WITH hub UNWIND range(1, 100) AS i
  MERGE (a:Agency:Entity {id: 'agency:perf-fixture-' + i})
  SET a.name = 'Тестовый орган ' + i, a.nameEn = 'Test fixture body ' + i, a.aliases = []
  MERGE (a)-[:PART_OF]->(hub)`;
const CLEAN = `MATCH (n:Agency) WHERE n.id STARTS WITH 'agency:perf-fixture-' DETACH DELETE n`;

async function onDatabase(statement: string): Promise<void> {
  const db = inject('e2eDatabase');
  const driver = openDriver(db, { maxPoolSize: 1 });
  try {
    await driver.executeQuery(statement, { hub: HUB }, { database: db.database });
  } finally {
    await driver.close();
  }
}

beforeAll(() => onDatabase(FIXTURE));
afterAll(() => onDatabase(CLEAN));

/** A synthetic graph of `nodes` nodes and as many edges (a ring plus random chords), spread on a grid. */
function syntheticElements(nodes: number): object[] {
  const labels = ['Person', 'Position', 'Agency', 'Region', 'City', 'SupplyChannel', 'Seizure', 'Directive'];
  const elements: object[] = [];
  const side = Math.ceil(Math.sqrt(nodes));
  for (let i = 0; i < nodes; i++) {
    elements.push({
      group: 'nodes',
      data: {
        id: `n${i}`,
        label: labels[i % labels.length],
        caption: `Node ${i}`,
        short: `Node ${i}`,
        name: `Node ${i}`,
        year: null,
      },
      position: { x: (i % side) * 90, y: Math.floor(i / side) * 90 },
    });
  }
  for (let i = 0; i < nodes; i++) {
    const target = i % 2 ? (i + 1) % nodes : (i * 7919) % nodes;
    elements.push({
      group: 'edges',
      data: {
        id: `e${i}`,
        source: `n${i}`,
        target: `n${target === i ? (i + 1) % nodes : target}`,
        type: 'PART_OF',
        caption: 'part of',
        inferred: false,
      },
    });
  }
  return elements;
}

describe('performance in headless Chromium', () => {
  it('measures load → first drawn graph', async () => {
    const ws = new WorkspacePage(await browser.page(), browser.baseUrl);
    await ws.open();
    await ws.signIn(browser.credentials.username, browser.credentials.password);
    // A fresh navigation with the token already in the session: what a shared deep link costs.
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      await ws.open('?view=explore&focus=person:alenov&layout=fcose');
      samples.push(await ws.page.evaluate(() => window.__opsgraph!.firstGraph));
    }
    const median = samples.sort((a, b) => a - b)[1]!;
    console.log(
      `[measure] load → first drawn graph: ${median.toFixed(0)} ms (median of ${samples.map((s) => s.toFixed(0)).join(', ')})`,
    );
    expect(median).toBeLessThan(10_000);
  });

  it('measures the main bundle, gzipped', () => {
    const assets = path.resolve('client/dist/assets');
    const main = fs.readdirSync(assets).find((f) => /^main-.*\.js$/.test(f))!;
    const kb = gzipSync(fs.readFileSync(path.join(assets, main))).length / 1024;
    console.log(`[measure] main bundle: ${kb.toFixed(1)} KB gzipped (${main}); the budget is 216 KB`);
    expect(kb).toBeGreaterThan(10);
  });

  it('measures expanding a node with 100 neighbours, to settled', async () => {
    // Several fresh pages, so one noisy moment on a shared machine does not make the figure. Two clocks: the
    // harness's (before the click is sent → after it sees `data-busy` false, including the driver's round
    // trips) and the page's own (the click event → the moment `data-busy` turns false). The client's
    // `expand:*` marks and the requests' server waits say where the time goes.
    const outer: number[] = [];
    const inner: number[] = [];
    const phases = new Map<string, number[]>();
    const waits = new Map<string, number[]>();
    const push = (map: Map<string, number[]>, key: string, value: number) =>
      map.set(key, [...(map.get(key) ?? []), value]);
    for (let i = 0; i < EXPAND_SAMPLES; i++) {
      const ws = new WorkspacePage(await browser.page(), browser.baseUrl);
      await ws.open('?view=explore&focus=agency:perf-fixture-1');
      await ws.signIn(browser.credentials.username, browser.credentials.password);
      await ws.waitForNode(HUB);
      await ws.settled();
      await ws.select([HUB]);
      await ws.page.evaluate(() => {
        const timing = { click: 0, settled: 0 };
        Object.assign(window, { __expandTiming: timing });
        const root = document.querySelector<HTMLElement>('[data-test="workspace"]')!;
        document
          .querySelector('[data-test="expand"]')!
          .addEventListener('click', (e) => (timing.click = e.timeStamp), { capture: true, once: true });
        new MutationObserver(() => {
          if (root.dataset.busy === 'false') timing.settled = performance.now();
        }).observe(root, { attributes: true, attributeFilter: ['data-busy'] });
      });
      ws.page.on('requestfinished', (request) => {
        const operation = /(?:query|mutation) (\w+)/.exec(request.postData() ?? '')?.[1];
        const t = request.timing();
        if (operation) push(waits, operation, t.responseStart - t.requestStart);
      });
      const t0 = await ws.page.evaluate(() => performance.now());
      await ws.el('expand').click();
      await ws.page.waitForFunction(() => window.__opsgraph!.cy.nodes().length >= 101);
      await ws.settled();
      const t1 = await ws.page.evaluate(() => performance.now());
      expect(await ws.page.evaluate(() => window.__opsgraph!.cy.nodes().length)).toBe(101);
      const { click, settled, marks } = await ws.page.evaluate(() => {
        const timing = (window as unknown as { __expandTiming: { click: number; settled: number } })
          .__expandTiming;
        const marks = performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('expand:') && m.startTime >= timing.click)
          .map((m) => [m.name.slice('expand:'.length), m.startTime] as const);
        return { ...timing, marks };
      });
      expect(click).toBeGreaterThan(0);
      expect(settled).toBeGreaterThan(click);
      outer.push(t1 - t0);
      inner.push(settled - click);
      for (const [name, at] of marks) push(phases, name, at - click);
      if (i === EXPAND_SAMPLES - 1) await screenshot(ws.page, 'expand-100');
      await ws.page.context().close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    const medians = (map: Map<string, number[]>) =>
      [...map].map(([name, xs]) => `${name} ${median(xs).toFixed(0)}`).join(', ');
    console.log(
      `[measure] expanding a node with 100 neighbours: ${median(inner).toFixed(0)} ms from the click to settled ` +
        `(median of ${list(inner)}); ${median(outer).toFixed(0)} ms as the test driver sees it (${list(outer)})`,
    );
    console.log(
      `[measure] expansion phases, median ms after the click: ${medians(phases)}, settled ${median(inner).toFixed(0)}`,
    );
    console.log(`[measure] server wait per request, median ms: ${medians(waits)}`);
  });

  it('measures frames per second while panning 5,000 elements', async () => {
    const ws = new WorkspacePage(await browser.page(), browser.baseUrl);
    await ws.open();
    await ws.signIn(browser.credentials.username, browser.credentials.password);
    const count = await ws.page.evaluate((elements) => {
      const { cy } = window.__opsgraph!;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements as never);
      });
      cy.fit(undefined, 20);
      cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: 400, y: 300 } });
      return cy.elements().length;
    }, syntheticElements(2500));
    expect(count).toBe(5000);
    await ws.page.waitForTimeout(500);
    // Grab the background between four nodes, so the drag pans instead of moving a node.
    const box = (await ws.el('canvas').boundingBox())!;
    const free = await ws.page.evaluate(() => {
      const { cy } = window.__opsgraph!;
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      let best = { x: 0, y: 0 };
      let distance = Infinity;
      cy.nodes().forEach((n) => {
        const p = n.renderedPosition();
        const d = Math.hypot(p.x - centre.x, p.y - centre.y);
        if (d < distance) [best, distance] = [p, d];
      });
      const half = (90 * cy.zoom()) / 2;
      return { x: best.x + half, y: best.y + half };
    });
    const cx = box.x + free.x;
    const cy = box.y + free.y;
    await ws.page.evaluate(() => {
      const w = window as unknown as { __frames: number; __counting: boolean; __t0: number; __pans: number };
      w.__pans = 0;
      window.__opsgraph!.cy.on('pan', () => void w.__pans++);
      w.__frames = 0;
      w.__counting = true;
      w.__t0 = performance.now();
      const tick = () => {
        if (!w.__counting) return;
        w.__frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // A three-second drag on the background, back and forth, like an investigator scanning the graph.
    await ws.page.mouse.move(cx, cy);
    await ws.page.mouse.down();
    for (let i = 0; i < 180; i++) {
      const phase = (i / 180) * 2 * Math.PI;
      await ws.page.mouse.move(cx + 250 * Math.sin(phase), cy + 120 * Math.sin(2 * phase));
      await ws.page.waitForTimeout(16);
    }
    await ws.page.mouse.up();
    const { fps, pans } = await ws.page.evaluate(() => {
      const w = window as unknown as { __frames: number; __counting: boolean; __t0: number; __pans: number };
      w.__counting = false;
      return { fps: (w.__frames * 1000) / (performance.now() - w.__t0), pans: w.__pans };
    });
    console.log(`[measure] panning 5,000 elements: ${fps.toFixed(1)} frames per second (${pans} pan events)`);
    // The drag really panned the canvas (not a box selection or a no-op).
    expect(pans).toBeGreaterThan(100);
    await screenshot(ws.page, 'synthetic-5000');
    expect(fps).toBeGreaterThan(10);
  });
});
