import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHIFT_CLOCK as SHIFT, Sidebar, serviceWorkerOf, shiftClock as shiftBrowserClock, tabIdOf } from './chromium';
import { routeFixture } from './fixtures';
import { sharedSession } from './session';

const browser = sharedSession();

const serviceWorker = () => serviceWorkerOf(browser());

/** The toolbar popup, opened as a page with the same clock as the extension. */
async function popupText(ms = 0): Promise<string> {
  const popup = await browser().context.newPage();
  await popup.addInitScript(`(${SHIFT})(${ms})`);
  await popup.goto(`chrome-extension://${browser().extensionId}/src/popup/index.html`);
  const text = await popup.locator('[data-promises]').innerText();
  await popup.close();
  return text;
}

const badge = async () => (await serviceWorker()).evaluate(() => chrome.action.getBadgeText({}));
const stored = async () =>
  (await serviceWorker()).evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null), await chrome.storage.session.get(null)]),
  );
const followUpState = (sidebar: Sidebar) =>
  sidebar.eval<string>('function () { return this.querySelector(".follow-up")?.getAttribute("data-state") ?? "none"; }');

interface Desk {
  name: string;
  /** Opens ticket A. */
  open(): Promise<Page>;
  /** The agent sends a reply on the open ticket, as the helpdesk does. */
  send(page: Page, text: string): Promise<void>;
  /** To ticket B and back, as the agent switches tickets: back once the sidebar shows B. */
  away(page: Page, sidebar: Sidebar): Promise<void>;
  ticket: string;
  helpdesk: string;
}

const kitSend = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { fixture: { send(t: string): boolean } }).fixture.send(t), text).then(() => undefined);
/**
 * The sidebar has read ticket `ticket`: its header names it and says how many messages it read.
 * Not "Reading ticket #4821…": that is the URL ahead of the page, and going back from there
 * is another case (seen: the sidebar then stays on "Reading ticket #4821…").
 */
const showing = (sidebar: Sidebar, ticket: string) => sidebar.waitForText(new RegExp(`#${ticket}\\b[\\s\\S]*messages read`));

const kitSwitch = async (page: Page, sidebar: Sidebar, other: string, back: string) => {
  await page.evaluate((i) => (window as unknown as { fixture: { switchTo(i: string): void } }).fixture.switchTo(i), other);
  await showing(sidebar, other);
  await page.evaluate((i) => (window as unknown as { fixture: { switchTo(i: string): void } }).fixture.switchTo(i), back);
};

const DESKS: Desk[] = [
  {
    name: 'the demo helpdesk',
    helpdesk: 'Composure demo',
    ticket: '4907',
    async open() {
      const page = await browser().context.newPage();
      await page.goto(`${browser().demoUrl}?ticket=4907`);
      return page;
    },
    async send(page, text) {
      await page.fill('[data-demo="reply"]', text);
      await page.click('[data-demo="send"]');
    },
    async away(page, sidebar) {
      await page.click('[data-ticket-link="4821"]');
      await showing(sidebar, '4821');
      await page.click('[data-ticket-link="4907"]');
    },
  },
  {
    name: 'Zendesk (message times on the page)',
    helpdesk: 'Zendesk',
    ticket: '101',
    async open() {
      const page = await browser().context.newPage();
      await routeFixture(page, 'https://acme.zendesk.com', 'test/fixtures/zendesk');
      await page.goto('https://acme.zendesk.com/agent/tickets/101');
      return page;
    },
    send: kitSend,
    away: (page, sidebar) => kitSwitch(page, sidebar, '102', '101'),
  },
  {
    name: 'Freshdesk (times in an aria-label)',
    helpdesk: 'Freshdesk',
    ticket: '311',
    async open() {
      const page = await browser().context.newPage();
      await routeFixture(page, 'https://acme.freshdesk.com', 'test/fixtures/freshdesk');
      await page.goto('https://acme.freshdesk.com/a/tickets/311');
      return page;
    },
    send: kitSend,
    away: (page, sidebar) => kitSwitch(page, sidebar, '312', '311'),
  },
];

const demo = DESKS[0] as Desk;

