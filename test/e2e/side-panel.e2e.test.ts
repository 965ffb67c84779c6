import { describe, expect, it } from 'vitest';
import { Sidebar, tabIdOf } from './chromium';
import { sharedSession } from './session';

const browser = sharedSession();

describe("the browser's side panel", () => {
  it('shows the tab’s ticket, takes over from the in-page panel, inserts once into the reply box, and gives the page back when closed', async () => {
    const ticket = await browser().context.newPage();
    await ticket.setViewportSize({ width: 1366, height: 768 });
    await ticket.goto(browser().demoUrl);
    const inPage = await Sidebar.find(ticket);
    await inPage.waitForText('Dana Whitfield');
    const margin = () => ticket.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    // The room is made in the frame that first shows the panel, once the page is laid out.
    await expect.poll(margin).toBe('340px');

    // The side panel is an extension page; opened with ?tab= it follows that tab, as the
    // browser's panel follows the active one.
    const panel = await browser().context.newPage();
    await panel.setViewportSize({ width: 360, height: 768 });
    await panel.goto(`chrome-extension://${browser().extensionId}/src/panel/index.html?tab=${await tabIdOf(browser(), browser().demoUrl)}`);
    const sidebar = panel.getByRole('complementary', { name: 'Composure' });
    await expect.poll(() => sidebar.innerText(), { timeout: 10_000 }).toContain('Dana Whitfield');
    expect(await sidebar.innerText()).toContain('#4821');
    expect(await sidebar.innerText()).toMatch(/Wants to cancel[\s\S]*I am cancelling my contract/);

    // One sidebar at a time: the page gets its full width back.
    await expect.poll(margin).toBe('0px');
    expect(await ticket.evaluate(() => document.documentElement.lastElementChild?.getBoundingClientRect().width ?? 0)).toBe(0);

    // Insert lands in the tab's reply box, once; a number key inserts the second after it.
    const first = await panel.locator('[data-suggestion]').first().locator('p').innerText();
    await panel.locator('[data-suggestion] button.primary').first().click();
    await expect.poll(() => ticket.inputValue('[data-demo="reply"]')).toContain(first);
    const reply = await ticket.inputValue('[data-demo="reply"]');
    expect(reply.split(first).length - 1).toBe(1);
    const second = await panel.locator('[data-suggestion]').nth(1).locator('p').innerText();
    await panel.locator('[data-suggestion] button.primary').first().focus();
    await panel.keyboard.press('2');
    await expect.poll(() => ticket.inputValue('[data-demo="reply"]')).toContain(second);
    expect((await ticket.inputValue('[data-demo="reply"]')).indexOf(second)).toBeGreaterThan(reply.indexOf(first));
    // The draft check follows what was inserted, in the panel.
    await expect.poll(() => sidebar.innerText()).not.toContain('Start your reply');

    // Closing the panel brings the in-page sidebar back.
    await panel.close();
    const back = await Sidebar.find(ticket);
    await back.waitForText('Dana Whitfield');
    await expect.poll(margin).toBe('340px');
  });

  it('says so on a tab with no ticket', async () => {
    const other = await browser().context.newPage();
    await other.goto('about:blank');
    const panel = await browser().context.newPage();
    await panel.goto(`chrome-extension://${browser().extensionId}/src/panel/index.html?tab=999999`);
    await expect.poll(() => panel.locator('[data-no-ticket]').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.getByRole('complementary', { name: 'Composure' }).innerText()).toContain('No helpdesk ticket in this tab');
  });
});
