import browser from 'webextension-polyfill';
import { BUNDLED_PACKS_KEY, type PublishedPacks } from '../lib/storage';
import { BUNDLED_PACKS } from '../packs';

/**
 * Puts the bundled packs where content scripts read them, without their examples (those are
 * tests, run by packs:check and the options page). Done on install, update and browser start,
 * and on request when a content script finds them missing or stale.
 */
export async function publishPacks(): Promise<void> {
  const packs = BUNDLED_PACKS.map(({ examples: _examples, ...pack }) => pack);
  const value: PublishedPacks = { version: browser.runtime.getManifest().version, packs };
  await browser.storage.local.set({ [BUNDLED_PACKS_KEY]: value });
}
