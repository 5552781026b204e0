import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium (`apt-get install chromium`); Playwright's own browser builds are never downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const SCREENSHOTS = path.resolve('test/e2e/screenshots');

/** Launches one headless Chromium for a test file and gives each test a fresh page (fresh sessionStorage). */
export function useBrowser(): {
  page(): Promise<Page>;
  baseUrl: string;
  credentials: { username: string; password: string };
} {
  const { baseUrl, username, password } = inject('e2e');
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl,
    credentials: { username, password },
    async page() {
      const context = await browser!.newContext({
        viewport: { width: 1400, height: 860 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      // Playwright's 30 s default is tight beside a second test run on a loaded 2-core machine.
      page.setDefaultTimeout(60_000);
      page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
      return page;
    },
  };
}

/** Saves a screenshot under test/e2e/screenshots/ (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
