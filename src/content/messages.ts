import { browser } from '../lib/browser';
import type { WorkerAnswer } from '../lib/protocol';
import type { WorkerMessage } from '../lib/worker-protocol';

/** Messages the content script may send (the protocol table's harmless ones); the service worker checks every one. */
export type ContentMessage = Extract<WorkerMessage, { type: 'open-options' | 'usage' | 'start-teach' | 'dismiss-follow-up' }>;

/** True while this content script still belongs to a live extension (not reloaded/updated). */
export function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export async function send(message: ContentMessage): Promise<WorkerAnswer | undefined> {
  if (!contextAlive()) return undefined;
  return (await browser.runtime.sendMessage(message)) as WorkerAnswer | undefined;
}
