import { type BuiltIn, citations } from './site';

const { e, fallback, map } = citations('helpdesk-dom.md, ServiceNow classic');

/**
 * ServiceNow, classic UI. The record form lives in iframe#gsft_main, so this adapter runs in
 * that frame (the content script is injected into all ServiceNow frames). The activity stream
 * is newest first; "Work notes" are internal; "Additional comments" by the caller are the
 * customer's, by anyone else the agent's. The reply box is the customer-visible comments field.
 * Workspace (SOW) is not covered: its components nest 10–30 shadow roots deep.
 */
export const servicenow: BuiltIn = {
  urls: ['https://acme.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371'],
  citations: map,
  definition: {
    id: 'servicenow',
    name: 'ServiceNow',
    match: { hosts: ['*.service-now.com'], paths: ['/{*}.do?{*}sys_id={*}'] },
    ticketId: [{ selector: fallback('[id$=".number"]', 'the record number field; not in public code'), property: 'value' }],
    message: [e('li.h-card', 'activity entries [6+]')],
    body: [e('.sn-widget-textblock-body_formatted', 'entry text [6+]'), e('.sn-widget-textblock-body', 'entry text [6+]')],
    author: [e('.sn-card-component-createdby', 'author [6+]')],
    roles: [{ role: 'internal', selector: e('.sn-card-component-time span', 'entry type [6+]'), text: 'work notes' }],
    authorIsRequester: true,
    defaultRole: 'agent',
    order: 'newest-first',
    subject: [{ selector: e('[id="incident.short_description"]', 'short description [several Selenium]'), property: 'value' }],
    requester: [{ selector: e('[id="sys_display.incident.caller_id"]', 'caller [several Selenium]'), property: 'value' }],
    composer: {
      kind: 'textarea',
      selector: [
        e('#activity-stream-comments-textarea', 'customer-visible comments in dual mode [1]'),
        e('#activity-stream-textarea', 'journal field [7+]'),
      ],
    },
  },
};
