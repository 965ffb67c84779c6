import { describe, expect, it } from 'vitest';
import { ids, shown } from './helpers';

// Written for these tests: a customer who dates a contact of their own ("I phoned you last
// Tuesday", "am 12. Juni habe ich geschrieben", "Píšem vám od stredy") has contacted the company
// before. Contact with another party, a contact in a condition or the future, and the company's
// own writing are none.
const dated: [string, string, string][] = [
  [
    'en',
    'Hello, I phoned you about the broken hinge on Tuesday and the fridge door still will not close.',
    'phoned you about the broken hinge on Tuesday',
  ],
  [
    'en',
    'Emailed about the missing voucher three weeks ago, the code is still not in my account.',
    'Emailed about the missing voucher three weeks ago',
  ],
  [
    'de',
    'Guten Tag, ich habe Ihnen am 12. Juni wegen der falschen Rechnung geschrieben und warte noch.',
    'am 12. Juni wegen der falschen Rechnung geschrieben',
  ],
  ['de', 'Meine Reklamation vom 8. Juli zur kaputten Lampe liegt offenbar noch bei Ihnen.', 'Reklamation vom 8. Juli'],
  ['el', 'Καλημέρα, σας τηλεφώνησα χθες για τον μετρητή και ακόμα περιμένω τεχνικό.', 'τηλεφώνησα χθες'],
  ['sk', 'Dobrý deň, píšem vám od stredy kvôli chýbajúcemu vankúšu k pohovke.', 'píšem vám od stredy'],
  ['no', 'Hei, jeg ringte dere for to uker siden om den feilaktige regningen for strøm.', 'ringte dere for to uker siden'],
  ['zh', '我5月3日就打过你们的客服电话，说好一周内换货，到现在还没消息。', '5月3日就打过你们的客服电话'],
];

const notDated: [string, string][] = [
  ['en', 'I called my bank on Monday and they say the payment left my account.'],
  ['en', 'If I have not heard from you by Friday, I will call on Monday.'],
  ['de', 'Ihr Kollege hat mir am 3. Juni geschrieben, dass der Tisch unterwegs ist. Danke dafür!'],
  ['el', 'Αν δεν έχω νέα μέχρι την Παρασκευή, θα σας τηλεφωνήσω τη Δευτέρα.'],
  ['sk', 'Objednávku som zaplatila v pondelok, kedy ju približne odošlete?'],
  ['no', 'Jeg skrev til Posten i går, og de sier pakken er på vei.'],
  ['zh', '我上周在你们官网下单了一个书架，请问大概什么时候发货？'],
];

describe('dated contact: a contact of the customer with a past time is a repeat contact', () => {
  for (const [lang, text, words] of dated)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const repeat = shown(text, lang).find((s) => s.id === 'repeat-contact');
      expect(repeat).toBeDefined();
      expect(repeat?.evidence.map((e) => text.slice(e.start, e.end)).join(' | ')).toContain(words);
    });
  for (const [lang, text] of notDated)
    it(`${lang}: not a repeat contact "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).not.toContain('repeat-contact');
    });
});
