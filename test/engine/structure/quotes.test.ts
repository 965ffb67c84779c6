import { describe, expect, it } from 'vitest';
import { maskQuoted } from '../../../src/engine/quotes';
import { ids, shown } from './helpers';

// Sentences written for these tests, not taken from any corpus: in each language an earlier reply
// of the company's is quoted, and its thanks and apology must not become the customer's gratitude.
const quoted: [string, string, string][] = [
  [
    'en',
    'The parcel still has not arrived.\n\nOn 2 March 2025, at 09:14, Harbour Tea <care@harbourtea.example> wrote:\n> Thank you so much for your patience, we really appreciate it.',
    'Thank you so much',
  ],
  [
    'de',
    'Das Paket ist immer noch nicht da.\n\nAm Mo., 3. März 2025 um 10:02 Uhr schrieb Kundendienst <hilfe@beispiel.de>:\n> Vielen Dank für Ihre Geduld und Ihr Verständnis!',
    'Vielen Dank',
  ],
  [
    'el',
    'Το δέμα ακόμα δεν έχει έρθει.\n\nΣτις Δευ, 3 Μαρ 2025 στις 10:02, Εξυπηρέτηση <help@paradeigma.gr> έγραψε:\nΣας ευχαριστούμε πολύ για την υπομονή σας!',
    'ευχαριστούμε',
  ],
  [
    'sk',
    'Balík stále neprišiel.\n\nDňa 3. 3. 2025 o 10:02 Zákaznícka podpora <podpora@priklad.sk> napísal(a):\nĎakujeme veľmi pekne za Vašu trpezlivosť!',
    'Ďakujeme',
  ],
  [
    'no',
    'Pakken har fortsatt ikke kommet.\n\nman. 3. mars 2025 kl. 10:02 skrev Kundeservice <hjelp@eksempel.no>:\nTusen takk for tålmodigheten din!',
    'Tusen takk',
  ],
  ['zh', '包裹到现在还没到。\n\n2025年3月3日 10:02，客服中心 <help@example.cn> 写道：\n非常感谢您的耐心等待！', '感谢'],
];

// The customer says someone else said it: the quotation is theirs, not the customer's.
const attributed: [string, string][] = [
  ['en', 'Your agent told me on the phone: "Thanks so much for bearing with us, it will ship tomorrow." It did not ship.'],
  ['de', 'Ihr Kollege schrieb mir: „Herzlichen Dank für Ihre Geduld, es geht morgen raus.“ Passiert ist nichts.'],
  ['el', 'Ο συνάδελφός σας μου είπε: «Ευχαριστούμε πολύ για την υπομονή, αύριο φεύγει.» Δεν έφυγε τίποτα.'],
  ['sk', 'Váš kolega mi napísal: „Ďakujeme za trpezlivosť, zajtra to odošleme.“ Neodoslali ste nič.'],
  ['no', 'Kollegaen din skrev til meg: «Tusen takk for tålmodigheten, den sendes i morgen.» Ingenting skjedde.'],
  ['zh', '你们的客服跟我说：“感谢您的耐心，明天一定发货。”结果什么都没发。'],
];

describe('quoted and forwarded text is not the customer’s voice', () => {
  for (const [lang, text, thanks] of quoted) {
    it(`${lang}: an earlier reply under its header raises no gratitude`, () => {
      expect(ids(text, lang)).not.toContain('gratitude');
      // The quote is blanked, character for character: offsets still point at the original.
      const masked = maskQuoted(text);
      expect(masked.length).toBe(text.length);
      expect(masked).not.toContain(thanks);
      const own = text.indexOf('\n');
      expect(masked.slice(0, own)).toBe(text.slice(0, own));
    });
  }

  for (const [lang, text] of attributed) {
    it(`${lang}: words the customer says someone else wrote or said are not theirs`, () => {
      expect(ids(text, lang)).not.toContain('gratitude');
    });
  }

  it('"> " lines and a forwarded mail are blanked; the customer’s own words stay and keep their offsets', () => {
    const text = 'I want my money back now.\n-----Original Message-----\nFrom: Shop\nThanks a lot for your order!';
    const refund = shown(text, 'en').find((s) => s.id === 'refund-request');
    expect(refund).toBeDefined();
    const e = refund?.evidence[0];
    expect(e && text.slice(e.start, e.end)).toMatch(/money back/);
    expect(ids(text, 'en')).not.toContain('gratitude');
    expect(maskQuoted('> thanks a lot\nstill broken')).toBe('              \nstill broken');
  });

  it('the customer’s own "I wrote to you twice:" is not a mail header, and an apostrophe opens no quote', () => {
    const text = "I wrote to you twice last week:\nThe heater doesn't work, and I've told your colleague it's broken.";
    expect(maskQuoted(text)).toBe(text);
  });

  it('a quotation of someone outside the conversation ("my neighbour said …") is the customer repeating it, and is read', () => {
    const text = 'My neighbour said "this shop is run by idiots" and he was right.';
    expect(maskQuoted(text)).toBe(text);
    expect(maskQuoted('Your colleague said "we are idiots" on the phone.')).not.toContain('idiots');
    // A message forwarded to the company is someone else's words too.
    const forwarded =
      'Min mann sendte meg dette, og jeg videresender det til dere: «De idiotene har trukket oss to ganger.» Kan dere se på det?';
    expect(ids(forwarded, 'no')).not.toContain('insult');
    expect(maskQuoted('A wise man once said "never trust a courier" and he was right.')).toContain('courier');
    // Thanks inside quotation marks names a button, it is no sarcasm: "Send cheers" is not a complaint.
    expect(ids('How do I turn off the reminders to "send cheers" to friends?', 'en')).not.toContain('complaint');
  });
});
