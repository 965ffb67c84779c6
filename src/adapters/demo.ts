import type { BuiltIn } from './site';

/** The bundled demo helpdesk (demo/index.html, served by `npm start`): its own markup, ours to know. */
export const demo: BuiltIn = {
  urls: ['http://127.0.0.1:4173/composure-demo/', 'http://localhost:4173/composure-demo/?ticket=4907'],
  citations: new Map(),
  definition: {
    id: 'demo',
    name: 'Composure demo',
    match: { hosts: ['127.0.0.1', 'localhost'], paths: ['/composure-demo/{*}'] },
    ticketId: [{ url: '/composure-demo/?ticket={value:digits}' }, { title: '{*}#{value:digits}' }],
    conversation: ['[data-demo="conversation"]'],
    message: ['[data-demo="message"]'],
    body: ['[data-demo="body"]'],
    author: ['[data-demo="author"]'],
    time: ['time[datetime]'],
    roles: [
      { role: 'customer', selector: '[data-role="customer"]' },
      { role: 'agent', selector: '[data-role="agent"]' },
      { role: 'internal', selector: '[data-role="note"]' },
    ],
    defaultRole: 'system',
    subject: [{ selector: '[data-demo="subject"]' }],
    requester: [{ selector: '[data-demo="requester"]' }],
    composer: { kind: 'textarea', selector: ['textarea[data-demo="reply"]'] },
  },
};
