import type { UsageRecord } from '../lib/usage';
import { browser } from '../lib/browser';

/** Messages the content script may send; the service worker validates every one. */
export type ContentMessage =
  | { type: 'open-options' }
  | { type: 'usage'; context: 'live'; records: UsageRecord[] }
  | { type: 'start-teach' };

/** True while this content script still belongs to a live extension (not reloaded/updated). */
export function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export async function send(message: ContentMessage): Promise<unknown> {
  if (!contextAlive()) return undefined;
  return browser.runtime.sendMessage(message);
}
