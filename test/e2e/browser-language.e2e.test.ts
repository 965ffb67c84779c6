import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sidebar, type Session, launch } from './chromium';

// Chromium in German (its German interface strings come from Debian's chromium-l10n, which
// .ci/run installs): the extension's strings are German without the agent choosing anything.
let session: Session;
beforeAll(async () => {
  session = await launch({ args: ['--lang=de'] });
  // The browser's own answer (Playwright keeps navigator.language at en-US).
  const answer = await session.context.serviceWorkers()[0]?.evaluate(() => chrome.i18n.getMessage('signal_repeat_contact'));
  if (answer === 'Repeat contact') throw new Error('Chromium gives the extension no German strings: apt-get install chromium-l10n');
});
afterAll(async () => session?.close());

describe('a browser in German', () => {
  it('the worker publishes the German strings, with "$1" left for the page to fill', async () => {
    const worker = session.context.serviceWorkers()[0];
    await expect
      .poll(() =>
        worker?.evaluate(async () => {
          const published = (await chrome.storage.local.get('publishedConfig')).publishedConfig as
            | { ui?: { messages: Record<string, string> } }
            | undefined;
          return published?.ui?.messages.messagesRead;
        }),
      )
      .toBe('$1 Nachrichten gelesen');
  });

  it('the sidebar speaks German, its counts filled in', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl);
    const sidebar = await Sidebar.find(page);
    const text = await sidebar.waitForText('5 Nachrichten gelesen');
    expect(text).not.toContain('messages read');
    expect(text).not.toContain('$1');
    await page.close();
  });
});
