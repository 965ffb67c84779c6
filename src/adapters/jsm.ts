import { type BuiltIn, citations } from './site';

const { e, fallback, map } = citations('helpdesk-dom.md, Jira Service Management');

/**
 * Jira Service Management. The description is the reporter's first message; comments follow,
 * internal ones marked by their visibility wrapper. A comment by the reporter is the customer's.
 */
export const jsm: BuiltIn = {
  urls: ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-41', 'https://acme.atlassian.net/browse/SUP-42'],
  citations: map,
  definition: {
    id: 'jsm',
    name: 'Jira Service Management',
    match: { hosts: ['*.atlassian.net'], paths: ['/jira/servicedesk/{*}', '/browse/{*}'] },
    ticketId: [
      { url: '/browse/{value:key}' },
      { url: '/jira/servicedesk/projects/{*}/{value:key}' },
      { selector: e('[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]', 'issue key [3]') },
    ],
    message: [
      e(
        '[data-testid="issue.views.field.rich-text.description"], [data-testid^="issue-comment-base.ui.comment.ak-comment."]:not([data-testid$="-body"]):not([data-testid$="-content"]):not([data-testid$="-author"])',
        'description [3] and comments [3]',
      ),
    ],
    body: [
      e('[data-testid$="-body"]', 'comment body [3]'),
      e('[data-testid$="-content"]', 'comment content [3]'),
      e('.ak-renderer-document', 'rendered text [3]'),
    ],
    author: [fallback('[data-testid$="-author"]', 'by the -body/-content suffix pattern; no source names the author')],
    roles: [
      { role: 'customer', selector: e('[data-testid="issue.views.field.rich-text.description"]', 'the description [3]') },
      {
        role: 'internal',
        selector: e('[data-testid="issue-comment-base.ui.comment.comment-visibility.comment-visibility-wrapper"]', 'internal marker [1]'),
      },
    ],
    authorIsRequester: true,
    defaultRole: 'agent',
    subject: [
      { selector: e('h1[data-testid="issue.views.issue-base.foundation.summary.heading"]', 'summary [6+]') },
      { selector: e('h1[data-test-id="issue.views.issue-base.foundation.summary.heading"]', 'older summary [6+]') },
    ],
    requester: [
      { selector: fallback('[data-testid="issue.views.field.user.reporter"]', 'by the issue.views.field naming; no source names it') },
    ],
    composer: { kind: 'prosemirror', selector: [e('#ak-editor-textarea[contenteditable="true"]', 'Atlassian editor [6+]')] },
  },
};
