import { adapterSuite } from './adapter-suite';

adapterSuite({
  helpdesk: 'Help Scout',
  origin: 'https://secure.helpscout.net',
  fixture: 'test/fixtures/helpscout',
  tickets: {
    // Norwegian customer; "advokat" and "rasende" are only in the note (read as a teammate's:
    // no public source marks notes in the new UI).
    a: {
      id: '2001',
      path: '/conversation/2001/77',
      requester: 'Sofie Hansen',
      shownId: '77',
      messages: 4,
      shows: [/Repeat contact/, /Wants a manager/, /language: no/],
      hides: [/Threatens to act/, /Angry/],
    },
    b: {
      id: '2002',
      path: '/conversation/2002/78',
      requester: 'Ben Carter',
      shownId: '78',
      shows: [/Grateful/],
      hides: [/Wants a manager/],
    },
  },
  composer: true,
  undoMergesWithTyping: true,
  arrival: { message: { type: 'customer', author: 'Sofie Hansen', text: 'Jeg vil ha pengene tilbake.' }, shows: /Wants a refund/ },
  older: 2,
  breaks: [
    ['Thread Items', 'Conversation items'],
    ['ThreadContainer', 'ThreadView'],
    ['thread-', 'item-'],
  ],
});
