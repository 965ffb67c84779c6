import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Sidebar, setUiLanguage } from './chromium';
import { routeFixture } from './fixtures';
import { sharedSession } from './session';

const browser = sharedSession();

/**
 * What of the sidebar is on screen without scrolling anything: each part named by its
 * data attribute, with whether it lies wholly inside both the window and the scroll box it sits in.
 */
async function onScreen(sidebar: Sidebar) {
  return sidebar.eval<Record<string, number>>(`function () {
    const inside = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;
      for (let box = el.parentElement; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
        const b = box.getBoundingClientRect();
        if (r.top < b.top - 1 || r.bottom > b.bottom + 1) return false;
      }
      return true;
    };
    const count = (selector) => [...this.querySelectorAll(selector)].filter(inside).length;
    return {
      signals: count('[data-signal]'),
      words: count('[data-signal] mark'),
      // Evidence cut by the line's ellipsis: a stray sliver of highlight.
      cutWords: [...this.querySelectorAll('[data-signal] mark')].filter(
        (m) => m.getBoundingClientRect().right > m.closest('.words').getBoundingClientRect().right + 1,
      ).length,
      step: count('[aria-current="step"]'),
      prompt: count('[data-prompt]'),
      suggestions: count('[data-suggestion]'),
      inserts: count('[data-suggestion] button.primary'),
      draft: count('#composure-draft'),
      warnings: count('[data-warning]'),
    };
  }`);
}

/** Whether any text in the sidebar is cut off: a box whose content is wider than it, with no ellipsis meant. */
async function overflowing(sidebar: Sidebar) {
  return sidebar.eval<string[]>(`function () {
    return [...this.querySelectorAll('button, h2, h3, .prompt, .status, .meta, .steps li')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow !== 'ellipsis')
      .map((el) => el.textContent.trim().slice(0, 40));
  }`);
}

async function demo(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto(browser().demoUrl);
  const sidebar = await Sidebar.find(page);
  // Waits on what is on screen (waitForText would open "+N more").
  await expect.poll(() => sidebar.visibleText(), { timeout: 10_000 }).toContain('Dana Whitfield');
  return sidebar;
}

describe('what matters first, without scrolling', () => {
  for (const lang of ['en', 'de'] as const)
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const)
      it(`${width}×${height}, ${lang}: signals with their words, the next step, three suggestions with Insert, and the draft check once typing starts`, async () => {
        await setUiLanguage(browser(), lang);
        const page = await browser().context.newPage();
        const sidebar = await demo(page, width, height);
        const before = await onScreen(sidebar);
        expect(before.signals).toBeGreaterThanOrEqual(3);
        expect(before.words).toBeGreaterThanOrEqual(3);
        expect(before.cutWords).toBe(0);
        expect(before.step).toBe(1);
        expect(before.prompt).toBe(1);
        expect(before.suggestions).toBeGreaterThanOrEqual(3);
        expect(before.inserts).toBeGreaterThanOrEqual(3);
        expect(before.draft).toBe(1);
        // The agent types: what is wrong with the draft shows where they look, still without scrolling.
        await page.fill('[data-demo="reply"]', 'As I said, you should have updated the firmware. We can’t refund the router.');
        await expect.poll(async () => (await onScreen(sidebar)).warnings, { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
        const after = await onScreen(sidebar);
        expect(after.suggestions).toBeGreaterThanOrEqual(3);
        expect(after.signals).toBeGreaterThanOrEqual(3);
        expect(await overflowing(sidebar)).toEqual([]);
        await page.close();
        await setUiLanguage(browser(), 'en');
      });

  it('keeps everything one click away: "+N more" opens the other signals and suggestions', async () => {
    const page = await browser().context.newPage();
    const sidebar = await demo(page, 1366, 768);
    const visible = await sidebar.visibleText();
    expect(visible).toMatch(/\+\d more/);
    const shown = await sidebar.eval<number>('function () { return this.querySelectorAll("[data-signal]").length; }');
    await sidebar.click('+');
    await expect
      .poll(() => sidebar.eval<number>('function () { return this.querySelectorAll("[data-signal]").length; }'))
      .toBeGreaterThan(shown);
    await sidebar.click('+3 more suggestions');
    await expect.poll(() => sidebar.eval<number>('function () { return this.querySelectorAll("[data-suggestion]").length; }')).toBe(6);
    await page.close();
  });
});

describe('out of the helpdesk’s way', () => {
  it('covers none of Zendesk’s controls: the page makes room for the docked panel, and gets it back when the panel collapses', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await routeFixture(page, 'https://acme.zendesk.com', 'test/fixtures/zendesk');
    await page.goto('https://acme.zendesk.com/agent/tickets/101');
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText('Maya Okafor');
    // Every control of the helpdesk on screen is what the pointer finds at its centre: nothing of ours is over it.
    const covered = () =>
      page.evaluate(() => {
        const host = document.documentElement.lastElementChild;
        const controls = [...document.querySelectorAll('button, a, input, select, textarea, [contenteditable="true"], [role="button"]')];
        const onScreen = controls.filter((c) => {
          const r = c.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.left < innerWidth;
        });
        return {
          checked: onScreen.length,
          covered: onScreen
            .filter((c) => {
              const r = c.getBoundingClientRect();
              const hit = document.elementFromPoint(Math.min(r.left + r.width / 2, innerWidth - 1), r.top + r.height / 2);
              return hit === host || !(hit === c || c.contains(hit));
            })
            .map((c) => c.textContent?.trim().slice(0, 30) || c.tagName),
        };
      });
    // The room is made in the frame that first shows the panel, once the page is laid out.
    const margin = () => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    await expect.poll(margin).toBe('340px');
    const docked = await covered();
    expect(docked.checked).toBeGreaterThanOrEqual(6);
    expect(docked.covered).toEqual([]);
    // The context panel's buttons are on screen, left of the sidebar.
    expect(await page.isVisible('[data-is-active="true"] [data-test-id="column-3"] [data-test-id="apps-button"]')).toBe(true);
    expect(await margin()).toBe('340px');
    await sidebar.click('Collapse the Composure sidebar');
    await expect.poll(margin).toBe('40px');
    // Once the panel's collapse animation (0.15 s) is over.
    await expect.poll(async () => (await covered()).covered).toEqual([]);
    await sidebar.click('Expand the Composure sidebar');
    await expect.poll(margin).toBe('340px');
    await page.close();
  });
});
