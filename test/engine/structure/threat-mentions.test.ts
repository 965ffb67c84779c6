import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: a threat word named — in a question, a negated clause, praise, an
// errand at the bank — is no threat; in an ultimatum, or said with "not afraid to", it still is.
const named: [string, string][] = [
  ['en', 'Happy to give you a 5 star review on Trustpilot, the engineer was lovely.'],
  ['en', "I'll phone my bank tomorrow to see whether the transfer left my account."],
  ['de', 'Soll ich mich wegen der Rechnung an einen Anwalt wenden?'],
  ['de', 'Ich habe gestern mit meiner Bank telefoniert, die Überweisung ist raus.'],
  ['el', 'Δεν χρειάζεται να πάμε σε δικηγόρο, απλώς διορθώστε τον λογαριασμό.'],
  ['el', 'Θα περάσω από την τράπεζα αύριο να δω αν έγινε η μεταφορά.'],
  ['sk', 'Platbu som poslala cez banku v pondelok, prosím skontrolujte to.'],
  ['sk', 'Mám sa s tým obrátiť na právnika, alebo to vyriešime spolu?'],
  ['no', 'Bør jeg snakke med en advokat før jeg signerer den nye avtalen?'],
  ['no', 'Jeg vil ikke gå til advokat, jeg vil bare ha pengene tilbake.'],
  ['zh', '请问如果快递丢了，是我去找银行拒付，还是你们直接退款？'],
];

const threats: [string, string][] = [
  ['en', 'Sort the refund by Friday or my lawyer will be in touch.'],
  ['en', "I have every email saved and I'm not afraid to take them to the ombudsman."],
  ['de', 'Wenn bis Montag nichts passiert, schalte ich einen Anwalt ein.'],
  ['el', 'an den epistrepsete ta xrhmata ws thn Paraskevh, kanw chargeback.'],
  ['sk', 'Ak mi nevrátite peniaze, podám podnet na SOI.'],
  ['no', 'Hvis ikke pengene kommer innen fredag, går saken til Forbrukerrådet.'],
  ['zh', '如果下周还不退款，我就找律师。'],
];

describe('threat mentions: a threat word named is no threat made', () => {
  for (const [lang, text] of named)
    it(`${lang}: not a threat "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).not.toContain('threat');
    });
  for (const [lang, text] of threats)
    it(`${lang}: still a threat "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).toContain('threat');
    });
});
