import { describe, expect, it } from 'vitest';
import { ids, shown } from './helpers';

// Written for these tests: a customer who counts their own dealings with the company in passing,
// with words between the number and what was counted ("four of your advisers", "drei
// verschiedene Mitarbeiter"), or names the ordinal of one ("min fjerde henvendelse"), has
// contacted the company before. The company's own mailings and contacts with others are none.
const counted: [string, string, string][] = [
  ['en', 'By now four of your advisers have looked at my meter reading.', 'four of your advisers'],
  ['de', 'Inzwischen haben mir drei verschiedene Mitarbeiter etwas anderes erzählt.', 'drei verschiedene Mitarbeiter'],
  ['el', 'Μίλησα με τρεις διαφορετικούς υπαλλήλους για τον λογαριασμό του Μαρτίου.', 'τρεις διαφορετικούς υπαλλήλους'],
  ['sk', 'Dostal som už dve rôzne odpovede na jednu otázku o faktúre.', 'dve rôzne odpovede'],
  ['no', 'Dette er min fjerde henvendelse om den samme fakturaen.', 'fjerde henvendelse'],
  ['no', 'Fem telefoner til kundeservice, og fakturaen er fortsatt feil.', 'Fem telefoner'],
];

const notCounted: [string, string][] = [
  ['en', 'Your shop sends me three different emails a week about offers I never asked for.'],
  ['de', 'Ich habe zwei Anrufe bei meiner Bank gemacht, dort ist alles in Ordnung.'],
  ['no', 'Vi er fem personer i husstanden og trenger et større abonnement.'],
];

describe('contact count: contacts counted in passing are a repeat contact', () => {
  for (const [lang, text, words] of counted)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const repeat = shown(text, lang).find((s) => s.id === 'repeat-contact');
      expect(repeat).toBeDefined();
      expect(repeat?.evidence.map((e) => text.slice(e.start, e.end)).join(' | ')).toContain(words);
    });
  for (const [lang, text] of notCounted)
    it(`${lang}: not a repeat contact "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).not.toContain('repeat-contact');
    });
});
