// The demo's tickets. Plain data; demo.js renders it with textContent only.
window.DEMO_TICKETS = {
  4821: {
    subject: 'Router keeps dropping the connection',
    requester: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
    messages: [
      {
        role: 'customer',
        author: 'Dana Whitfield',
        time: '2026-11-10T09:12:00Z',
        text: 'Hi, my new Northwind router drops the internet connection several times a day. I work from home and this is becoming a problem. Can you help?',
      },
      {
        role: 'agent',
        author: 'Sam (Northwind Support)',
        time: '2026-11-10T11:40:00Z',
        text: 'Hi Dana, thanks for reaching out. Please restart the router and update the firmware from the admin page. Let us know if that helps.',
      },
      {
        role: 'customer',
        author: 'Dana Whitfield',
        time: '2026-11-14T08:03:00Z',
        text: 'I did all of that. It is still dropping. Nobody has got back to me since Monday.',
      },
      {
        role: 'note',
        author: 'Priya (Tier 2)',
        time: '2026-11-14T10:15:00Z',
        text: 'Internal: firmware 3.2.1 has a known Wi-Fi drop bug, fix ships Thursday. Customer is furious on the phone too, handle with care.',
      },
      {
        role: 'customer',
        author: 'Dana Whitfield',
        time: '2026-11-21T16:47:00Z',
        text: "This is the THIRD time I am writing about this and it is STILL NOT FIXED!!! I lost a client call today because of your useless router. You people never actually help anyone, you just don't care about customers once you have their money. I want a refund or I am cancelling my contract and posting a review about this.",
      },
    ],
  },
  4907: {
    subject: 'Question about my invoice',
    requester: { name: 'Lars Eriksen', email: 'lars@example.no' },
    messages: [
      {
        role: 'customer',
        author: 'Lars Eriksen',
        time: '2026-11-20T12:00:00Z',
        text: 'Hei! Jeg har fått en faktura for november, men jeg sa opp abonnementet i oktober. Kan dere se på det? Takk for hjelpen.',
      },
    ],
  },
  5012: {
    subject: 'Bestellung 88213 nicht angekommen',
    requester: { name: 'Jonas Weber', email: 'jonas.weber@example.de' },
    messages: [
      {
        role: 'customer',
        author: 'Jonas Weber',
        time: '2026-11-18T08:30:00Z',
        text: 'Guten Tag, meine Bestellung 88213 ist laut Sendungsverfolgung zugestellt, bei mir ist aber nichts angekommen.',
      },
      {
        role: 'agent',
        author: 'Sam (Northwind Support)',
        time: '2026-11-18T13:05:00Z',
        text: 'Hallo Herr Weber, das Paket wurde beim Nachbarn abgegeben. Bitte fragen Sie dort nach.',
      },
      {
        role: 'customer',
        author: 'Jonas Weber',
        time: '2026-11-19T17:20:00Z',
        text: 'Ihr lügt doch alle, ihr seid ein Haufen Abzocker. Kein Nachbar hat ein Paket.',
      },
    ],
  },
};
