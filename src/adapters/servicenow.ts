import type { Message } from '../engine/types';
import { all, text } from './dom';
import { messageText } from './message-text';
import { textareaComposer } from './insert';
import type { Adapter } from './types';

/**
 * ServiceNow, classic UI. The record form lives in iframe#gsft_main, so this adapter runs in
 * that frame (the content script is injected into all ServiceNow frames). The activity stream
 * is newest first; it is read oldest first. "Work notes" are internal; "Additional comments" by
 * the caller are the customer's, by anyone else the agent's. The reply box is the
 * customer-visible comments textarea.
 * Example URL (the frame): https://acme.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371
 * Workspace (SOW) is not covered: its components nest 10–30 shadow roots deep and no public code reads them.
 */
export const SELECTORS = {
  stream: 'ul.h-card-wrapper, .activities-form',
  entry: 'li.h-card',
  author: '.sn-card-component-createdby',
  type: '.sn-card-component-time span',
  body: '.sn-widget-textblock-body_formatted, .sn-widget-textblock-body',
  number: '[id$=".number"]',
  subject: '[id$=".short_description"]',
  caller: '[id="sys_display.incident.caller_id"], [id$=".caller_id"][id^="sys_display."]',
  composer: '#activity-stream-comments-textarea, #activity-stream-textarea',
} as const;

export const servicenow: Adapter = {
  id: 'servicenow',
  name: 'ServiceNow',
  matches: (url) => url.hostname.endsWith('.service-now.com') && /\.do$/.test(url.pathname) && url.searchParams.has('sys_id'),
  isTicketView: (url) => url.searchParams.has('sys_id'),
  observeRoot: (doc) => doc.querySelector(SELECTORS.stream),
  readTicket(doc) {
    const stream = doc.querySelector(SELECTORS.stream);
    if (!stream) return { ok: false, problem: 'no-conversation' };
    const caller = doc.querySelector<HTMLInputElement>(SELECTORS.caller)?.value ?? '';
    const messages: Message[] = all(stream, SELECTORS.entry)
      .map((entry): Message => {
        const author = text(entry.querySelector(SELECTORS.author));
        const internal = /work notes/i.test(text(entry.querySelector(SELECTORS.type)));
        return {
          role: internal ? 'internal' : author === caller ? 'customer' : 'agent',
          author: author || undefined,
          text: messageText(entry.querySelector(SELECTORS.body)),
        };
      })
      .reverse();
    if (!messages.length) return { ok: false, problem: 'no-messages' };
    return {
      ok: true,
      ticket: {
        helpdesk: 'servicenow',
        id: doc.querySelector<HTMLInputElement>(SELECTORS.number)?.value || undefined,
        subject: doc.querySelector<HTMLInputElement>(SELECTORS.subject)?.value || undefined,
        requester: { name: caller || undefined },
        messages,
      },
    };
  },
  composer(doc) {
    const el = doc.querySelector<HTMLTextAreaElement>(SELECTORS.composer);
    return el ? textareaComposer(el) : null;
  },
};
