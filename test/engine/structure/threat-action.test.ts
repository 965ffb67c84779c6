import { describe, expect, it } from 'vitest';
import { ids, shown } from './helpers';

// Written for these tests: the customer's own action to come against the company — the press, a
// regulator, a lawyer, a payment dispute, a public review, a competitor — said as a first-person
// future or intention is a threat; an everyday target (the bank, Google) only in an ultimatum.
const threats: [string, string, string][] = [
  ['en', 'Fix the boiler this week or I am going to the local paper with the photos.', 'local paper'],
  ['en', "Honestly I'm this close to moving my mortgage to another bank.", 'another bank'],
  ['de', 'Passiert bis Montag nichts, gehe ich mit den Fotos zur Zeitung.', 'gehe ich mit den Fotos zur Zeitung'],
  ['el', 'Από τον άλλο μήνα φεύγω για άλλο πάροχο, το αποφασίσατε εσείς.', 'φεύγω για άλλο πάροχο'],
  ['sk', 'Ak to do piatku neopravíte, platbu kartou rozporujem.', 'platbu kartou rozporujem'],
  ['no', 'Hvis ikke dette ordnes snart, bytter jeg til en konkurrent.', 'bytter jeg til en konkurrent'],
  ['zh', '要是月底前还没结果，我会把经过发到小红书上。', '小红书'],
];

const notThreats: [string, string][] = [
  ['en', "I'll look on Google for the manual myself."],
  ['en', 'I will go to the bank tomorrow and pay the invoice in person.'],
  ['de', 'Ich werde nicht zur Presse gehen, ich möchte nur eine Lösung.'],
  ['el', 'Θα το ψάξω στο Google μόνη μου, ευχαριστώ.'],
  ['sk', 'Zajtra pôjdem do mesta a pobočku nájdem cez Google.'],
  ['no', 'Jeg skal til banken i morgen og betaler regningen da.'],
  ['zh', '我会在网上给你们写个好评，谢谢师傅。'],
];

describe('threat action: the customer’s own action against the company is a threat', () => {
  for (const [lang, text, words] of threats)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const threat = shown(text, lang).find((s) => s.id === 'threat');
      expect(threat).toBeDefined();
      expect(threat?.evidence.map((e) => text.slice(e.start, e.end)).join(' | ')).toContain(words);
    });
  for (const [lang, text] of notThreats)
    it(`${lang}: not a threat "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).not.toContain('threat');
    });
});
