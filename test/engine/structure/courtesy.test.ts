import { describe, expect, it } from 'vitest';
import { ids, shown } from './helpers';

// Written for these tests: thanks that are manners (closing a request or a question, "in advance",
// a letter's sign-off) and thanks that are irony, beside sincere thanks that must still count.
const formulas: [string, string][] = [
  ['en', 'Could you move my delivery to Friday? Thanks in advance!'],
  ['en', 'Where is my parcel 88123? thx'],
  ['en', 'The invoice has the wrong company name on it, it should be Birch Ltd.\n\nThanks,\nOwen'],
  ['de', 'Können Sie mir die Rechnung noch einmal schicken? Danke im Voraus.'],
  ['de', 'Bitte stellen Sie die Rechnung auf meine neue Adresse aus. Danke!'],
  ['el', 'Μπορείτε να μου στείλετε ξανά το τιμολόγιο; Ευχαριστώ εκ των προτέρων.'],
  ['el', 'Παρακαλώ αλλάξτε τη διεύθυνση αποστολής. Ευχαριστώ πολύ!'],
  ['sk', 'Mohli by ste mi poslať faktúru ešte raz? Vopred ďakujem.'],
  ['sk', 'Prosím, zmeňte mi adresu doručenia. Ďakujem!'],
  ['no', 'Kan dere sende fakturaen på nytt? Takk på forhånd.'],
  ['no', 'Vennligst endre leveringsadressen min. Takk!'],
  ['zh', '麻烦帮我把发票重新发一下，谢谢！'],
  ['zh', '请问我的包裹什么时候到？提前感谢。'],
];

// Saying what one needs or would like, then thanks: the thanks closes a request.
const wishes: [string, string][] = [
  ['en', 'I need a copy of the warranty card for my dishwasher. Thanks!'],
  ['de', 'Ich brauche die Rechnung als PDF für die Buchhaltung. Danke!'],
  ['el', 'Θα ήθελα να μάθω αν το μπλε φόρεμα θα ξαναέρθει σε medium. Ευχαριστώ!'],
  ['el', 'tha ithela na mathw an to mple forema 8a ksanaer8ei se medium. eyxaristw'],
  ['sk', 'Chcela by som vedieť, kedy otvárate predajňu v Nitre. Ďakujem!'],
  ['en', 'I would like the invoice in my company name, thanks.'],
  ['no', 'Jeg trenger kvitteringen på e-post til regnskapet. Takk!'],
  ['zh', '我需要一张电子发票给公司报销。谢谢！'],
];

// A wish whose object is the thanks is gratitude.
const thanksWished: [string, string][] = [
  ['en', 'I would like to thank you for fixing my boiler.'],
  ['de', 'Ich möchte danke sagen für die schnelle Hilfe mit der Heizung.'],
  ['el', 'Θα ήθελα να πω ένα μεγάλο ευχαριστώ για τη γρήγορη επισκευή.'],
  ['sk', 'Chcem vám ďakujem povedať za rýchlu opravu.'],
  ['no', 'Jeg vil gjerne si tusen takk for rask hjelp med kjelen.'],
  ['zh', '我想说声谢谢，热水器修好了。'],
];

const sarcasm: [string, string][] = [
  ['en', 'Thanks a lot. Ten days and my order still has not arrived.'],
  ['en', 'Thanks for nothing.'],
  ['de', 'Vielen Dank auch. Die Lieferung ist nach zwei Wochen immer noch nicht angekommen.'],
  ['de', 'Danke für nichts.'],
  ['el', 'Ευχαριστώ πολύ. Δύο εβδομάδες και το δέμα δεν έχει φτάσει.'],
  ['el', 'Ευχαριστώ για τίποτα.'],
  ['sk', 'Ďakujem pekne za „rýchle“ doručenie, čakám už tretí týždeň.'],
  ['sk', 'Ďakujem za nič.'],
  ['no', 'Tusen takk. To uker, og pakken har ikke kommet.'],
  ['no', 'Takk for ingenting.'],
  ['zh', '真是太感谢了，等了两周还没收到。'],
  ['zh', '谢谢你们的“专业”服务。'],
];

const sincere: [string, string][] = [
  ['en', 'The new charger came this morning and works perfectly, thank you so much!'],
  ['en', 'The credit has arrived, thank you! One more question: can I pay monthly?'],
  ['de', 'Das Ersatzteil ist heute gekommen und passt perfekt, vielen Dank!'],
  ['el', 'Το ανταλλακτικό ήρθε σήμερα και δουλεύει τέλεια, ευχαριστώ πολύ!'],
  ['sk', 'Náhradný diel dnes prišiel a funguje výborne, ďakujem pekne!'],
  ['no', 'Reservedelen kom i dag og fungerer perfekt, tusen takk!'],
  ['zh', '配件今天到了，装上就好用了，非常感谢！'],
];

describe('politeness formulas are not gratitude', () => {
  for (const [lang, text] of formulas)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).not.toContain('gratitude');
    });
});

describe('thanks after a need or a wish close a request', () => {
  for (const [lang, text] of wishes)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).not.toContain('gratitude');
    });
  for (const [lang, text] of thanksWished)
    it(`${lang}: wishing to thank "${text.slice(0, 40)}"`, () => {
      expect(ids(text, lang)).toContain('gratitude');
    });
});

describe('sarcastic thanks are a complaint, not gratitude', () => {
  for (const [lang, text] of sarcasm)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const signals = ids(text, lang);
      expect(signals).not.toContain('gratitude');
      expect(signals).toContain('complaint');
    });
});

describe('sincere thanks still count', () => {
  for (const [lang, text] of sincere)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const gratitude = shown(text, lang).find((s) => s.id === 'gratitude');
      expect(gratitude).toBeDefined();
    });
});
