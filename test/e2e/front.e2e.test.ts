import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Front',
  origin: 'https://app.frontapp.com',
  fixture: 'test/fixtures/front',
  tickets: {
    // Front marks no authors: every message is read as the customer's, and the sidebar says so.
    a: {
      id: '5f3k2a',
      path: '/open/cnv_5f3k2a',
      requester: 'the customer',
      shownId: '5f3k2a',
      messages: 3,
      shows: [/Wants a refund/],
      hides: [/Grateful/],
    },
    b: {
      id: '7b9q1z',
      path: '/open/cnv_7b9q1z',
      requester: 'the customer',
      shownId: '7b9q1z',
      shows: [/Grateful/],
      hides: [/Wants a refund/],
    },
  },
  composer: false,
  unmarked: /Front does not mark who wrote 3 messages: read as the customer's, except those sent under your name/,
  arrival: { message: { author: 'Chloé Martin', text: 'Let me talk to your manager.' }, shows: /Wants a manager/ },
  older: 1,
  breaks: [
    ['messageViewerBase', 'messageViewer2'],
    ["role: 'article'", "role: 'listitem'"],
    ['viewer-', 'pane-'],
  ],
});
