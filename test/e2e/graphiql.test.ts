import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './browser.ts';
import { WorkspacePage } from './workspace-page.ts';

const browser = useBrowser();

describe('GraphiQL for developers (offline, bundled with the client)', () => {
  it('runs a named query with the token of the signed-in workspace', async () => {
    const ws = new WorkspacePage(await browser.page(), browser.baseUrl);
    await ws.open();
    await ws.signIn(browser.credentials.username, browser.credentials.password);
    // Same tab, same origin: GraphiQL picks the session's token up for its Authorization header.
    // GraphiQL ignores a run while it is still fetching the schema: wait for that introspection answer.
    const schemaLoaded = ws.page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && /IntrospectionQuery/.test(r.request().postData() ?? ''),
    );
    await ws.page.goto(`${browser.baseUrl}/graphiql`);
    expect((await schemaLoaded).status()).toBe(200);
    const run = ws.page.locator('.graphiql-execute-button');
    await run.click();
    const response = ws.page.locator('.graphiql-response');
    // On a loaded machine a click before the editor is ready is lost (the pane stays empty): click again
    // while polling for the answer, which a run that already went out simply replaces.
    await expect
      .poll(
        async () => {
          const text = (await response.textContent()) ?? '';
          if (!text.includes('person:alenov')) await run.click();
          return text;
        },
        { interval: 2000 },
      )
      .toContain('person:alenov');
    await screenshot(ws.page, 'graphiql');
  });

  it('without a token, shows the API refusing with UNAUTHENTICATED', async () => {
    const page = await browser.page();
    const schemaRefused = page.waitForResponse((r) => r.url().endsWith('/graphql'));
    await page.goto(`${browser.baseUrl}/graphiql`);
    expect((await schemaRefused).status()).toBe(401);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').textContent()).toContain('UNAUTHENTICATED');
  });
});
