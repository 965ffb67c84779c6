import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MOUNT, serve } from '../../scripts/lib/serve';
import { SHIFT_CLOCK } from './chromium';
import { launchFirefox, waitFor } from './firefox';
import { fixtureResponse } from './fixtures';

// The add-on's moz-extension:// host, fixed for the tests (launchFirefox).
const UUID = '0c6f7d8e-5b4a-4c3d-9e2f-1a2b3c4d5e6f';
const PANEL = `moz-extension://${UUID}/src/panel/index.html`;

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve(DEMO_MOUNT);
  browser = await launchFirefox(UUID);
  console.log(`Firefox tests run on ${await browser.version()}`);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * The sidebar as the agent sees it in Firefox's own sidebar: the panel page, here opened in a
 * tab of its own, follows the helpdesk tab used last. It is an ordinary extension page (no
 * closed shadow root), so the test reads and clicks it like a person.
 */
async function openPanel(): Promise<Page> {
  const panel = await browser.newPage();
  // Puppeteer's navigation tracking does not follow moz-extension:// URLs (it reports a timeout
  // with the page already there), so a timeout is expected; any other refusal is the cause.
  await panel.goto(PANEL, { waitUntil: 'domcontentloaded', timeout: 2_000 }).catch((error: Error) => {
    if (!/timeout/i.test(error.message)) throw new Error(`Firefox would not open the side panel page: ${error.message.split('\n')[0]}`);
  });
  const url = await waitFor(
    () => panel.evaluate(() => location.href).catch((e: Error) => e.message),
    (u) => u.startsWith('moz-extension:'),
    5_000,
    'the side panel page to open',
  );
  expect(url).toBe(PANEL);
  return panel;
}

const panelText = (panel: Page) =>
  panel.evaluate(() => (document.querySelector('[role="complementary"]') as HTMLElement | null)?.innerText ?? '');

/** Serves a fixture helpdesk at its real https origin by intercepting the tab's requests (WebDriver BiDi). */
async function fixtureTab(origin: string, dir: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return void request.continue();
    const { status, contentType, body } = fixtureResponse(dir, url.pathname);
    void request.respond({ status, contentType, body });
  });
  await page.goto(`${origin}${path}`);
  return page;
}

