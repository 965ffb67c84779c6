import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Salesforce',
  origin: 'https://acme.lightning.force.com',
  fixture: 'test/fixtures/salesforce',
  tickets: {
    // German-named customer writing English; "furious" and "manager" are in an Internal post;
    // the agent's e-mail quotes the customer (a blockquote, not the agent's words).
    a: {
      id: '5001x00000AbCdE',
      path: '/lightning/r/Case/5001x00000AbCdE/view',
      requester: 'Hanna Schmidt',
      shownId: '5001x00000AbCdE',
      messages: 4,
      shows: [/Wants a refund/, /Repeat contact|Complaint/],
      hides: [/Angry/, /Wants a manager/],
    },
    b: {
      id: '5001x00000FgHiJ',
      path: '/lightning/r/Case/5001x00000FgHiJ/view',
      requester: 'Ravi Patel',
      shownId: '5001x00000FgHiJ',
      shows: [/Grateful/],
      hides: [/Wants a refund/],
    },
  },
  composer: true,
  // CKEditor 4's undo, like a textarea's, takes back an insertion together with the typing it continued.
  undoMergesWithTyping: true,
  arrival: {
    message: { type: 'EmailMessageEvent', from: 'Hanna Schmidt', html: '<p>Let me talk to your manager.</p>' },
    shows: /Wants a manager/,
  },
  older: 2,
  breaks: [['cuf-feed', 'feed2-']],
});
