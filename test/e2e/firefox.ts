import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/build/manifest-for-browser';
import { firefoxPath } from '../../scripts/lib/browsers';

/**
 * Firefox ESR with the built extension installed. `uuid` fixes the add-on's moz-extension://
 * host (Firefox gives each add-on a random one) so a test can open its pages; `prefs` adds to
 * the ones every Firefox test needs; `dist` is the build installed (a bench measures another).
 */
export async function launchFirefox(uuid: string, prefs: Record<string, unknown> = {}, dist = 'dist-firefox'): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    // Since Firefox 153, WebDriver may navigate only to http(s), file and blob URLs unless the
    // harness is given system access; without it the moz-extension:// panel page never opens
    // (the tab stays about:blank). ESR 140 ignores the variable. Agents are unaffected: this is
    // how the test reaches the page, not how Firefox shows the sidebar.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    args: ['--width=1400', '--height=900'],
    // Firefox ESR 140's WebDriver BiDi has no screen-orientation override, which puppeteer's
    // setViewport calls: the window is sized at launch instead.
    defaultViewport: null,
    extraPrefsFirefox: {
      'extensions.manifestV3.enabled': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      ...prefs,
    },
  });
  await browser.installExtension(resolve(dist));
  return browser;
}

/**
 * Polls what a person would see until it is right. The failure says what was on screen, so a
 * browser update that breaks a test reads as "the panel showed X", not a bare time-out.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 10_000,
  what = 'the expected text',
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = await read();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  if (!ok(last)) {
    const seen = String(last).trim().slice(0, 600);
    throw new Error(`Waited ${timeout / 1000} s for ${what}; the agent would see: ${seen ? `"${seen}"` : 'nothing (an empty page)'}`);
  }
  return last;
}
