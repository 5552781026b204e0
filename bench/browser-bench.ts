import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { Slice } from '../client/src/graph/graph-types.ts';
import type { BenchApi } from './browser/bench-page.ts';
import { metric, type Metric } from './metrics.ts';
import { quantile } from './stats.ts';

const pageDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'browser');
const ORIGIN = 'http://bench.invalid';
const CHROMIUM = '/usr/bin/chromium';
// Exactly these flags (the project's browser contract); Playwright adds its own pipe flags on top.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface RenderSlices {
  fcose1000: Slice;
  fcose5000: Slice;
  elements2000: Slice;
  elements5000: Slice;
  elements10000: Slice;
}

/** B8 and B9 in headless Chromium on slices of the imported graph, drawn by the client's own set-up. */
export async function browserBench(slices: RenderSlices, outDir: string): Promise<Metric[]> {
  await build({
    root: pageDir,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The page is served from the build folder through request interception: no port, no file:// CORS.
    await page.route(`${ORIGIN}/**`, async (route) => {
      const file = path.join(outDir, new URL(route.request().url()).pathname);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/html';
      await route.fulfill({ body: await fs.readFile(file), contentType: type });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForSelector('body[data-bench-ready="true"]');
    type Call = { [K in keyof BenchApi]: [K, Parameters<BenchApi[K]>] }[keyof BenchApi];
    const call = (...[name, args]: Call) =>
      page.evaluate(
        ([n, a]) =>
          (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<number>> }).bench[n]!(
            ...a,
          ),
        [name, args] as [string, unknown[]],
      );
    const median = async (runs: number, run: () => Promise<number>) => {
      const values: number[] = [];
      for (let i = 0; i < runs; i++) values.push(await run());
      return quantile(values, 0.5);
    };
    const size = (s: Slice) => `${s.nodes.length} nodes + ${s.edges.length} edges`;
    return [
      metric(
        'B8-fcose-1000-ms',
        await median(3, () => call('fcose', [slices.fcose1000])),
        'ms',
        '<= 2000',
        `${size(slices.fcose1000)}, median of 3`,
      ),
      metric(
        'B8-fcose-5000-ms',
        await call('fcose', [slices.fcose5000]),
        'ms',
        null,
        `${size(slices.fcose5000)}, one run`,
      ),
      metric(
        'B9-first-frame-5000-ms',
        await median(3, () => call('firstFrame', [slices.elements5000])),
        'ms',
        null,
        `${size(slices.elements5000)}, positions given (layout is B8), median of 3`,
      ),
      metric(
        'B9-fps-2000',
        await call('panFps', [slices.elements2000, 5]),
        'fps',
        '>= 30',
        `${size(slices.elements2000)}, 5 s of continuous panning`,
      ),
      metric(
        'B9-fps-10000',
        await call('panFps', [slices.elements10000, 5]),
        'fps',
        null,
        `${size(slices.elements10000)}, 5 s of continuous panning`,
      ),
    ];
  } finally {
    await browser.close();
  }
}
