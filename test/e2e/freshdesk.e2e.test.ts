import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Freshdesk',
  origin: 'https://acme.freshdesk.com',
  fixture: 'test/fixtures/freshdesk',
  tickets: {
    // A Greek customer; the legal threat and "manager" are in a private note only (its wrapper
    // has data-album="note_…" like every other one).
    a: {
      id: '311',
      path: '/a/tickets/311',
      requester: 'Eleni Papadopoulou',
      shownId: '311',
      messages: 4,
      shows: [/Angry/, /Repeat contact/, /Wants a refund/, /language: el/],
      hides: [/Threatens to act/, /Wants a manager/],
    },
    b: { id: '312', path: '/a/tickets/312', requester: 'Piotr Nowak', shownId: '312', shows: [/Grateful/], hides: [/Angry/] },
  },
  composer: true,
  arrival: {
    message: { kind: 'requester', from: 'Eleni Papadopoulou', text: 'Please let me speak to your manager.' },
    shows: /Wants a manager/,
  },
  older: 2,
  breaks: [
    ['ticket-details__item', 'ticket-details__entry'],
    ['conversation-wrapper', 'conversation-card'],
    ['ticket-description', 'ticket-summary'],
  ],
});
