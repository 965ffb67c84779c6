import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Gorgias',
  origin: 'https://acme.gorgias.com',
  fixture: 'test/fixtures/gorgias',
  tickets: {
    // Gorgias marks no authors public code knows: messages are read as the customer's, said in the sidebar.
    a: {
      id: '88001',
      path: '/app/views/1200/88001',
      requester: 'Aiko Tanaka',
      shownId: '88001',
      messages: 3,
      shows: [/Wants to cancel/],
      hides: [/Grateful/],
    },
    b: {
      id: '88002',
      path: '/app/views/1200/88002',
      requester: 'Tom Becker',
      shownId: '88002',
      shows: [/Grateful/],
      hides: [/Wants to cancel/],
    },
  },
  composer: false,
  unmarked: /Gorgias does not mark who wrote 3 messages: read as the customer's, except those sent under your name/,
  arrival: { message: { author: 'Aiko Tanaka', text: 'Let me talk to your manager.' }, shows: /Wants a manager/ },
  older: 1,
  breaks: [['MessageBubble--messageBubble', 'Bubble--root']],
});
