import type { Message, Role } from '../engine/types';
import { editableComposer } from './contenteditable';
import { all, attr, text } from './dom';
import { messageText } from './message-text';
import type { Adapter } from './types';

/**
 * Intercom inbox (Ember). Parts carry their kind in data-part-group-category.
 * Example URLs: https://app.intercom.com/a/inbox/acme/inbox/conversation/9001
 *               https://app.intercom.com/a/inbox/acme/inbox/shared/all/conversation/9002
 * Class names changed in 2026 (inbox2__ → inbox-2__, Tailwind parts): only data attributes are used.
 */
export const SELECTORS = {
  stream: '[data-testid="conversation-stream-scroll-container"]',
  part: '[data-part-group-category]',
  body: '.intercom-interblocks',
  author: '.inbox-2__part-author, .inbox2__part-author, [data-part-author]',
  title: '[data-inbox-conversation-header-title]',
  composer: '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
} as const;

// 1 customer, 3 teammate, 4 note, 5 bot, 20 system (public Selenium and clockify code).
const ROLES: Record<string, Role> = { '1': 'customer', '3': 'agent', '4': 'internal', '5': 'system', '20': 'system' };
const conversationId = (url: URL) => /\/conversation\/(\d+)/.exec(url.pathname)?.[1];

export const intercom: Adapter = {
  id: 'intercom',
  name: 'Intercom',
  matches: (url) => url.hostname === 'app.intercom.com' && url.pathname.startsWith('/a/'),
  isTicketView: (url) => conversationId(url) !== undefined,
  observeRoot: (doc) => doc.querySelector(SELECTORS.stream),
  readTicket(doc, url) {
    const stream = doc.querySelector(SELECTORS.stream);
    if (!stream) return { ok: false, problem: 'no-conversation' };
    const messages: Message[] = all(stream, SELECTORS.part).map((part) => ({
      role: ROLES[attr(part, 'data-part-group-category') ?? ''] ?? 'system',
      author: text(part.querySelector(SELECTORS.author)) || undefined,
      text: messageText(part.querySelector(SELECTORS.body) ?? part),
    }));
    if (!messages.length) return { ok: false, problem: 'no-messages' };
    const customer = messages.find((m) => m.role === 'customer')?.author;
    return {
      ok: true,
      ticket: {
        helpdesk: 'intercom',
        id: conversationId(url),
        requester: { name: customer ?? (text(doc.querySelector(SELECTORS.title)) || undefined) },
        messages,
      },
    };
  },
  composer: (doc) => editableComposer(doc, SELECTORS.composer),
};
