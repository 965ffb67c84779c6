import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { compilePacks } from '../../src/engine/compile';
import { type GuardFinding, type GuardTicket, guardDraft } from '../../src/engine/guard';
import { luhn, mod97 } from '../../src/engine/guard/payment';
import { resolvePacks } from '../../src/engine/resolve';
import { parseTicketFile } from '../../src/engine/ticket-text';
import { BUNDLED_PACKS } from '../../src/packs';

/**
 * One ticket per language, as a helpdesk holds it: the requester, the customer's messages, an
 * internal note, the agent's earlier reply. Each kind of finding is then raised by a draft in that
 * language, and each must-not-fire case checked on the same ticket.
 */
interface Case {
  ticket: GuardTicket;
  /** A sentence of the note, copied into a reply. */
  noteSentence: string;
  /** A greeting naming the requester, and one naming someone else. */
  rightGreeting: string;
  wrongGreeting: string;
  /** A gap left in the reply. */
  gap: string;
  /** Another ticket's e-mail, phone and order number, as written in the language. */
  foreign: { email: string; phone: string; order: string };
  /** The customer's own order number, as a reply would mention it. */
  ownOrder: string;
  /** The note said in the agent's own words. */
  rewritten: string;
}

const CARD = '4111 1111 1111 1111';
const IBAN = 'DE89 3704 0044 0532 0130 00';

