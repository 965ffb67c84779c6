import type { CDPSession } from 'playwright-core';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MOUNT, serve } from '../../scripts/lib/serve';
import { Sidebar, contentScriptWorld } from './chromium';
import { launchFirefox, waitFor } from './firefox';
import { sharedSession } from './session';

/**
 * The analysis runs in the background, which the browser stops when it likes: Chrome after 30 s
 * idle and at updates, Firefox when its event page has been idle. A tab whose background was
 * stopped mid-ticket must get its coaching back, and never the previous ticket's.
 */
const chromium = sharedSession();

const workers = async (cdp: CDPSession, id: string) =>
  (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(id));

/** Stops the extension's service worker the way Chrome does when it is idle (DevTools protocol). */
async function stopWorker(cdp: CDPSession, id: string): Promise<void> {
  for (const worker of await workers(cdp, id)) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
}

describe('the background stopped mid-ticket, in Chromium', () => {
  it('with the background running, the sidebar is rendered once, with its coaching', async () => {
    const session = chromium();
    // Running and settled: a first tab has been coached, the second is measured. First in this file: a
    // background restarted by the tests below publishes its configuration again, and open tabs re-read it.
    const first = await session.context.newPage();
    await first.goto(session.demoUrl);
    await (await Sidebar.find(first)).waitForText('Baiting');
    const page = await session.context.newPage();
    await page.goto(session.demoUrl);
    const world = await contentScriptWorld(page);
    const sidebar = await Sidebar.find(page);
    // Counted the moment the coaching shows: a configuration the browser delivers late (a policy,
    // seconds after start) makes open tabs read again and paint again, which is another matter.
    await sidebar.waitForText('Baiting', 10_000, 10);
    expect((await world.stats()).paints).toBe(1);
    await page.close();
    await first.close();
  });

  it('coaches the next ticket and the draft again, and never shows the previous ticket', async () => {
    const session = chromium();
    const page = await session.context.newPage();
    await page.goto(session.demoUrl);
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText('Baiting');
    const cdp = await session.context.newCDPSession(page);

    // Stopped while idle: the next read wakes it on a new port, texts sent again.
    await stopWorker(cdp, session.extensionId);
    await expect.poll(async () => (await workers(cdp, session.extensionId)).length).toBe(0);
    await page.click('[data-ticket-link="4907"]');
    const next = await sidebar.waitForText('Lars Eriksen');
    expect(next).toContain('#4907');
    expect(next).not.toContain('Baiting');

    // Stopped with the request in flight: it is asked once more, and the answer is this ticket's.
    await page.click('[data-ticket-link="4821"]');
    await stopWorker(cdp, session.extensionId);
    const back = await sidebar.waitForText('Baiting');
    expect(back).toContain('#4821');
    expect(back).not.toContain('Lars Eriksen');

    // And a typing pause after a stop gets its draft check.
    await stopWorker(cdp, session.extensionId);
    await page.fill('[data-demo="reply"]', 'Calm down, that is our policy.');
    await page.type('[data-demo="reply"]', ' ');
    const warnings = () => sidebar.eval<number>("function () { return this.querySelectorAll('[data-warning]').length; }");
    await expect.poll(warnings, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await sidebar.text()).toContain('#4821');
    await page.close();
  });

  it('says it is reading while the background is busy, then shows the coaching', async () => {
    // The sidebar's first paint waits a moment for the coaching (one render instead of two); a
    // background that does not answer in that moment must not leave the agent with nothing.
    const session = chromium();
    const worker = session.context.serviceWorkers().find((w) => w.url().includes(session.extensionId));
    if (!worker) throw new Error('no service worker');
    await worker.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 2_000;
        while (Date.now() < end) {}
      }, 0);
    });
    const page = await session.context.newPage();
    await page.goto(session.demoUrl);
    const sidebar = await Sidebar.find(page);
    const first = await sidebar.waitForText('Reading');
    expect(first).not.toContain('Baiting');
    expect(await sidebar.waitForText('Baiting')).toContain('#4821');
    await page.close();
  });
});

// Firefox: its event page is suspended after `extensions.background.idle.timeout` ms without
// events; set low, the background stops between a ticket's read and the next.
const UUID = '5a1e0c7d-2b3f-4e6a-8c9d-0f1e2d3c4b5a';
const PANEL = `moz-extension://${UUID}/src/panel/index.html`;
let firefox: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve(DEMO_MOUNT);
  firefox = await launchFirefox(UUID, { 'extensions.background.idle.timeout': 1_000 });
});
afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

/** Whether the event page is running, asked from an extension page (the panel) without waking it. */
const backgroundRunning = (panel: Page) =>
  panel.evaluate(() =>
    (globalThis as unknown as { browser: { extension: { getViews(): Window[] } } }).browser.extension
      .getViews()
      .some((w) => /background/.test(w.location.pathname)),
  );

describe('the background stopped mid-ticket, in Firefox', () => {
  it('coaches the next ticket after the event page was suspended, and never shows the previous ticket', async () => {
    const ticket = await firefox.newPage();
    await ticket.goto(`${site.origin}/composure-demo/`);
    const panel = await firefox.newPage();
    await panel.goto(PANEL, { waitUntil: 'domcontentloaded', timeout: 2_000 }).catch(() => undefined);
    await waitFor(
      () => panel.evaluate(() => location.href).catch(() => ''),
      (u) => u.startsWith('moz-extension:'),
      15_000,
      'the panel page',
    );
    const text = () => panel.evaluate(() => (document.querySelector('[role="complementary"]') as HTMLElement | null)?.innerText ?? '');
    await waitFor(text, (t) => t.includes('Baiting'), 15_000, "the demo ticket's coaching");

    // The detector sees a running event page (woken by a message from our own page)... A message that
    // lands while Firefox is suspending the page (1 s idle here) finds no receiver: it is sent again.
    const wake = () =>
      panel
        .evaluate(() =>
          (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime
            .sendMessage({ type: 'publish-packs' })
            .then(() => true),
        )
        .catch(() => false);
    expect(await waitFor(wake, (woken) => woken, 10_000, 'the event page to wake')).toBe(true);
    expect(await backgroundRunning(panel)).toBe(true);
    // ...and idle, Firefox suspends it (the tab's port closes with it).
    await waitFor(
      () => backgroundRunning(panel),
      (running) => !running,
      15_000,
      'the event page to be suspended',
    );
    await ticket.bringToFront();
    await ticket.click('[data-ticket-link="4907"]');
    const next = await waitFor(text, (t) => t.includes('Lars Eriksen'), 15_000, 'the next ticket after the background stopped');
    expect(next).toContain('#4907');
    expect(next).not.toContain('Baiting');
    await panel.close();
    await ticket.close();
  });
});
