import { type BuiltIn, citations } from './site';

const { e, map } = citations('helpdesk-dom.md, Zendesk Agent Workspace');

/**
 * Zendesk Support, Agent Workspace. Several tickets stay mounted at once (one per header tab),
 * so everything is read inside the ticket's own pane; the pane named by the URL's ticket id
 * comes first, since it can never be another ticket's. Hashed sc-* classes are never used.
 */
export const zendesk: BuiltIn = {
  urls: ['https://acme.zendesk.com/agent/tickets/101', 'https://acme.zendesk.com/agent/tickets/102'],
  citations: map,
  definition: {
    id: 'zendesk',
    name: 'Zendesk',
    match: { hosts: ['*.zendesk.com'], paths: ['/agent/{*}'] },
    ticketId: [{ url: '/agent/tickets/{value:digits}' }],
    scope: [
      e('[data-ticket-id="{id}"]', 'the ticket pane by id [2-3: toggl, clockify]'),
      e('.ticket-panes-grid-layout[data-is-active="true"]', 'active pane [3: toggl 2023, clockify selectors.json]'),
      e('.ticket-panes-grid-layout.active', 'older active pane [2: Rex-chan 2024-04, clockify]'),
      e('div[data-side-conversations-anchor-id="{id}"]', 'ticket pane anchor [2: liferay, toggl]'),
    ],
    conversation: [e('[data-test-id="omni-log-container"]', 'conversation log [6+: liferay, ALT]')],
    message: [
      e('article[data-test-id="omni-log-comment-item"]', 'one comment [6+: liferay, ALT]'),
      e('div[data-comment-id]', 'legacy comment [3: senff 2020, 2025 fallbacks]'),
    ],
    body: [
      e('[data-test-id="omni-log-message-content"]', 'message content [3]'),
      e('.zd-comment', 'comment HTML [3]'),
      e('[data-test-id="omni-log-item-message"]', 'message block [5+]'),
    ],
    author: [
      e('[data-test-id="omni-log-item-sender"]', 'sender, span until 2022, div since 2024 [5+]'),
      e('[data-test-id="omni-log-comment-user-link"]', 'sender link [3]'),
      e('div.actor .name', 'legacy actor [3]'),
    ],
    time: [e('time[data-test-id="timestamp-relative"]', 'time[datetime] [3]')],
    roles: [
      { role: 'internal', selector: e('[data-test-id="omni-log-internal-note-tag"]', 'internal-note tag [3: liferay ea31c76]') },
      { role: 'internal', selector: e('[type="internal"]', 'message type attribute [4: liferay, ALT]') },
      { role: 'customer', selector: e('[type="end-user"]', 'message type attribute [4: liferay, ALT]') },
      { role: 'agent', selector: e('[type="agent"]', 'message type attribute [4: liferay, ALT]') },
      { role: 'agent', selector: e('[data-test-id="omni-log-avatar-badge-AgentBadge"]', 'agent badge [2]') },
    ],
    defaultRole: 'system',
    subject: [
      {
        selector: e('input[data-test-id="omni-header-subject"]', 'subject input (.value) [6+: toggl, clockify, Briskine, liferay]'),
        property: 'value',
      },
      { selector: e('input[data-test-id="ticket-pane-subject"]', 'older subject input [3]'), property: 'value' },
    ],
    requester: [
      { selector: e('[data-test-id="ticket-system-field-requester-select"]', 'requester field [5+]') },
      { selector: e('#editor-view [data-garden-id="tags.avatar"] + *', 'recipient avatar, the name beside it [2: Briskine, Rex-chan]') },
    ],
    composer: {
      kind: 'ckeditor5',
      selector: [
        e('[data-test-id="omnicomposer-rich-text-ckeditor"]', 'CKEditor 5 editable [6+: liferay 26c14f8, playwright]'),
        e('[data-test-id="omnicomposer-plain-text-ckeditor"]', 'chat/plain variant [1: ALT]'),
        e('.zendesk-editor--rich-text-container [contenteditable]', 'legacy editor [3]'),
      ],
    },
    watchAttributes: ['data-is-active'],
  },
};