const CASES: Record<string, Case> = {
  en: {
    ticket: {
      requester: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
      messages: [
        { role: 'customer', text: 'I was charged twice for order 558120. Please refund the second charge.' },
        {
          role: 'internal',
          text: 'Customer has a history of chargebacks, so we only refund after finance confirms the duplicate payment.',
        },
        { role: 'agent', text: 'Hi Maria, I am checking this with our billing team.' },
      ],
    },
    noteSentence: 'we only refund after finance confirms the duplicate payment',
    rightGreeting: 'Hi Maria,',
    wrongGreeting: 'Hi Sarah,',
    gap: 'We will refund you by [date].',
    foreign: { email: 'j.carter@gmail.com', phone: '+44 20 7946 0958', order: 'order #771234' },
    ownOrder: 'your order 558120',
    rewritten: 'As soon as our finance team has confirmed the second payment, the refund goes out.',
  },
  de: {
    ticket: {
      requester: { name: 'Müller, Hans', email: 'hans.mueller@web.de' },
      messages: [
        { role: 'customer', text: 'Meine Bestellung 4471203 wurde doppelt abgebucht. Bitte erstatten Sie den Betrag.' },
        { role: 'internal', text: 'Laut Buchhaltung dürfen wir erst erstatten, wenn die Bank die zweite Abbuchung bestätigt hat.' },
        { role: 'agent', text: 'Guten Tag Herr Müller, ich prüfe das mit der Buchhaltung.' },
      ],
    },
    noteSentence: 'dürfen wir erst erstatten, wenn die Bank die zweite Abbuchung bestätigt hat',
    rightGreeting: 'Guten Tag Herr Müller,',
    wrongGreeting: 'Guten Tag Frau Schneider,',
    gap: 'Die Erstattung erfolgt am XXX.',
    foreign: { email: 'k.schneider@gmx.de', phone: '030 12345678', order: 'Bestellnummer 5512876' },
    ownOrder: 'Ihre Bestellung 4471203',
    rewritten: 'Sobald die Bank die doppelte Abbuchung bestätigt, erstatten wir Ihnen den Betrag.',
  },
  el: {
    ticket: {
      requester: { name: 'Γεώργιος Παπαδόπουλος', email: 'g.papadopoulos@yahoo.gr' },
      messages: [
        { role: 'customer', text: 'Η παραγγελία 300781 χρεώθηκε δύο φορές. Θέλω επιστροφή χρημάτων.' },
        { role: 'internal', text: 'Η επιστροφή γίνεται μόνο αφού το λογιστήριο επιβεβαιώσει τη διπλή χρέωση στην τράπεζα.' },
        { role: 'agent', text: 'Γεια σας Γεώργιε, το ελέγχω με το λογιστήριο.' },
      ],
    },
    noteSentence: 'γίνεται μόνο αφού το λογιστήριο επιβεβαιώσει τη διπλή χρέωση στην τράπεζα',
    rightGreeting: 'Γεια σας Γιώργο,',
    wrongGreeting: 'Γεια σας Δημήτρη,',
    gap: 'Η επιστροφή θα γίνει στις … .',
    foreign: { email: 'd.nikolaou@gmail.com', phone: '+30 210 123 4567', order: 'παραγγελία 411592' },
    ownOrder: 'η παραγγελία σας 300781',
    rewritten: 'Μόλις το λογιστήριο δει τη δεύτερη χρέωση, θα σας επιστρέψουμε τα χρήματα.',
  },
  sk: {
    ticket: {
      requester: { name: 'Jana Nováková', email: 'jana.novakova@azet.sk' },
      messages: [
        { role: 'customer', text: 'Objednávka 2024117 mi bola stiahnutá dvakrát. Prosím o vrátenie peňazí.' },
        { role: 'internal', text: 'Peniaze vraciame až potom, ako účtovné oddelenie potvrdí dvojitú platbu v banke.' },
        { role: 'agent', text: 'Dobrý deň, pani Nováková, overujem to s účtovným oddelením.' },
      ],
    },
    noteSentence: 'vraciame až potom, ako účtovné oddelenie potvrdí dvojitú platbu v banke',
    rightGreeting: 'Dobrý deň, pani Nováková,',
    wrongGreeting: 'Dobrý deň, pani Horváthová,',
    gap: 'Peniaze vám vrátime do {{datum}}.',
    foreign: { email: 'peter.horvath@gmail.com', phone: '0902 123 456', order: 'objednávka č. 2023998' },
    ownOrder: 'vaša objednávka 2024117',
    rewritten: 'Hneď ako účtovníci uvidia druhú platbu, pošleme vám peniaze späť.',
  },
  zh: {
    ticket: {
      requester: { name: '王小明', email: 'xiaoming.wang@qq.com' },
      messages: [
        { role: 'customer', text: '订单号 880123 被扣了两次款，请退还第二笔。' },
        { role: 'internal', text: '财务确认重复扣款之后才能办理退款，不要提前承诺退款时间。' },
        { role: 'agent', text: '王小明您好，我正在和财务核实。' },
      ],
    },
    noteSentence: '财务确认重复扣款之后才能办理退款',
    rightGreeting: '王小明您好，',
    wrongGreeting: '李华您好，',
    gap: '退款将于TODO到账。',
    foreign: { email: 'lihua@163.com', phone: '138 0013 8000', order: '订单号 990456' },
    ownOrder: '您的订单 880123',
    rewritten: '等财务核实了那笔重复的扣款，我们就会为您退款。',
  },
  no: {
    ticket: {
      requester: { name: 'Kari Nordmann', email: 'kari.nordmann@online.no' },
      messages: [
        { role: 'customer', text: 'Ordre 7731094 ble trukket to ganger. Jeg vil ha pengene tilbake.' },
        { role: 'internal', text: 'Vi refunderer først når økonomiavdelingen har bekreftet den doble betalingen i banken.' },
        { role: 'agent', text: 'Hei Kari, jeg sjekker dette med økonomiavdelingen.' },
      ],
    },
    noteSentence: 'refunderer først når økonomiavdelingen har bekreftet den doble betalingen i banken',
    rightGreeting: 'Hei Kari,',
    wrongGreeting: 'Hei Ingrid,',
    gap: 'Du får pengene tilbake innen [dato].',
    foreign: { email: 'ingrid.berg@gmail.com', phone: '912 34 567', order: 'ordrenummer 6620981' },
    ownOrder: 'ordre 7731094',
    rewritten: 'Så snart økonomi ser den andre betalingen, sender vi pengene tilbake til deg.',
  },
};

const ids = (findings: GuardFinding[]) => findings.map((f) => f.id);
const of = (findings: GuardFinding[], id: string) => findings.filter((f) => f.id === id);

