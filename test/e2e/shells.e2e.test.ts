import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Sidebar, tabIdOf } from './chromium';
import { routeFixture } from './fixtures';
import { sharedSession } from './session';

const browser = sharedSession();

/**
 * Helpdesk app shells fill the window: a `position: fixed; inset: 0` grid, or a 100vw × 100vh
 * flex layout, with the helpdesk's own column on the right (Zendesk's apps rail, Freshdesk's
 * properties, Intercom's details). A margin on <html> moves neither; the docked panel must still
 * cover none of that column's controls, and give the room back when it collapses or goes.
 */
const HELPDESKS = [
  {
    name: 'Zendesk',
    origin: 'https://acme.zendesk.com',
    dir: 'test/fixtures/zendesk',
    path: '/agent/tickets/101',
    requester: 'Maya Okafor',
  },
  {
    name: 'Freshdesk',
    origin: 'https://acme.freshdesk.com',
    dir: 'test/fixtures/freshdesk',
    path: '/a/tickets/311',
    requester: 'Eleni Papadopoulou',
  },
  {
    name: 'Intercom',
    origin: 'https://app.intercom.com',
    dir: 'test/fixtures/intercom',
    path: '/a/inbox/acme/inbox/conversation/9001',
    requester: 'Maya Okafor',
  },
];
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** The right-hand column's controls, each with whether the pointer at its centre finds it (not our panel). */
function rightColumn(page: Page) {
  return page.evaluate(() => {
    const column = document.querySelector('[data-fixture-right]') as HTMLElement;
    const controls = [...column.querySelectorAll('button, select, input, a')];
    const shell = column.parentElement as HTMLElement;
    return {
      shellRight: Math.round(shell.getBoundingClientRect().right),
      viewport: document.documentElement.clientWidth,
      controls: controls.map((c) => {
        const r = c.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const hit = x < innerWidth ? document.elementFromPoint(x, r.top + r.height / 2) : null;
        return {
          name: c.textContent?.trim().slice(0, 20) || c.tagName,
          visible: r.width > 0 && r.right <= innerWidth,
          free: hit !== null && (hit === c || c.contains(hit)),
        };
      }),
    };
  });
}

describe('out of the way on app shells that fill the window', () => {
  for (const h of HELPDESKS)
    for (const shell of ['fixed', 'vw'] as const)
      for (const size of SIZES)
        it(`${h.name}, ${shell === 'fixed' ? 'fixed grid' : '100vw flex'} shell at ${size.width}×${size.height}: no right-column control under the panel; collapse and close give the room back`, async () => {
          const page = await browser().context.newPage();
          await page.setViewportSize(size);
          await routeFixture(page, h.origin, h.dir);
          await page.addInitScript((s) => {
            (window as unknown as { FIXTURE_OPTIONS: object }).FIXTURE_OPTIONS = { shell: s };
          }, shell);
          await page.goto(`${h.origin}${h.path}`);
          const sidebar = await Sidebar.find(page);
          await sidebar.waitForText(h.requester);

          // Without Composure's move the shell ends at the window's edge, under the panel.
          const docked = await rightColumn(page);
          expect(docked.controls.length).toBeGreaterThanOrEqual(3);
          expect(docked.shellRight).toBeLessThanOrEqual(docked.viewport - 340);
          expect(docked.controls.filter((c) => !c.visible || !c.free)).toEqual([]);

          // Collapsed to the slim tab: the shell takes all but the tab's 40 px, and nothing is covered.
          await sidebar.click('Collapse the Composure sidebar');
          await expect.poll(async () => (await rightColumn(page)).shellRight).toBe(docked.viewport - 40);
          await expect.poll(async () => (await rightColumn(page)).controls.filter((c) => !c.visible || !c.free)).toEqual([]);
          await sidebar.click('Expand the Composure sidebar');
          await expect.poll(async () => (await rightColumn(page)).shellRight).toBe(docked.viewport - 340);

          // The sidebar moves to the browser's side panel: the page gets its whole width back,
          // and the shell's own inline style is as the helpdesk left it.
          const panel = await browser().context.newPage();
          await panel.goto(`chrome-extension://${browser().extensionId}/src/panel/index.html?tab=${await tabIdOf(browser(), page.url())}`);
          await expect.poll(async () => (await rightColumn(page)).shellRight, { timeout: 10_000 }).toBe(docked.viewport);
          const inline = await page.evaluate(
            () => (document.querySelector('[data-fixture-right]')?.parentElement as HTMLElement | null)?.style.cssText,
          );
          expect(inline).toBe('');
          await panel.close();
          await page.close();
        });

  it('where the shell will not narrow, starts collapsed to the slim tab instead of covering it, and says so once', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await routeFixture(page, 'https://acme.zendesk.com', 'test/fixtures/zendesk');
    await page.addInitScript(() => {
      (window as unknown as { FIXTURE_OPTIONS: object }).FIXTURE_OPTIONS = { shell: 'stuck' };
    });
    await page.goto('https://acme.zendesk.com/agent/tickets/101');
    const sidebar = await Sidebar.find(page);
    await expect
      .poll(() => sidebar.eval<number>('function () { return this.getBoundingClientRect().width; }'), { timeout: 10_000 })
      .toBe(40);
    // Only the 40 px tab is over the page (the rest of the panel would have covered the rail).
    expect((await rightColumn(page)).shellRight).toBe(1366);
    // Expanded by the agent, the sidebar says why it started collapsed, once.
    await sidebar.click('Expand the Composure sidebar');
    expect(await sidebar.waitForText('keeps its layout to the whole window')).toContain('Alt+Shift+S');
    await sidebar.click('Got it');
    await expect.poll(() => sidebar.text()).not.toContain('keeps its layout');
    await sidebar.click('Collapse the Composure sidebar');
    await sidebar.click('Expand the Composure sidebar');
    expect(await sidebar.text()).not.toContain('keeps its layout');
    await page.close();
  });
});
