import * as v from 'valibot';

/**
 * Every message to the service worker, as schemas (the rest of the table, which the content
 * script also reads, is in protocol.ts: this file's validator stays out of the content script).
 * Every message between Composure's runtimes, in one table. Each side that receives one checks
 * it against its schema here before acting: content scripts run beside hostile pages, and a
 * page of an older version may still be open after an update.
 *
 *   content script, popup, settings, practice, panel, teach ──runtime.sendMessage──▶ service worker   (WorkerMessage)
 *   content script, practice ◀──port──▶ service worker's analysis service                              (analysis-protocol.ts)
 *   service worker, popup ──tabs.sendMessage──▶ content script                                         (TabMessage)
 *   side panel ◀──port──▶ content script                                                               (ui/panel-protocol.ts)
 */

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const host = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+(:\d{1,5})?$/i));

/** What the service worker answers to. */
export const WorkerMessageSchema = v.variant('type', [
  v.object({ type: v.literal('ping') }),
  v.object({ type: v.literal('publish-packs') }),
  v.object({ type: v.literal('open-options') }),
  // Rule ids and events only; the records are filtered again (lib/usage.ts validRecords).
  v.object({
    type: v.literal('usage'),
    context: v.picklist(['live', 'practice']),
    records: v.pipe(v.array(v.unknown()), v.maxLength(500)),
  }),
  // From a content script: its own tab. From the popup or settings: the tab they name.
  v.object({ type: v.literal('start-teach'), tabId: v.optional(tabId) }),
  // The definition is checked against the site schema by the worker (background/teach.ts).
  v.object({ type: v.literal('propose-site'), host, definition: v.unknown(), summary: v.optional(v.record(v.string(), v.unknown())) }),
  v.object({ type: v.literal('teach-site'), tabId, host }),
  v.object({ type: v.literal('add-site'), host, adapter: v.pipe(v.string(), v.regex(/^[a-z]{2,20}$/)) }),
  v.object({ type: v.literal('remove-site'), host }),
  // The customer's latest messages, for the anger model of their language (background/models.ts),
  // from the settings page's test bench. Scored and forgotten: nothing of it is kept. (Tabs and
  // practice get the model's signals in the analysis service's answer, lib/analysis-protocol.ts.)
  v.object({
    type: v.literal('model-signals'),
    language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i)),
    messages: v.pipe(
      v.array(
        v.object({
          index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
          text: v.pipe(v.string(), v.maxLength(50_000)),
          scope: v.picklist(['latest', 'thread']),
        }),
      ),
      v.maxLength(3),
    ),
  }),
  // The popup or the sidebar: a promise needs no follow-up (the ticket was settled another way).
  v.object({ type: v.literal('dismiss-follow-up'), id: v.pipe(v.string(), v.maxLength(300)) }),
  // The popup opens the ticket a promise was made on.
  v.object({ type: v.literal('open-ticket'), url: v.pipe(v.string(), v.maxLength(2_000), v.regex(/^https?:\/\//)) }),
]);
export type WorkerMessage = v.InferOutput<typeof WorkerMessageSchema>;

/** The worker message, or the reason it was refused. */
export function parseWorkerMessage(value: unknown): { ok: true; message: WorkerMessage } | { ok: false; error: string } {
  const result = v.safeParse(WorkerMessageSchema, value);
  if (result.success) return { ok: true, message: result.output };
  const type = (value as { type?: unknown } | null)?.type;
  const known = WorkerMessageSchema.options.some((o) => o.entries.type.literal === type);
  return { ok: false, error: known ? 'bad payload' : 'unknown type' };
}