describe.each(Object.entries(CASES))('the send guard in %s', (_lang, c) => {
  const reply = (body: string, greeting = c.rightGreeting) => `${greeting}\n\n${body}`;

  it('send-internal-text: a note’s sentence copied into the reply, with the note as evidence', () => {
    const draft = reply(`${c.noteSentence}.`);
    const [finding, ...more] = of(guardDraft(c.ticket, draft), 'send-internal-text');
    expect(more).toEqual([]);
    expect(finding?.text).toBe(c.noteSentence);
    const note = c.ticket.messages[finding?.source?.message ?? -1];
    expect(note?.role).toBe('internal');
    expect(note?.text.slice(finding?.source?.start, finding?.source?.end)).toBe(c.noteSentence);
  });

  it('send-unfilled: a gap left in the reply', () => {
    const findings = of(guardDraft(c.ticket, reply(c.gap)), 'send-unfilled');
    expect(findings).toHaveLength(1);
    expect(c.gap).toContain(findings[0]?.text);
  });

  it('send-wrong-name: a greeting naming someone who is not this ticket’s customer', () => {
    const findings = guardDraft(c.ticket, reply('…', c.wrongGreeting).replace('…', 'OK.'));
    expect(ids(findings)).toEqual(['send-wrong-name']);
    expect(c.wrongGreeting).toContain(findings[0]?.text);
    expect(findings[0]?.known).toContain(c.ticket.requester?.name);
  });

  it('send-foreign-contact: another ticket’s address, phone number and order number', () => {
    const draft = reply(`${c.foreign.email} · ${c.foreign.phone} · ${c.foreign.order}`);
    const findings = of(guardDraft(c.ticket, draft), 'send-foreign-contact');
    expect(findings.map((f) => f.kind)).toEqual(['email', 'phone', 'order']);
    expect(findings[0]?.text).toBe(c.foreign.email);
    expect(findings[1]?.text).toBe(c.foreign.phone);
    expect(c.foreign.order).toContain(findings[2]?.text);
  });

  it('send-payment-data: a card number and an IBAN', () => {
    const findings = of(guardDraft(c.ticket, reply(`${CARD}\n${IBAN}`)), 'send-payment-data');
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['card', CARD],
      ['iban', IBAN],
    ]);
  });

  it('says nothing about the requester’s own address, their order number, the note in the agent’s words, or a greeting by name', () => {
    const draft = reply(`${c.ticket.requester?.email} · ${c.ownOrder}. ${c.rewritten}`);
    expect(guardDraft(c.ticket, draft)).toEqual([]);
  });
});

describe('must not fire', () => {
  const ticket = CASES.en?.ticket as GuardTicket;

  it('send-internal-text: a note that quotes the customer, and a short phrase every reply uses', () => {
    const quoting: GuardTicket = {
      messages: [
        { role: 'customer', text: 'I was charged twice for the same order and nobody has answered my emails.' },
        { role: 'internal', text: 'She says: I was charged twice for the same order and nobody has answered my emails.' },
      ],
    };
    expect(guardDraft(quoting, 'You wrote that you were charged twice for the same order and nobody has answered my emails.')).toEqual([]);
    expect(guardDraft(ticket, 'Hi Maria, we confirm the duplicate payment soon.')).toEqual([]);
  });

  it('send-unfilled: an ellipsis after a word, a footnote, a link’s text', () => {
    expect(guardDraft(ticket, 'Hi Maria, well... let me check. See [1] and [our policy](https://example.com/p).')).toEqual([]);
    expect(guardDraft(CASES.zh?.ticket as GuardTicket, '王小明您好，我明白……请稍等。')).toEqual([]);
  });

  it('send-wrong-name: the requester greeted in another form, a customer on copy, a signature name, "Hi there"', () => {
    const greek = CASES.el?.ticket as GuardTicket;
    expect(guardDraft(greek, 'Γεια σας κύριε Παπαδόπουλε, ευχαριστώ.')).toEqual([]);
    const copied: GuardTicket = {
      ...ticket,
      messages: [...ticket.messages, { role: 'customer', author: 'Tom Baker', text: 'Same here.' }],
    };
    expect(guardDraft(copied, 'Hi Tom, thanks.')).toEqual([]);
    const signed: GuardTicket = { messages: [{ role: 'customer', text: 'Please help.\n\nBob' }], requester: { name: 'Robert Fox' } };
    expect(guardDraft(signed, 'Hi Bob, sure.')).toEqual([]);
    expect(guardDraft(ticket, 'Hi there, thanks.')).toEqual([]);
    expect(guardDraft({ messages: [] }, 'Hi Sarah, thanks.')).toEqual([]);
    // A typing pause in the middle of the right name: the agent is still writing it.
    for (const draft of ['Hi Ma', 'Hi Mar', 'Hi Maria Lo']) expect(guardDraft(ticket, draft)).toEqual([]);
    expect(guardDraft(ticket, 'Hi Mar, thanks.').map((f) => f.id)).toEqual(['send-wrong-name']);
  });

  it('send-foreign-contact: the company’s own addresses, dates, amounts and times', () => {
    const withSignature: GuardTicket = {
      ...ticket,
      messages: [...ticket.messages, { role: 'agent', text: 'Jonas, billing@shop.example' }],
    };
    expect(guardDraft(withSignature, 'Hi Maria, write to refunds@shop.example or support@anything.com.')).toEqual([]);
    expect(guardDraft(ticket, 'Hi Maria, on 12.03.2025 at 14:30 we refunded 1.234,56 € (2 items, 1 234 567 points).')).toEqual([]);
    expect(guardDraft(ticket, 'Hi Maria, your invoice 2025 is attached; call us free on Tel. 0800 123 4567.')).toEqual([]);
  });

  it('send-payment-data: a masked card, a number that fails Luhn, an IBAN with a wrong check digit', () => {
    expect(guardDraft(ticket, 'Hi Maria, the card **** **** **** 1111 and 4111 1111 1111 1112 and DE88 3704 0044 0532 0130 00.')).toEqual(
      [],
    );
  });

  it('checks digits as the standards say', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(mod97('GB82WEST12345698765432')).toBe(1);
    expect(mod97('NO9386011117947')).toBe(1);
  });
});

