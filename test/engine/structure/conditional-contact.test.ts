import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: "no answer", "again", "still not" inside a condition or a time to come
// ("if I get no reply by Thursday") are no past contact, so no repeat contact; a past contact
// beside a later condition still is one.
const conditional: [string, string][] = [
  ['en', 'If I get no reply by Thursday, I will cancel the whole order.'],
  ['de', 'Falls ich bis Donnerstag keine Antwort erhalte, storniere ich die Bestellung.'],
  ['el', 'Αν δεν μου απαντήσετε ξανά, θα ακυρώσω.'],
  ['sk', 'Ak opäť nedostanem žiadnu odpoveď, zruším zmluvu.'],
  ['no', 'Hvis det fortsatt ikke kommer noe svar, sier jeg opp.'],
  ['zh', '如果周四前还没有回复，我就取消订单。'],
];
const past: [string, string][] = [
  ['en', 'I have written to you three times already.'],
  ['de', 'Ich habe Ihnen schon dreimal geschrieben, wenn Sie sich erinnern.'],
];

describe('a condition or a future is no past contact', () => {
  for (const [lang, text] of conditional)
    it(`${lang}: no repeat contact "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).not.toContain('repeat-contact');
    });
  for (const [lang, text] of past)
    it(`${lang}: still a repeat contact "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).toContain('repeat-contact');
    });
});
