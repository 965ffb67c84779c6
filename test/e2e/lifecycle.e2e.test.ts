import { describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { Sidebar, afterRepaint, contentScriptWorld, serviceWorkerOf } from './chromium';
import { sharedSession } from './session';

const browser = sharedSession();

/** Closed shadow roots in the page: our sidebar hosts (the demo page has none of its own). */
async function closedRoots(page: import('playwright-core').Page): Promise<number> {
  const cdp = await browser().context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const count = (node: { shadowRoots?: { shadowRootType?: string }[]; children?: unknown[] }): number =>
    (node.shadowRoots ?? []).filter((s) => s.shadowRootType === 'closed').length +
    (node.children ?? []).reduce<number>((n, c) => n + count(c as typeof node), 0);
  return count(root as Parameters<typeof count>[0]);
}

describe('lifecycle', () => {
  it('injected twice (manifest + executeScript), there is one sidebar and one insertion per click', async () => {
    const page = await browser().context.newPage();
    await page.goto(browser().demoUrl);
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText('Dana Whitfield');
    const worker = await serviceWorkerOf(browser());
    await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/composure-demo/*' });
      await chrome.scripting.executeScript({ target: { tabId: tab?.id as number }, files: ['content.js'] });
    });
    // Negative check: executeScript resolves once the second copy has run its first turn (where
    // the guard stops it); a copy past the guard would mount after one storage read, so this
    // bounded wait, counted from there, covers it.
    await page.waitForTimeout(500);
    expect(await closedRoots(page)).toBe(1);
    const first = await sidebar.eval<string>("function () { return this.querySelector('.suggestion p').textContent; }");
    // One insertion per click: a second listener set would insert within the same click, before
    // the draft round trip the insertion starts ends in a repaint; after it, the text is there once.
    await afterRepaint(page, () => sidebar.click('Insert: '));
    await expect.poll(() => page.inputValue('[data-demo="reply"]')).toBe(first);
  });

  it('after the extension is reloaded under an open ticket, the old sidebar says so and throws nothing', async () => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    // What Composure logs or throws; not the browser's own look for the fixture site's favicon,
    // which the fixture server answers 404.
    const faviconMissing = (m: ConsoleMessage) => new URL(m.location().url || 'about:blank').pathname === '/favicon.ico';
    page.on('console', (m) => m.type() === 'error' && !faviconMissing(m) && errors.push(`${m.text()} (${m.location().url})`));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(browser().demoUrl);
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText('Dana Whitfield');
    const worker = await serviceWorkerOf(browser());
    // The reload has happened once the old worker is gone: its tab's script is orphaned from then
    // on. (Not the new worker's start: Chrome starts it only when an event needs it, and a wait on
    // it timed out at 30 s in most runs.) Listening before the reload, which can close it at once.
    const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await closed;
    // The page keeps changing; the orphaned script notices on its next run.
    await page.evaluate(() => {
      const list = document.querySelector('[data-demo="conversation"]') as Element;
      list.append(list.lastElementChild?.cloneNode(true) as Node);
    });
    await sidebar.waitForText('Composure was updated. Reload this tab');
    // From now on the old script does nothing: 100 more page mutations reach no observer of
    // its and repaint nothing.
    const world = await contentScriptWorld(page);
    const before = await world.stats();
    // The counters count: the view observed and painted before it noticed.
    expect(before.observed).toBeGreaterThan(0);
    expect(before.paints).toBeGreaterThan(0);
    await page.evaluate(async () => {
      const list = document.querySelector('[data-demo="conversation"]') as Element;
      for (let i = 0; i < 100; i++) {
        list.append(list.lastElementChild?.cloneNode(true) as Node);
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    // Negative check, counted from the last mutation (the evaluate above resolves after it): a live
    // view observes at once and reads 120 ms after the page rests (400 ms at most), then paints;
    // 1 s covers that read and its paint.
    await page.waitForTimeout(1_000);
    expect(await world.stats()).toEqual(before);
    expect(await sidebar.text()).toContain('Composure was updated. Reload this tab');
    expect(errors).toEqual([]);
  });
});
