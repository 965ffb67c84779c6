import type { Message } from '../engine/types';
import { editableComposer } from './contenteditable';
import { all, text } from './dom';
import { messageText } from './message-text';
import type { Adapter } from './types';

/**
 * Jira Service Management. The reporter is the customer: the description and their comments
 * are the customer's words; comments with a visibility wrapper are internal; others are agents'.
 * Example URLs: https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-41
 *               https://acme.atlassian.net/browse/SUP-42
 */
export const SELECTORS = {
  summary:
    'h1[data-testid="issue.views.issue-base.foundation.summary.heading"], h1[data-test-id="issue.views.issue-base.foundation.summary.heading"]',
  key: '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
  reporter: '[data-testid="issue.views.field.user.reporter"]',
  description: '[data-testid="issue.views.field.rich-text.description"]',
  comments: '[data-testid="issue.activity.comments-list"]',
  comment: '[data-testid^="issue-comment-base.ui.comment.ak-comment."]:not([data-testid$="-body"]):not([data-testid$="-author"])',
  body: '[data-testid$="-body"], [data-testid$="-content"]',
  author: '[data-testid$="-author"]',
  internal: '[data-testid="issue-comment-base.ui.comment.comment-visibility.comment-visibility-wrapper"]',
  composer: '#ak-editor-textarea[contenteditable="true"]',
} as const;

const issueKey = (url: URL) => /\/(?:browse|queues\/custom\/\d+|incidents\/custom\/\d+)\/([A-Z][A-Z0-9]+-\d+)/.exec(url.pathname)?.[1];

export const jsm: Adapter = {
  id: 'jsm',
  name: 'Jira Service Management',
  matches: (url) =>
    url.hostname.endsWith('.atlassian.net') && (url.pathname.startsWith('/jira/servicedesk/') || url.pathname.startsWith('/browse/')),
  isTicketView: (url) => issueKey(url) !== undefined,
  observeRoot: (doc) => doc.querySelector(SELECTORS.comments)?.parentElement ?? null,
  readTicket(doc, url) {
    const description = doc.querySelector(SELECTORS.description);
    const comments = doc.querySelector(SELECTORS.comments);
    if (!description && !comments) return { ok: false, problem: 'no-conversation' };
    const reporter = text(doc.querySelector(SELECTORS.reporter));
    const messages: Message[] = [];
    if (description) messages.push({ role: 'customer', author: reporter || undefined, text: messageText(description) });
    for (const comment of comments ? all(comments, SELECTORS.comment) : []) {
      const author = text(comment.querySelector(SELECTORS.author));
      messages.push({
        role: comment.querySelector(SELECTORS.internal) ? 'internal' : author && author === reporter ? 'customer' : 'agent',
        author: author || undefined,
        text: messageText(comment.querySelector(SELECTORS.body) ?? comment),
      });
    }
    return {
      ok: true,
      ticket: {
        helpdesk: 'jsm',
        id: text(doc.querySelector(SELECTORS.key)) || issueKey(url),
        subject: text(doc.querySelector(SELECTORS.summary)) || undefined,
        requester: { name: reporter || undefined },
        messages,
      },
    };
  },
  composer: (doc) => editableComposer(doc, SELECTORS.composer),
};
