// npm run screenshots — the README's pictures, from the built extension on the demo ticket and
// its own pages, at 1366×768 (a common agent laptop) unless said otherwise. Looked at before use.
import type { Page } from 'playwright-core';
import { Sidebar, launch, setUiLanguage, shiftClock, tabIdOf } from '../test/e2e/chromium';

const DRAFT = 'As I said, you should have updated the firmware. We can’t refund the router. I will look into it.';
const session = await launch();
const extension = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

/** Waits on what is on screen, without opening "+N more" (Sidebar.waitForText would). */
async function shows(sidebar: Sidebar, needle: string) {
  for (let i = 0; i < 100 && !(await sidebar.visibleText()).includes(needle); i++) await new Promise((r) => setTimeout(r, 100));
}

async function open(url: string, scheme: 'light' | 'dark', width = 1366, height = 768): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height });
  await page.goto(url);
  return page;
}

// The sidebar in the page: a fresh ticket (light), and a draft under check (dark).
const light = await open(session.demoUrl, 'light');
const sidebar = await Sidebar.find(light);
await shows(sidebar, 'Dana Whitfield');
await light.screenshot({ path: 'docs/screenshot.png' });
const dark = await open(session.demoUrl, 'dark');
const darkSidebar = await Sidebar.find(dark);
await shows(darkSidebar, 'Dana Whitfield');
await dark.fill('[data-demo="reply"]', DRAFT);
await shows(darkSidebar, 'no apology');
await dark.screenshot({ path: 'docs/screenshot-dark.png' });
await dark.close();

// German, the long-worded language.
await setUiLanguage(session, 'de');
const de = await open(session.demoUrl, 'light');
await shows(await Sidebar.find(de), 'Dana Whitfield');
await de.screenshot({ path: 'docs/screenshot-de.png' });
await de.close();
await setUiLanguage(session, 'en');

// The browser's side panel (its page, as the panel shows it), the popup, settings, practice.
const id = await tabIdOf(session, session.demoUrl);
const panel = await open(extension(`src/panel/index.html?tab=${id}`), 'light', 400, 768);
await panel.getByText('Dana Whitfield').first().waitFor();
await panel.screenshot({ path: 'docs/side-panel.png' });
await panel.close();
const popup = await open(extension(`src/popup/index.html?tab=${id}`), 'light', 340, 470);
await popup.locator('[data-sees] dl').waitFor();
await popup.screenshot({ path: 'docs/popup.png' });
const settings = await open(extension('src/options/index.html'), 'light');
await settings.getByRole('heading', { name: 'Composure settings' }).waitFor();
await settings.screenshot({ path: 'docs/settings.png' });

// Practice, played to the debrief; then the usage counts it left.
const practice = await open(extension('src/practice/index.html?scenario=angry-repeat-contact&lang=en'), 'light', 1366, 900);
for (const text of ['Please restart your router.', 'We will look into it.']) {
  await practice.click('[data-practice-reply]');
  await practice.keyboard.type(text);
  await practice.click('[data-practice-send]');
  await practice.waitForTimeout(1_000);
}
await practice.locator('[data-debrief]').scrollIntoViewIfNeeded();
await practice.screenshot({ path: 'docs/practice.png' });
// Some use on the live ticket: one suggestion inserted, one copied, one dismissed.
await light.click('[data-demo="reply"]');
await sidebar.click('Insert: ');
await sidebar.eval(`function () {
  const items = this.querySelectorAll('[data-suggestion]');
  items[1].querySelector('button[aria-label^="Copy"]').click();
  items[2].querySelector('details').open = true;
  [...items[2].querySelectorAll('button')].find((b) => b.textContent === 'Not helpful').click();
}`);
await light.waitForTimeout(3_500);
await settings.reload();
await settings.locator('#usage').scrollIntoViewIfNeeded();
await settings.evaluate(() => document.querySelector('#usage')?.scrollIntoView());
await settings.waitForTimeout(300);
await settings.screenshot({ path: 'docs/usage.png' });

// Follow-ups: a promise sent on ticket #4907, pending (English, light, 1366×768); the next day
// past its time (German, dark, 1920×1080; Greek, light, 1366×768); the popup's list.
const PROMISE = "Hi Lars, thanks for checking. I'll update you by tomorrow at 10 once accounting has the credit note.";
const promised = await open(`${session.demoUrl}?ticket=4907`, 'light');
const promisedSidebar = await Sidebar.find(promised);
await shows(promisedSidebar, 'Lars Eriksen');
await promised.fill('[data-demo="reply"]', PROMISE);
await promised.click('[data-demo="send"]');
await shows(promisedSidebar, 'You promised');
await promised.screenshot({ path: 'docs/follow-up.png' });
const popupNow = await open(
  extension(`src/popup/index.html?tab=${await tabIdOf(session, `${session.demoUrl}?ticket=4907`)}`),
  'light',
  340,
  560,
);
await popupNow.locator('[data-promises] li').waitFor();
await popupNow.screenshot({ path: 'docs/follow-up-popup.png' });
await popupNow.close();
const due = new Date();
due.setDate(due.getDate() + 1);
due.setHours(10, 40, 0, 0);
// The same tab (the demo keeps sent replies for the tab's session), reloaded in each language.
for (const [lang, scheme, width, height, file] of [
  ['de', 'dark', 1920, 1080, 'docs/follow-up-late-de-dark.png'],
  ['el', 'light', 1366, 768, 'docs/follow-up-late-el.png'],
] as const) {
  await setUiLanguage(session, lang);
  await promised.emulateMedia({ colorScheme: scheme });
  await promised.setViewportSize({ width, height });
  await promised.reload();
  await shows(await Sidebar.find(promised), 'Lars Eriksen');
  await shiftClock(session, promised, due.getTime() - Date.now());
  await promised.click('[data-ticket-link="4821"]');
  await promised.waitForTimeout(500);
  await promised.click('[data-ticket-link="4907"]');
  await promised.waitForTimeout(1_500);
  await promised.screenshot({ path: file });
  await shiftClock(session, promised, 0);
}
await setUiLanguage(session, 'en');

await session.close();
console.log(
  'docs/: screenshot.png, screenshot-dark.png, screenshot-de.png, side-panel.png, popup.png, settings.png, practice.png, usage.png, follow-up*.png',
);
