import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: the trouble coming back ("crashed again") is no earlier contact; a
// contact act with a count or "already" is one, with or without a pack phrase; contacting
// someone else (a bank) is not contact with the company.
const recurrence: [string, string][] = [
  ['en', 'The kettle tripped the fuse again this morning. Is there a known fault with model K20?'],
  ['en', 'This is the second time I have bought this blender from you, the first one lasted six years.'],
  ['de', 'Die Spülmaschine piept schon wieder, obwohl der Filter sauber ist. Was kann das sein?'],
  ['de', 'Nach dem Neustart läuft der Drucker wieder einwandfrei.'],
  ['el', 'Το ψυγείο σταμάτησε πάλι να κρυώνει από χθες το βράδυ.'],
  ['el', 'Ο εκτυπωτής δουλεύει ξανά κανονικά μετά την ενημέρωση.'],
  ['sk', 'Práčka zase vytiekla, voda je po celej kúpeľni.'],
  ['sk', 'Po reštarte mi aplikácia znova funguje, vďaka návodu na webe.'],
  ['no', 'Kjøleskapet har sluttet å kjøle igjen, og maten blir dårlig.'],
  ['no', 'Etter oppdateringen virker appen igjen som den skal.'],
  ['zh', '洗衣机又漏水了，地上全是水。'],
  ['zh', '这是我第二次在你们店买这个牌子的锅，第一口用了八年。'],
];

const contacted: [string, string][] = [
  ['en', 'I have rung your helpline three times about the missing parcel.'],
  ['en', 'I am writing again about the invoice for order 5512.'],
  ['en', 'This is the second time I am asking about the missing invoice.'],
  ['de', 'Ich habe Ihnen wegen der Rechnung bereits zweimal geschrieben.'],
  ['de', 'Ich habe schon dreimal bei der Hotline angerufen.'],
  ['el', 'Έχω πάρει τηλέφωνο τέσσερις φορές για τον λογαριασμό.'],
  ['el', 'Sas exw steilei 3 fores email gia to idio thema.'],
  ['sk', 'Volal som vám už trikrát kvôli faktúre.'],
  ['sk', 'Kvôli chybnej faktúre vám píšem znova.'],
  ['no', 'Jeg har ringt dere fire ganger om fakturaen.'],
  ['no', 'Dette er tredje e-post jeg sender om pakken.'],
  ['zh', '我已经打了三次电话问发票的事。'],
  ['zh', '这个问题我找过你们四次了。'],
  // A count that closes its sentence counts this very message.
  ['en', 'Still no replacement card. This is the fourth time.'],
  ['de', 'Wo bleibt meine Ersatzkarte? Zum dritten Mal!'],
];

const elsewhere: [string, string][] = [
  ['en', 'I have called my bank twice about the charge and they say it came from you.'],
  ['de', 'Ich habe schon zweimal mit meiner Bank telefoniert, die Abbuchung kommt von Ihnen.'],
  ['zh', '我已经给银行打了两次电话，他们说扣款是你们的。'],
];

// A bank named in another clause than the contact does not make the contact someone else's.
const bankElsewhere: [string, string][] = [
  ['en', 'I have written to you three times about this, and now my bank has had to step in.'],
  ['de', 'Ich habe Ihnen schon dreimal geschrieben, jetzt kümmert sich meine Bank darum.'],
  ['el', 'Σας έχω γράψει ήδη τρεις φορές, τώρα το αναλαμβάνει η τράπεζα μου.'],
  ['sk', 'Písal som vám už trikrát, teraz to rieši moja banka.'],
  ['no', 'Jeg har skrevet til dere tre ganger, nå har banken tatt over saken.'],
  ['zh', '我已经联系过你们三次了，现在只能找银行了。'],
];

describe('repeat contact is contact, not recurrence', () => {
  for (const [lang, text] of bankElsewhere)
    it(`${lang}: a bank in another clause "${text.slice(0, 44)}"`, () => expect(ids(text, lang)).toContain('repeat-contact'));
  for (const [lang, text] of recurrence)
    it(`${lang}: recurrence "${text.slice(0, 44)}"`, () => expect(ids(text, lang)).not.toContain('repeat-contact'));
  for (const [lang, text] of contacted)
    it(`${lang}: contact counted "${text.slice(0, 44)}"`, () => expect(ids(text, lang)).toContain('repeat-contact'));
  for (const [lang, text] of elsewhere)
    it(`${lang}: someone else contacted "${text.slice(0, 44)}"`, () => expect(ids(text, lang)).not.toContain('repeat-contact'));
});
