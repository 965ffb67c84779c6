import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'HubSpot',
  origin: 'https://app.hubspot.com',
  fixture: 'test/fixtures/hubspot',
  tickets: {
    a: {
      id: '7001',
      path: '/help-desk/4471/ticket/7001/thread',
      requester: 'Lucía Fernández',
      shownId: '7001',
      messages: 3,
      shows: [/Angry/, /Wants to cancel/, /Wants a refund/],
      hides: [/Grateful/],
    },
    b: {
      id: '7002',
      path: '/help-desk/4471/ticket/7002/thread',
      requester: 'Hiro Tanaka',
      shownId: '7002',
      shows: [/Grateful/],
      hides: [/Wants to cancel/],
    },
  },
  composer: true,
  // The From lines hold addresses only: the sender who opened the ticket is taken for the contact, and the sidebar says so.
  unmarked:
    /HubSpot does not mark who wrote 3 messages: those from the sender who opened the ticket are read as the customer's, the rest as your team's/,
  arrival: { message: { from: 'lucia.fernandez@example.com', text: 'Let me talk to your manager.' }, shows: /Wants a manager/ },
  older: 1,
  // A redesign renames the styled components and the body hook.
  breaks: [
    ['CommonMessage__StyledContentColumn', 'MessageCard__Column'],
    ['primary-message-body-content', 'message-body'],
  ],
});
