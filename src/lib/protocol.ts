import type { FollowUpView } from '../engine/follow-ups';
import type { Coaching, Signal } from '../engine/types';
import type { AnalysisRequest } from './analysis-protocol';
import type { WorkerMessage } from './worker-protocol';

export type { AnalysisRequest, FollowUpView };

/** The analysis service's port: a tab (or the practice page) asks, the service worker answers (lib/analysis-protocol.ts). */
export const ANALYSIS_PORT = 'composure-analysis';

/**
 * What the analysis service answers on the port. `missing`: the worker no longer holds these
 * texts (it restarted, or let them go), so the request comes again with them. `follow-ups`
 * follows the coaching of a read. `reconfigured`: the packs or settings changed, ask again.
 */
export type AnalysisAnswer =
  | { type: 'coaching'; id: number; coaching: Coaching }
  | { type: 'missing'; id: number; hashes: string[] }
  | { type: 'follow-ups'; id: number; followUps: FollowUpView[] }
  | { type: 'refused'; id?: number; error: string }
  | { type: 'reconfigured' };

/**
 * The messages a tab's content script takes, and the worker's answer type. The messages to the
 * service worker are schemas in worker-protocol.ts (kept apart: the validator stays out of the
 * content script every agent loads on every page).
 */
export type { WorkerMessage };

/** The service worker's answer to every message (`signals` to "model-signals"). */
export type WorkerAnswer = { ok: true; signals?: Signal[] } | { ok: false; error: string };

/** What a tab's content script answers to. */
export type TabMessage = { type: 'toggle-sidebar' } | { type: 'focus-sidebar' } | { type: 'status' };
const TAB_MESSAGE_TYPES: readonly TabMessage['type'][] = ['toggle-sidebar', 'focus-sidebar', 'status'];

/**
 * A tab message, or undefined. Checked by hand, not with valibot: this runs in the content
 * script every agent loads on every page, where the validator would cost more than the check.
 */
export function tabMessage(value: unknown): TabMessage | undefined {
  const type = (value as { type?: unknown } | null)?.type;
  return TAB_MESSAGE_TYPES.includes(type as TabMessage['type']) ? { type: type as TabMessage['type'] } : undefined;
}
