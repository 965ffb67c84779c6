import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'ServiceNow',
  origin: 'https://acme.service-now.com',
  fixture: 'test/fixtures/servicenow',
  frame: 'gsft_main',
  tickets: {
    // "furious" and "manager" are in a work note; the stream is newest first.
    a: {
      id: '9d385017c611228701d22104cc95c371',
      path: '/now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D9d385017c611228701d22104cc95c371',
      requester: 'Abel Tuter',
      shownId: 'INC0010042',
      messages: 4,
      shows: [/Repeat contact[\s\S]*third time/, /Urgent/, /Empathize and apologise\s*· in an earlier reply/],
      hides: [/Angry/, /Wants a manager/],
    },
    b: {
      id: '46d44a5dc0a8010e0a8e5ab5aa6e2c8a',
      path: '',
      requester: 'Fred Luddy',
      shownId: 'INC0010043',
      shows: [/Grateful/],
      hides: [/Urgent/],
    },
  },
  composer: true,
  // A textarea's undo, like Slate's, takes back an insertion together with the typing it continued.
  undoMergesWithTyping: true,
  arrival: {
    message: { author: 'Abel Tuter', type: 'Additional comments', time: '2026-11-22 11:00', text: 'Get me your supervisor.' },
    shows: /Wants a manager/,
  },
  older: 2,
  breaks: [['h-card', 'sn-entry']],
});
