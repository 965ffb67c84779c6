import type { Message, Role } from '../engine/types';
import { editableComposer } from './contenteditable';
import { all, attr, text } from './dom';
import { messageText } from './message-text';
import type { Adapter } from './types';

/**
 * Help Scout. Threads are typed customer / message (a teammate's reply) / note, as in the app's
 * own data (appData.conversationView…threads); the DOM marks them on div[id^="thread-"].
 * Example URLs: https://secure.helpscout.net/conversation/2001/77  …/conversation/2002/78?folderId=1
 */
export const SELECTORS = {
  list: '#tkContent, [data-cy="ThreadList"]',
  thread: 'li > div[id^="thread-"]',
  author: 'span[data-nocollapse="true"], [data-cy="ThreadAuthor"]',
  body: 'section.messageBody, .messageBody',
  subject: '[aria-label="Conversation Subject"], #subjectLine',
  customer: '[data-cy="CustomerName"]',
  composer: '[data-cy="ConvoEditor"] [data-slate-editor="true"][contenteditable="true"]',
} as const;

const ROLES: Record<string, Role> = { customer: 'customer', message: 'agent', note: 'internal', lineitem: 'system' };
const conversationId = (url: URL) => /^\/conversation\/(\d+)/.exec(url.pathname)?.[1];

export const helpscout: Adapter = {
  id: 'helpscout',
  name: 'Help Scout',
  matches: (url) => url.hostname === 'secure.helpscout.net',
  isTicketView: (url) => conversationId(url) !== undefined,
  observeRoot: (doc) => doc.querySelector(SELECTORS.list),
  readTicket(doc, url) {
    const list = doc.querySelector(SELECTORS.list);
    if (!list) return { ok: false, problem: 'no-conversation' };
    const messages: Message[] = all(list, SELECTORS.thread).map((thread) => ({
      role: ROLES[attr(thread, 'data-thread-type') ?? ''] ?? 'system',
      author: text(thread.querySelector(SELECTORS.author)) || undefined,
      text: messageText(thread.querySelector(SELECTORS.body) ?? thread),
    }));
    if (!messages.length) return { ok: false, problem: 'no-messages' };
    const number = /^\/conversation\/\d+\/(\d+)/.exec(url.pathname)?.[1];
    return {
      ok: true,
      ticket: {
        helpdesk: 'helpscout',
        id: number ?? conversationId(url),
        subject: text(doc.querySelector(SELECTORS.subject)) || undefined,
        requester: { name: text(doc.querySelector(SELECTORS.customer)) || messages.find((m) => m.role === 'customer')?.author },
        messages,
      },
    };
  },
  composer: (doc) => editableComposer(doc, SELECTORS.composer),
};
