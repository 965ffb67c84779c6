import { adapterSuite } from './adapter-suite';

type PM = { pm: { text(): string; undo(): void } };

adapterSuite({
  helpdesk: 'Jira Service Management',
  origin: 'https://acme.atlassian.net',
  fixture: 'test/fixtures/jsm',
  paths: { a: '/jira/servicedesk/projects/SUP/queues/custom/1/SUP-41', b: '/jira/servicedesk/projects/SUP/queues/custom/1/SUP-42' },
  expect: {
    // "angry" and "manager" are in the internal comment only.
    a: { header: /Karin Lind\s*#SUP-41/, messages: 4, shows: [/Urgent/, /Repeat contact/, /Angry/], hides: [/Wants a manager/] },
    b: { header: /Omar Haddad\s*#SUP-42/, shows: [/Grateful/], hides: [/Urgent/] },
  },
  open: (page, which) => page.click(`[data-issue-link="${which === 'a' ? 'SUP-41' : 'SUP-42'}"]`),
  composer: '#ak-editor-textarea',
  model: (page) => page.evaluate(() => (window as unknown as PM).pm.text()),
  undo: (page) => page.evaluate(() => (window as unknown as PM).pm.undo()),
  // Atlassian renames its "issue." test ids: the description and the comment list both go.
  breakSelector: ['"issue.', '"v2-issue.'],
  ready: (page) =>
    page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true).then(() => undefined),
});
