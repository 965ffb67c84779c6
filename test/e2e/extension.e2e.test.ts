import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Sidebar } from './chromium';
import { sharedSession } from './session';

const browser = sharedSession();

describe('Composure in Chromium, on the demo helpdesk', () => {
  it('shows the sidebar with what it read from the ticket', async () => {
    const page = await browser().context.newPage();
    await page.goto(browser().demoUrl);
    const sidebar = await Sidebar.find(page);
    const text = await sidebar.waitForText('Dana Whitfield');
    expect(text).toContain('#4821');
    expect(text).toContain('5 messages read');
    // What the customer wrote, with her own words as evidence; the internal note is not hers.
    expect(text).toMatch(/Repeat contact[\s\S]*THIRD time/);
    expect(text).toMatch(/Baiting[\s\S]*You people/);
    expect(text).toMatch(/Wants a refund/);
    await page.close();
  });

  it('follows the agent to another ticket without stale content', async () => {
    const page = await browser().context.newPage();
    await page.goto(browser().demoUrl);
    const sidebar = await Sidebar.find(page);
    await sidebar.waitForText('#4821');
    await page.click('[data-ticket-link="4907"]');
    const text = await sidebar.waitForText('Lars Eriksen');
    expect(text).toContain('#4907');
    expect(text).not.toContain('Baiting');
    await page.click('[data-ticket-link="4821"]');
    expect(await sidebar.waitForText('Baiting')).toContain('#4821');
    await page.close();
  });

  it('opens the options page', async () => {
    const page = await browser().context.newPage();
    await page.goto(`chrome-extension://${browser().extensionId}/src/options/index.html`);
    await expect.poll(() => page.getByRole('heading', { name: 'Composure settings' }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /HELP method/ }).isChecked()).toBe(true);
    await page.close();
  });

  it('brings a setting saved in the options page to an open ticket, without a reload', async () => {
    const ticket = await browser().context.newPage();
    await ticket.goto(browser().demoUrl);
    const sidebar = await Sidebar.find(ticket);
    await sidebar.waitForText(/Next step · HELP/i);

    const options = await browser().context.newPage();
    await options.goto(`chrome-extension://${browser().extensionId}/src/options/index.html`);
    await options.getByRole('checkbox', { name: /ASAP method/ }).check();
    await options.getByRole('combobox', { name: /Service method/ }).selectOption('asap');
    await sidebar.waitForText(/Next step · ASAP/i);
    // Put it back for the other tests.
    await options.getByRole('combobox', { name: /Service method/ }).selectOption('help');
    await sidebar.waitForText(/Next step · HELP/i);
    await options.close();
    await ticket.close();
  });

  it('still answers after its service worker is stopped', async () => {
    const ticket = await browser().context.newPage();
    await ticket.goto(browser().demoUrl);
    const sidebar = await Sidebar.find(ticket);
    await sidebar.waitForText('#4821');

    const cdp = await browser().context.newCDPSession(ticket);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser().extensionId));
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker?.targetId as string });
    await expect.poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker')).toBe(false);

    // The settings button goes through the (stopped) worker, which must wake and answer.
    const opened = browser().context.waitForEvent('page', (p) => p.url().includes('/src/options/index.html'));
    await sidebar.click('Open Composure settings');
    const options = await opened;
    expect(options.url()).toContain(browser().extensionId);
    await options.close();
    await ticket.close();
  });

  it('registers a custom helpdesk domain only when asked from its own pages, and only with permission', async () => {
    const options = await browser().context.newPage();
    await options.goto(`chrome-extension://${browser().extensionId}/src/options/index.html`);
    const reply = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'add-site', host: 'support.acme.example', adapter: 'zendesk' }),
    );
    expect(reply).toEqual({ ok: false, error: 'No permission for support.acme.example' });
    const bad = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'add-site', host: 'https://evil/<script>', adapter: 'zendesk' }),
    );
    expect(bad).toEqual({ ok: false, error: 'bad payload' });

    // The same request from the content script's own world (as a compromised page could make it).
    const ticket = await browser().context.newPage();
    const cdp = await browser().context.newCDPSession(ticket);
    const worlds: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, name: context.name }));
    await cdp.send('Runtime.enable');
    await ticket.goto(browser().demoUrl);
    await Sidebar.find(ticket);
    const world = worlds.find((w) => w.name === 'Composure');
    expect(world).toBeDefined();
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world?.id,
      awaitPromise: true,
      returnByValue: true,
      expression: "chrome.runtime.sendMessage({ type: 'add-site', host: 'support.acme.example', adapter: 'zendesk' })",
    });
    expect(result.value).toEqual({ ok: false, error: 'not allowed from a page' });
  });

  it('exposes no file to web pages: a page cannot fetch any of them', async () => {
    const page = await browser().context.newPage();
    await page.goto(browser().demoUrl);
    const files = walk('dist').map((f) => relative('dist', f));
    expect(files.length).toBeGreaterThan(10);
    const loaded = await page.evaluate(
      async ({ id, files }) => {
        const ok: string[] = [];
        for (const file of files) {
          try {
            await fetch(`chrome-extension://${id}/${file}`);
            ok.push(file);
          } catch {
            // Blocked: not web-accessible.
          }
        }
        return ok;
      },
      { id: browser().extensionId, files },
    );
    expect(loaded).toEqual([]);
    await page.close();
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
