// The interactive docs work in a real browser: headless Chromium (Debian's package, driven by
// playwright-core) opens /docs, runs GET /penalties from it and sees the answer.
import { existsSync } from 'node:fs';
import t from 'tap';
import { chromium } from 'playwright-core';
import { buildApp } from '../src/app.js';
import { freshDatabase } from './helper.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// CI installs Chromium and sets REQUIRE_BROWSER, so there a missing browser fails; elsewhere it skips.
const missing = existsSync(executablePath) ? false : `no browser at ${executablePath}: apt-get install chromium (CI does)`;
if (missing && process.env.REQUIRE_BROWSER === '1') t.fail(missing);
else {
  t.test('/docs runs GET /penalties and shows the answer', { skip: missing }, async (t) => {
    const app = await buildApp({ databasePath: freshDatabase(t) });
    t.teardown(() => app.close());
    const address = await app.listen({ port: 0, host: '127.0.0.1' });

    const browser = await chromium.launch({
      executablePath,
      headless: true,
      // As the machine notes say: without these, Chromium tries the network at every start.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    t.teardown(() => browser.close());
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));

    await page.goto(`${address}/docs`);
    const operation = page.locator('#operations-penalties-listPenalties');
    await operation.waitFor({ timeout: 30_000 });
    await operation.locator('.opblock-summary').click();
    // The docs open in try-it-out mode (the button then says Cancel); switch it on only if it is off.
    const tryItOut = operation.locator('button.try-out__btn', { hasText: 'Try it out' });
    if (await tryItOut.count()) await tryItOut.click();
    await operation.locator('button.execute').click();
    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 30_000 });
    t.equal((await status.innerText()).trim(), '200', 'the docs page got a 200');
    const body = await operation.locator('.live-responses-table .response-col_description pre').first().innerText();
    t.match(body, /staysure-monetary-penalty/, 'and shows the penalties');
    t.same(failures, [], 'no script errors on the page');
  });
}
