import * as v from 'valibot';
import { MAX_TICKET_CHARS } from '../engine/normalize';

/**
 * What a tab (or practice) asks the analysis service over its port (`ANALYSIS_PORT`, lib/protocol.ts),
 * checked here by the service worker before anything is analysed: a content script runs beside a
 * hostile page. What the worker answers is `AnalysisAnswer` (lib/protocol.ts), which a tab checks
 * by hand (this validator stays out of the content script).
 *
 * Every request names the whole ticket, each message by the hash of its text (lib/text-hash.ts);
 * a message's text travels only the first time on a port. The worker keeps the texts of a port
 * in memory only, and drops them when the port closes.
 */

const hash = v.pipe(v.string(), v.regex(/^[0-9a-z]{1,7}\.[0-9a-z]{1,7}\.[0-9a-z]{1,8}$/));
const short = (max: number) => v.pipe(v.string(), v.maxLength(max));
const language = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i));

/** A message text longer than the whole ticket's cap would be cut anyway: refused rather than carried. */
const MessageRef = v.object({
  hash,
  role: v.picklist(['customer', 'agent', 'internal', 'system']),
  author: v.optional(short(300)),
  time: v.optional(short(100)),
  text: v.optional(short(MAX_TICKET_CHARS)),
});

export const AnalysisRequestSchema = v.object({
  type: v.literal('analyze'),
  id: v.pipe(v.number(), v.integer(), v.minValue(0)),
  ticket: v.object({
    /** The tab's name for the ticket (`adapter:id`): requests about one ticket share its memo. */
    key: short(500),
    helpdesk: short(60),
    id: v.optional(short(200)),
    subject: v.optional(short(1_000)),
    requester: v.optional(v.object({ name: v.optional(short(300)), email: v.optional(short(300)) })),
    messages: v.pipe(v.array(MessageRef), v.maxLength(2_000)),
  }),
  draft: short(MAX_TICKET_CHARS),
  options: v.object({
    method: v.optional(short(60)),
    agentLanguage: language,
    suggestionLanguage: v.optional(language),
    /** The customer's language when the caller knows it (practice); else the service detects it. */
    language: v.optional(language),
    agentName: v.optional(short(100)),
    hidden: v.pipe(v.array(short(200)), v.maxLength(500)),
  }),
  /** A read (not a typing pause) of a helpdesk ticket: the promises in its sent replies are looked for too. */
  followUps: v.optional(
    v.object({
      ticketId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
      url: v.pipe(v.string(), v.maxLength(2_000), v.regex(/^https?:\/\//)),
      helpdesk: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,40}$/)),
    }),
  ),
});
export type AnalysisRequest = v.InferOutput<typeof AnalysisRequestSchema>;
export type MessageRef = AnalysisRequest['ticket']['messages'][number];

/** The request, or why it was refused (with its id when it had one, so the tab knows which). */
export function parseAnalysisRequest(value: unknown): { ok: true; request: AnalysisRequest } | { ok: false; id?: number; error: string } {
  const result = v.safeParse(AnalysisRequestSchema, value);
  if (result.success) return { ok: true, request: result.output };
  const id = (value as { id?: unknown } | null)?.id;
  const type = (value as { type?: unknown } | null)?.type;
  return { ok: false, ...(typeof id === 'number' ? { id } : {}), error: type === 'analyze' ? 'bad payload' : 'unknown type' };
}
