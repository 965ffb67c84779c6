import type { Message, Role } from '../engine/types';
import { ckeditorComposer } from './ckeditor';
import { all, attr, text } from './dom';
import { messageText } from './message-text';
import type { Adapter } from './types';

/**
 * Zendesk Support, Agent Workspace. Several tickets stay mounted at once (one per header tab),
 * so everything is read inside the active ticket's pane.
 * Example URLs: https://acme.zendesk.com/agent/tickets/101  https://acme.zendesk.com/agent/tickets/102
 * Selectors: ../shared/reference/helpdesk-dom.md (data-test-id hooks; hashed sc-* classes ignored).
 */
export const SELECTORS = {
  activePane: '.ticket-panes-grid-layout[data-is-active="true"]',
  paneForId: (id: string) => `[data-ticket-id="${CSS.escape(id)}"]`,
  log: '[data-test-id="omni-log-container"]',
  comment: 'article[data-test-id="omni-log-comment-item"]',
  message: '[data-test-id="omni-log-item-message"]',
  sender: '[data-test-id="omni-log-item-sender"]',
  content: '[data-test-id="omni-log-message-content"]',
  internalTag: '[data-test-id="omni-log-internal-note-tag"]',
  time: 'time[datetime]',
  subject: 'input[data-test-id="omni-header-subject"], input[data-test-id="ticket-pane-subject"]',
  requester: '[data-test-id="ticket-system-field-requester-select"]',
  composer:
    '[data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable[contenteditable="true"], .ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
} as const;

const ROLES: Record<string, Role> = { 'end-user': 'customer', agent: 'agent', internal: 'internal' };
const ticketId = (url: URL) => /^\/agent\/tickets\/(\d+)/.exec(url.pathname)?.[1];

function activePane(doc: Document, url: URL): Element | null {
  const id = ticketId(url);
  return doc.querySelector(SELECTORS.activePane) ?? (id ? doc.querySelector(SELECTORS.paneForId(id)) : null);
}

export const zendesk: Adapter = {
  id: 'zendesk',
  name: 'Zendesk',
  matches: (url) => url.hostname.endsWith('.zendesk.com') && url.pathname.startsWith('/agent/'),
  isTicketView: (url) => ticketId(url) !== undefined,
  observeRoot: (doc) => doc.querySelector(SELECTORS.activePane)?.parentElement ?? doc.querySelector(SELECTORS.log),
  readTicket(doc, url) {
    const pane = activePane(doc, url);
    const log = pane?.querySelector(SELECTORS.log);
    if (!pane || !log) return { ok: false, problem: 'no-conversation' };
    const messages: Message[] = all(log, SELECTORS.comment).map((article) => {
      const body = article.querySelector(SELECTORS.message);
      const internal = article.querySelector(SELECTORS.internalTag) !== null;
      return {
        role: internal ? 'internal' : (ROLES[attr(body, 'type') ?? ''] ?? 'system'),
        author: text(article.querySelector(SELECTORS.sender)) || undefined,
        text: messageText(article.querySelector(SELECTORS.content) ?? body),
        time: attr(article.querySelector(SELECTORS.time), 'datetime'),
      };
    });
    if (!messages.length) return { ok: false, problem: 'no-messages' };
    const requester = text(pane.querySelector(SELECTORS.requester));
    return {
      ok: true,
      ticket: {
        helpdesk: 'zendesk',
        id: ticketId(url),
        subject: (pane.querySelector<HTMLInputElement>(SELECTORS.subject)?.value ?? '') || undefined,
        requester: { name: requester || undefined },
        messages,
      },
    };
  },
  composer(doc) {
    const pane = doc.querySelector(SELECTORS.activePane) ?? doc;
    const el = pane.querySelector<HTMLElement>(SELECTORS.composer);
    return el ? ckeditorComposer(el) : null;
  },
};
