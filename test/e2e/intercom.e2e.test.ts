import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Intercom',
  origin: 'https://app.intercom.com',
  fixture: 'test/fixtures/intercom',
  tickets: {
    // Fin's "sorry" is a bot's, the chargeback is in a note: neither is the customer's.
    a: {
      id: '9001',
      path: '/a/inbox/acme/inbox/conversation/9001',
      requester: 'Maya Okafor',
      shownId: '9001',
      messages: 6,
      shows: [/Wants a refund/, /Angry|Complaint/],
      hides: [/Threatens to act/],
    },
    b: {
      id: '9002',
      path: '/a/inbox/acme/inbox/conversation/9002',
      requester: 'Lukas Bauer',
      shownId: '9002',
      shows: [/Wants to cancel/, /language: de/],
      hides: [/Wants a refund/],
    },
  },
  composer: true,
  arrival: { message: { category: 1, author: 'Maya Okafor', text: 'Get me your supervisor, please.' }, shows: /Wants a manager/ },
  older: 3,
  breaks: [
    ['data-part-group-id', 'data-part-cluster-id'],
    ['data-part-id', 'data-part-key'],
    ['conversation-stream-content-part', 'conversation-stream-block'],
  ],
});
