import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Jira Service Management',
  origin: 'https://acme.atlassian.net',
  fixture: 'test/fixtures/jsm',
  tickets: {
    // "angry" and "manager" are in the internal comment only.
    a: {
      id: 'SUP-41',
      path: '/jira/servicedesk/projects/SUP/queues/custom/1/SUP-41',
      requester: 'Karin Lind',
      shownId: 'SUP-41',
      messages: 4,
      shows: [/Urgent/, /Repeat contact/, /Angry/],
      hides: [/Wants a manager/],
    },
    b: {
      id: 'SUP-42',
      path: '/jira/servicedesk/projects/SUP/queues/custom/1/SUP-42',
      requester: 'Omar Haddad',
      shownId: 'SUP-42',
      shows: [/Grateful/],
      hides: [/Urgent/],
    },
  },
  composer: true,
  arrival: { message: { author: 'Karin Lind', text: 'I want a refund for this month.' }, shows: /Wants a refund/ },
  older: 2,
  // Atlassian renames its "issue." test ids: the description and the comments both go.
  breaks: [
    ['"issue.', '"v2-issue.'],
    ["'issue.", "'v2-issue."],
    ['`issue-comment', '`v2-comment'],
  ],
});
