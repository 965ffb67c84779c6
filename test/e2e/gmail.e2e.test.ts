import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Gmail',
  origin: 'https://mail.google.com',
  fixture: 'test/fixtures/gmail',
  tickets: {
    // German customer; "wütend" is only in the quoted agent reply, the signature has no words.
    a: {
      id: '18c1',
      path: '/mail/u/0/#inbox/18c1',
      requester: 'Jonas Weber',
      shownId: '18c1',
      messages: 3,
      shows: [/Wants a refund/, /Repeat contact/, /Threatens to act/, /language: de/],
      hides: [/Angry/],
    },
    b: {
      id: '18c2',
      path: '/mail/u/0/#inbox/18c2',
      requester: 'Ana Costa',
      shownId: '18c2',
      shows: [/Grateful/],
      hides: [/Wants a refund/],
    },
  },
  composer: true,
  arrival: {
    message: { from: 'Jonas Weber', email: 'jonas@example.de', date: '23 Nov 2026', body: 'Ich will sofort mit Ihrem Chef sprechen.' },
    shows: /Wants a manager/,
  },
  older: 1,
  breaks: [
    ['data-message-id', 'data-msg-key'],
    ['data-legacy-message-id', 'data-msg-legacy'],
  ],
});