describe('promises kept: a promise in a sent reply, pending, late, kept', () => {
  for (const desk of DESKS)
    it(`on ${desk.name}`, async () => {
      const marker = `ZQ-${Math.random().toString(36).slice(2, 10)}`;
      const page = await desk.open();
      const sidebar = await Sidebar.find(page);
      await sidebar.waitForText(/messages read/);
      try {
        await desk.send(page, `Thanks for your patience (ref ${marker}). I'll update you by tomorrow at 10.`);

        // Pending, with the words that made the promise, and in the popup.
        const pending = await sidebar.waitForText(/You promised an update by 10:00 AM tomorrow — .+ left/);
        expect(pending).toContain("I'll update you by tomorrow at 10");
        expect(await followUpState(sidebar)).toBe('pending');
        expect(await popupText()).toMatch(new RegExp(`#${desk.ticket} · ${desk.helpdesk}\\s*due 10:00 AM tomorrow`));
        expect(await badge()).toBe('');

        // The clock passes the deadline; the agent comes back to the ticket.
        const tomorrow10 = new Date();
        tomorrow10.setDate(tomorrow10.getDate() + 1);
        tomorrow10.setHours(10, 0, 0, 0);
        const shift = tomorrow10.getTime() + 5 * 60_000 - Date.now();
        await shiftBrowserClock(browser(), page, shift);
        await desk.away(page, sidebar);
        await sidebar.waitForText(/You promised an update by 10:00 AM today — 5 min late/);
        expect(await followUpState(sidebar)).toBe('late');
        await expect.poll(badge).toBe('1');
        expect(await popupText(shift)).toMatch(new RegExp(`#${desk.ticket} · ${desk.helpdesk}\\s*5 min late`));

        // The agent writes again: kept (after the time promised, and the sidebar says so).
        await desk.send(page, 'Here is the update I promised: the replacement shipped this morning.');
        await sidebar.waitForText(/You wrote again, after the 10:00 AM today you promised/);
        expect(await followUpState(sidebar)).toBe('kept');
        await expect.poll(badge).toBe('');
        expect(await popupText(shift)).toContain('No promises waiting');

        // Stored: ids and times, never the ticket's words.
        const everything = await stored();
        expect(everything).toContain(`"ticketId":"${desk.ticket}"`);
        expect(everything).not.toContain(marker);
        const kept = await (await serviceWorker()).evaluate(async () =>
          JSON.stringify((await chrome.storage.local.get('followUps')).followUps),
        );
        expect(kept).not.toMatch(/update|tomorrow|patience|Maya|Eleni|Lars/);
      } finally {
        await (await serviceWorker()).evaluate(`(${SHIFT})(0)`);
        await (await serviceWorker()).evaluate(() => chrome.storage.local.remove('followUps'));
      }
    });

  it('with reminders on, schedules one 15 minutes before the promise is due, and none once it is kept', async () => {
    const worker = await serviceWorker();
    await worker.evaluate(() => chrome.storage.sync.set({ prefs: { version: 1, packs: {}, sites: {}, followUpReminders: true } }));
    try {
      await onDemo("I'll update you by tomorrow at 10.", async (page, sidebar) => {
        await sidebar.waitForText(/You promised an update by 10:00 AM tomorrow/);
        const due = new Date();
        due.setDate(due.getDate() + 1);
        due.setHours(10, 0, 0, 0);
        const alarms = () =>
          worker.evaluate(async () =>
            (await chrome.alarms.getAll()).filter((a) => a.name.startsWith('remind:')).map((a) => a.scheduledTime),
          );
        await expect.poll(alarms).toEqual([due.getTime() - 15 * 60_000]);
        // The badge's minute tick is there too.
        expect(await worker.evaluate(async () => (await chrome.alarms.get('follow-ups'))?.periodInMinutes)).toBe(1);
        await demo.send(page, 'Here is the update: the credit note is attached.');
        await sidebar.waitForText(/Promise kept/);
        await expect.poll(alarms).toEqual([]);
      });
    } finally {
      await worker.evaluate(async () => {
        await chrome.storage.sync.remove('prefs');
        for (const a of await chrome.alarms.getAll()) if (a.name.startsWith('remind:')) await chrome.alarms.clear(a.name);
      });
    }
  });

  it('"Not needed" in the popup: the promise leaves the list and the badge, and the sidebar does not bring it back', () =>
    onDemo("I'll get back to you within 30 minutes.", async (page, sidebar) => {
      await sidebar.waitForText(/You promised an update by .+ — 30 min left/);
      await expect.poll(badge).toBe('1');
      const popup = await browser().context.newPage();
      await popup.goto(`chrome-extension://${browser().extensionId}/src/popup/index.html`);
      await popup.getByRole('button', { name: 'No follow-up needed for ticket #4907' }).click();
      await expect.poll(() => popup.locator('[data-promises]').innerText()).toContain('No promises waiting');
      await expect.poll(badge).toBe('');
      await popup.close();
      await expectGoneAfterSwitch(page, sidebar);
    }));

  it("in the browser's side panel too, with the words of the promise", () =>
    onDemo("Thanks for waiting. I'll update you by tomorrow at 10.", async (_page, sidebar) => {
      await sidebar.waitForText(/You promised an update/);
      const id = await tabIdOf(browser(), `${browser().demoUrl}?ticket=4907`);
      const panel = await browser().context.newPage();
      await panel.goto(`chrome-extension://${browser().extensionId}/src/panel/index.html?tab=${id}`);
      const line = panel.locator('.follow-up');
      await expect.poll(() => line.innerText().catch(() => '')).toMatch(/You promised an update by 10:00 AM tomorrow — .+ left/);
      expect(await line.innerText()).toContain("I'll update you by tomorrow at 10");
      await panel.close();
    }));

  it('"Not needed" in the sidebar: the line goes, and so does the badge', () =>
    onDemo("I'll get back to you within 30 minutes.", async (page, sidebar) => {
      await sidebar.waitForText(/You promised an update by .+ — 30 min left/);
      await expect.poll(badge).toBe('1');
      await sidebar.click('Not needed');
      await expect.poll(() => followUpState(sidebar)).toBe('none');
      await expect.poll(badge).toBe('');
      await expectGoneAfterSwitch(page, sidebar);
    }));

  it("counts business days in the team's working time, set on the settings page", async () => {
    const worker = await serviceWorker();
    const options = await browser().context.newPage();
    try {
      await options.goto(`chrome-extension://${browser().extensionId}/src/options/index.html#follow-ups`);
      const time = options.locator('[data-working-time]');
      // Monday to Friday until a lead sets otherwise.
      for (const d of [0, 1, 2, 3, 4, 5, 6]) expect(await time.locator(`[data-working-day="${d}"]`).isChecked()).toBe(d >= 1 && d <= 5);
      // A team that works every day but tomorrow, until 16:00.
      const now = new Date();
      const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getDay();
      for (const d of [0, 1, 2, 3, 4, 5, 6]) {
        const box = time.locator(`[data-working-day="${d}"]`);
        if ((await box.isChecked()) !== (d !== tomorrow)) await box.click();
        await expect.poll(() => box.isChecked()).toBe(d !== tomorrow);
      }
      await time.locator('[data-working-end]').fill('16:00');
      await expect
        .poll(() =>
          worker.evaluate(
            async () => ((await chrome.storage.sync.get('prefs')).prefs as { workingTime?: unknown } | undefined)?.workingTime,
          ),
        )
        .toEqual({ days: [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== tomorrow), start: 540, end: 960 });
      await onDemo("We'll get back to you within 1 business day.", async () => {
        // One working day from today, tomorrow off: the day after, at the team's 16:00.
        const due = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 2, 16, 0).getTime();
        await expect
          .poll(() =>
            worker.evaluate(async () =>
              Object.values(
                ((await chrome.storage.local.get('followUps')).followUps as { promises: Record<string, { due: number }> })?.promises ?? {},
              ).map((p) => p.due),
            ),
          )
          .toEqual([due]);
      });
    } finally {
      await options.close();
      await worker.evaluate(() => chrome.storage.sync.remove('prefs'));
    }
  });
});

/** Demo ticket #4907 with `reply` sent; the promise store is emptied afterwards, whatever happened. */
async function onDemo(reply: string, body: (page: Page, sidebar: Sidebar) => Promise<void>): Promise<void> {
  const page = await demo.open();
  try {
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText(/messages read/);
    await demo.send(page, reply);
    await body(page, sidebar);
  } finally {
    await (await serviceWorker()).evaluate(() => chrome.storage.local.remove('followUps'));
  }
}

/** Another ticket and back: reading the thread again does not bring a quieted promise back. */
async function expectGoneAfterSwitch(page: Page, sidebar: Sidebar) {
  await demo.away(page, sidebar);
  // Negative check. The event that would bring the promise back is the thread read again: the
  // worker answers that read with its coaching, then, on the same port, the thread's promises.
  // So: wait for ticket #4907 read anew, then a bounded second for that second answer.
  await sidebar.waitForText(/#4907\b[\s\S]*messages read/);
  await page.waitForTimeout(1_000);
  expect(await followUpState(sidebar)).toBe('none');
}
