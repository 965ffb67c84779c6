import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Zoho Desk',
  origin: 'https://desk.zoho.eu',
  fixture: 'test/fixtures/zoho',
  tickets: {
    // Slovak customer; "manažérom" is in a note (its text in data-id="content").
    a: {
      id: '5510001',
      path: '/agent/acme/support/tickets/details/5510001',
      requester: 'Marek Kováč',
      shownId: '5510001',
      messages: 4,
      shows: [/Angry/, /Repeat contact/, /Wants a refund/, /language: sk/],
      hides: [/Grateful/, /Wants a manager/],
    },
    b: {
      id: '5510002',
      path: '/agent/acme/support/tickets/details/5510002',
      requester: 'Eva Horváth',
      shownId: '5510002',
      shows: [/Grateful/],
      hides: [/Angry/],
    },
  },
  composer: false,
  arrival: {
    message: { author: 'Marek Kováč', time: '22 Nov 2026 09:00', text: 'Chcem hovoriť s nadriadeným.' },
    shows: /Wants a manager/,
  },
  older: 1,
  breaks: [['ConversationList', 'ConversationItem']],
});
