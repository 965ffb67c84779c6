import browser from 'webextension-polyfill';
import { loadPublishedConfig } from '../lib/storage';
import { USAGE_KEY, type UsageContext, type UsageRecord, addRecords, dayOf, parseStore } from '../lib/usage';

/** Writes one batch at a time: tabs report concurrently, and a read-modify-write must not lose another's counts. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Counts a batch of usage records (rule ids and events only) for today, unless the agent or the
 * policy switched counting off. A full storage quota loses the batch, nothing else.
 */
export function recordUsage(context: UsageContext, records: UsageRecord[]): Promise<unknown> {
  const run = queue.then(async () => {
    if (!records.length) return;
    const config = await loadPublishedConfig();
    if (!config.usageCounts) return;
    const store = parseStore((await browser.storage.local.get(USAGE_KEY))[USAGE_KEY]);
    await browser.storage.local.set({ [USAGE_KEY]: addRecords(store, context, records, dayOf(new Date())) }).catch(() => undefined);
  });
  // One batch that fails (a read refused while the browser is busy) loses that batch only: a
  // rejected queue would silently drop every later batch until the worker restarts.
  queue = run.catch(() => undefined);
  return run;
}
