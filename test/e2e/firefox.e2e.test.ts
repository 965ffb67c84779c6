import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath } from '../../scripts/lib/browsers';
import { DEMO_MOUNT, serve } from '../../scripts/lib/serve';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve(DEMO_MOUNT);
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    // Firefox ESR 140's WebDriver BiDi has no screen-orientation override, which puppeteer's
    // setViewport calls: the window is sized at launch instead.
    defaultViewport: null,
    args: ['--width=1400', '--height=900'],
    extraPrefsFirefox: { 'extensions.manifestV3.enabled': true, 'datareporting.policy.dataSubmissionEnabled': false },
  });
  await browser.installExtension(resolve('dist-firefox'));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('Composure in Firefox ESR', () => {
  it('shows the sidebar on the demo ticket', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/composure-demo/`);
    // The sidebar's shadow root is closed, so the page sees only its host: an element added to
    // <html> that now covers the right-hand side of the viewport, where the demo leaves room.
    // The sidebar's shadow root is closed, so the page sees only its host: an element added to
    // <html> whose panel now covers the right-hand side of the viewport, where the demo leaves
    // room (without Composure that point is the page's empty background).
    const found = await page.waitForFunction(
      () => {
        const host = document.documentElement.lastElementChild;
        const right = document.documentElement.clientWidth; // the viewport without its scrollbar
        const hits = [100, 400, 800].map((y) => document.elementFromPoint(right - 40, y));
        const ready = host?.tagName === 'DIV' && host.shadowRoot === null && hits.every((hit) => hit === host);
        let left = right;
        while (left > 0 && document.elementFromPoint(left - 1, 400) === host) left--;
        return ready && { width: right - left };
      },
      { timeout: 15_000 },
    );
    // Docked at the right, 340 px wide, plus the resize grip that overhangs its left edge.
    const { width } = (await found.jsonValue()) as { width: number };
    expect(width).toBeGreaterThanOrEqual(340);
    expect(width).toBeLessThanOrEqual(345);
    // For a person to look at after a failure; the assertions above are the test.
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/firefox-demo.png' });
  });
});