describe('the guard in the analysis and on the command line', () => {
  const file = readFileSync('demo/samples/guard-ticket.txt', 'utf8');
  const draft = readFileSync('demo/samples/guard-draft.txt', 'utf8');

  it('reads "Requester: Name <address>" at the top of a ticket file', () => {
    const parsed = parseTicketFile(file);
    expect(parsed.requester).toEqual({ name: 'Maria Lopez', email: 'maria.lopez@example.com' });
    expect(parsed.subject).toBe('Charged twice for order 558120');
    expect(parsed.messages.map((m) => m.role)).toEqual(['customer', 'internal', 'agent', 'customer']);
  });

  it('the issue’s example: a note’s sentence, another name and a card number, all three found', () => {
    const compiled = compilePacks(resolvePacks(BUNDLED_PACKS, ['core-signals']).packs);
    const result = analyze({ helpdesk: 'cli', ...parseTicketFile(file) }, draft, compiled);
    expect(result.draft.guard?.map((f) => f.id)).toEqual(['send-wrong-name', 'send-internal-text', 'send-payment-data']);
    // An internal note being written is not a public reply.
    expect(analyze({ helpdesk: 'cli', ...parseTicketFile(file) }, draft, compiled, { draftKind: 'note' }).draft.guard).toEqual([]);
  });
});

describe('the thread is read once per thread, never stale', () => {
  // The analysis passes the same messages array while the thread is unchanged, and the guard
  // keeps what it derived from it; anything else about the ticket changing is a new thread.
  const messages: GuardTicket['messages'] = [{ role: 'customer', text: 'My parcel never arrived. Sarah' }];

  it('a new requester on the same messages, and a note added to the thread, are seen at the next draft', () => {
    const ids = (t: GuardTicket, draft: string) => guardDraft(t, draft).map((f) => f.id);
    expect(ids({ requester: { name: 'Maria Lopez' }, messages }, 'Hi Tom, sorry.')).toEqual(['send-wrong-name']);
    expect(ids({ requester: { name: 'Tom Baker' }, messages }, 'Hi Tom, sorry.')).toEqual([]);
    const note = 'Courier confirmed the parcel was returned to our warehouse in Leeds on Monday morning.';
    expect(ids({ messages }, `Hi, ${note}`)).toEqual([]);
    expect(ids({ messages: [...messages, { role: 'internal', text: note }] }, `Hi, ${note}`)).toEqual(['send-internal-text']);
  });
});
