import type { FollowUpView } from '../engine/follow-ups';
import type { Signal } from '../engine/types';
import type { WorkerMessage } from './worker-protocol';

export type { FollowUpView };

/**
 * The messages a tab's content script takes, and the worker's answer type. The messages to the
 * service worker are schemas in worker-protocol.ts (kept apart: the validator stays out of the
 * content script every agent loads on every page).
 */
export type { WorkerMessage };

/** The service worker's answer to every message (`followUps` to "follow-ups", `signals` to "model-signals"). */
export type WorkerAnswer = { ok: true; followUps?: FollowUpView[]; signals?: Signal[] } | { ok: false; error: string };

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
