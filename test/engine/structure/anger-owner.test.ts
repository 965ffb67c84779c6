import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: anger laughed off in its sentence, or someone else's, is not the
// customer's anger at the company; the customer's own anger still is.
const notTheirs: [string, string][] = [
  ['en', 'My daughter was furious that the puzzle had a piece missing, but we found it under the sofa.'],
  ['de', 'Ich war so wütend auf mich selbst, dass ich das Passwort wieder vergessen habe 🙈 Können Sie es zurücksetzen?'],
  ['el', 'Ήμουν θυμωμένος με τον διαιτητή χθες 😂 Θέλω να ρωτήσω για το εισιτήριο διαρκείας.'],
  ['sk', 'Dcéra je naštvaná, že jej bábika nemá topánky, môžem ich dokúpiť?'],
  ['no', 'Datteren min ble sint fordi dukken manglet sko, kan jeg kjøpe dem separat?'],
  ['zh', '哈哈，堵车堵得我气死了，言归正传，沙发能改到周日送吗？'],
];

const theirs: [string, string][] = [
  ['en', 'I am furious, the puzzle had a piece missing and nobody answers my emails.'],
  ['de', 'Ich bin stinksauer, das Paket ist schon wieder nicht gekommen.'],
  ['sk', 'Som naštvaná, balík opäť neprišiel.'],
  ['no', 'Jeg er så sint, pakken har ikke kommet.'],
];

describe('anger that is not the customer’s at the company', () => {
  for (const [lang, text] of notTheirs) it(`${lang}: "${text.slice(0, 48)}"`, () => expect(ids(text, lang)).not.toContain('anger'));
  for (const [lang, text] of theirs) it(`${lang}: own anger "${text.slice(0, 40)}"`, () => expect(ids(text, lang)).toContain('anger'));
});
