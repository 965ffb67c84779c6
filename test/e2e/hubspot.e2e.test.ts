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
      shows: [/Wants to cancel/, /Wants a refund/],
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
  arrival: { message: { from: 'Lucía Fernández', text: 'Let me talk to your manager.' }, shows: /Wants a manager/ },
  older: 1,
  // A redesign renames the styled components and the body hook.
  breaks: [
    ['CommonMessage__StyledContentColumn', 'MessageCard__Column'],
    ['primary-message-body-content', 'message-body'],
  ],
});