describe('Composure in Firefox ESR', () => {
  it('docks the in-page sidebar on the demo ticket and makes room for it', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/composure-demo/`);
    // The sidebar's shadow root is closed, so the page sees only its host: an element added to
    // <html> whose panel covers the right-hand side of the viewport, where the page made room.
    const found = await page.waitForFunction(
      () => {
        const host = document.documentElement.lastElementChild;
        const right = document.documentElement.clientWidth; // the viewport without its scrollbar
        const hits = [100, 400, 800].map((y) => document.elementFromPoint(right - 40, y));
        // The room is made in the frame that first shows the panel, after its layout: a poll in
        // that frame's animation callbacks sees the panel a moment before the margin.
        const margin = getComputedStyle(document.documentElement).marginRight;
        const ready = host?.tagName === 'DIV' && host.shadowRoot === null && hits.every((hit) => hit === host) && margin !== '0px';
        let left = right;
        while (left > 0 && document.elementFromPoint(left - 1, 400) === host) left--;
        return ready && { width: right - left, margin };
      },
      { timeout: 15_000 },
    );
    const { width, margin } = (await found.jsonValue()) as { width: number; margin: string };
    expect(width).toBeGreaterThanOrEqual(340);
    expect(width).toBeLessThanOrEqual(345);
    expect(margin).toBe('340px');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/firefox-demo.png' });
    await page.close();
  });

  it('in the sidebar panel, reads the demo ticket, inserts a suggestion once into the reply box, and undo takes it out', async () => {
    const ticket = await browser.newPage();
    await ticket.goto(`${site.origin}/composure-demo/`);
    const panel = await openPanel();
    const text = await waitFor(
      () => panelText(panel),
      (t) => t.includes('Dana Whitfield'),
      10_000,
      "the demo ticket's requester in the side panel",
    );
    expect(text).toContain('#4821');
    expect(text).toContain('5 messages read');
    expect(text).toMatch(/Wants to cancel[\s\S]*I am cancelling my contract/);
    // The in-page sidebar steps aside while the panel shows the ticket.
    expect(await ticket.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');

    await ticket.click('[data-demo="reply"]');
    await ticket.keyboard.type('Hello Dana,');
    const first = await panel.evaluate(() => document.querySelector('[data-suggestion] p')?.textContent ?? '');
    await panel.click('[data-suggestion] button.primary');
    const reply = () => ticket.evaluate(() => (document.querySelector('[data-demo="reply"]') as HTMLTextAreaElement).value);
    expect(await waitFor(reply, (v) => v.includes(first))).toBe(`Hello Dana, ${first}`);
    await ticket.focus('[data-demo="reply"]');
    await ticket.keyboard.down('Control');
    await ticket.keyboard.press('z');
    await ticket.keyboard.up('Control');
    expect(await waitFor(reply, (v) => !v.includes(first))).toBe('Hello Dana,');
    await panel.close();
    await ticket.close();
  });

  for (const c of [
    {
      name: 'Zendesk (CKEditor 5)',
      origin: 'https://acme.zendesk.com',
      dir: 'test/fixtures/zendesk',
      path: '/agent/tickets/101',
      requester: 'Maya Okafor',
      shows: /Repeat contact[\s\S]*third time/,
    },
    {
      name: 'Intercom (ProseMirror)',
      origin: 'https://app.intercom.com',
      dir: 'test/fixtures/intercom',
      path: '/a/inbox/acme/inbox/conversation/9001',
      requester: 'Maya Okafor',
      shows: /Wants a refund/,
    },
  ])
    it(`in the sidebar panel, reads ${c.name}, inserts once into the editor's model, and the editor's undo takes it out`, async () => {
      const ticket = await fixtureTab(c.origin, c.dir, c.path);
      await waitFor(
        () => ticket.evaluate(() => Boolean((window as unknown as { fixture?: { editor?: unknown } }).fixture?.editor)),
        Boolean,
      );
      const panel = await openPanel();
      const text = await waitFor(
        () => panelText(panel),
        (t) => /messages read/.test(t),
        15_000,
        `${c.name}'s ticket in the side panel`,
      );
      expect(text).toContain(c.requester);
      expect(text).toMatch(c.shows);

      const editor = (method: 'text' | 'undo') =>
        ticket.evaluate(
          (m) => String((window as unknown as { fixture: { editor: Record<string, () => string> } }).fixture.editor[m]?.() ?? '').trim(),
          method,
        );
      await ticket.click('[contenteditable="true"]');
      await ticket.keyboard.type('Hello,');
      // Editors merge edits closer than ~500 ms into one undo step; an agent pauses before picking.
      await new Promise((r) => setTimeout(r, 700));
      const first = await panel.evaluate(() => document.querySelector('[data-suggestion] p')?.textContent ?? '');
      await panel.click('[data-suggestion] button.primary');
      expect(
        await waitFor(
          () => editor('text'),
          (v) => v.includes(first),
        ),
      ).toBe(`Hello, ${first}`);
      await editor('undo');
      expect(
        await waitFor(
          () => editor('text'),
          (v) => !v.includes(first),
        ),
      ).toBe('Hello,');
      await panel.close();
      await ticket.close();
    });

  it('tracks a promise in a sent reply: pending, late once its time passes, kept when the agent writes again, stored without its words', async () => {
    const ticket = await browser.newPage();
    await ticket.goto(`${site.origin}/composure-demo/?ticket=4907`);
    const panel = await openPanel();
    await waitFor(
      () => panelText(panel),
      (t) => t.includes('Lars Eriksen'),
      10_000,
      'the demo ticket in the side panel',
    );
    // Firefox gives a test no way into a content script's world, so here the thread's clock
    // moves instead of the browser's: the helpdesk stamps the reply 1 min 50 s in the past, and
    // "within 2 minutes" falls due 10 s from now.
    const helpdeskClock = (ms: number) => ticket.evaluate(`(${SHIFT_CLOCK})(${ms})`);
    const send = async (text: string) => {
      await ticket.evaluate((t) => {
        (document.querySelector('[data-demo="reply"]') as HTMLTextAreaElement).value = t;
      }, text);
      await ticket.click('[data-demo="send"]');
    };
    const state = () => panel.evaluate(() => document.querySelector('.follow-up')?.getAttribute('data-state') ?? 'none');
    const badge = () => panel.evaluate(() => chrome.action.getBadgeText({}));
    const marker = `ZQ-${Math.random().toString(36).slice(2, 10)}`;

    await helpdeskClock(-110_000);
    await send(`Thanks for your patience (ref ${marker}). I'll get back to you within 2 minutes.`);
    const pending = await waitFor(
      () => panelText(panel),
      (t) => /You promised an update by .+ — 1 min left/.test(t),
      10_000,
      'the pending promise',
    );
    expect(pending).toContain("I'll get back to you within 2 minutes");
    expect(await state()).toBe('pending');
    // Due within the hour: the toolbar counts it.
    expect(await waitFor(badge, (b) => b === '1')).toBe('1');

    await new Promise((r) => setTimeout(r, 11_000));
    await helpdeskClock(0);
    await ticket.click('[data-ticket-link="4821"]');
    await waitFor(
      () => panelText(panel),
      (t) => t.includes('Dana Whitfield'),
    );
    await ticket.click('[data-ticket-link="4907"]');
    await waitFor(
      () => panelText(panel),
      (t) => /You promised an update by .+ late/.test(t),
      10_000,
      'the late promise',
    );
    expect(await state()).toBe('late');

    await send('Here is the update I promised: the credit note is attached.');
    await waitFor(state, (s) => s === 'kept', 10_000, 'the kept promise');
    expect(await waitFor(badge, (b) => b === '')).toBe('');
    const stored = await panel.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).toContain('"ticketId":"4907"');
    expect(stored).not.toContain(marker);
    await panel.close();
    await ticket.close();
  });

  it("finds the German anger the rules miss with the service worker's model, as in Chromium", async () => {
    const ticket = await browser.newPage();
    await ticket.goto(`${site.origin}/composure-demo/?ticket=5012`);
    const panel = await openPanel();
    const shown = await waitFor(
      () => panelText(panel),
      (t) => t.includes('Angry'),
      10_000,
      "the model's anger in the side panel",
    );
    expect(shown).toMatch(/lügt[\s\S]*Abzocker/);
    await panel.close();
    await ticket.close();
  });
});
