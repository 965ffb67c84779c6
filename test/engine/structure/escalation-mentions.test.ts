import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: a manager, a hotline or a superior named in a report, a signature or
// praise passed on is no request for one; the same word in a sentence that asks still is.
const mentions: [string, string][] = [
  ['en', 'The store manager was lovely to us on Saturday and the sofa fits perfectly.'],
  ['en', 'The bike arrived early and works perfectly. Please pass my thanks on to your manager.'],
  ['de', 'Die Hotline hat mir letzte Woche einen Termin für Dienstag genannt, der passt gut.'],
  ['el', 'Ο προϊστάμενος του καταστήματος μας εξυπηρέτησε άψογα το Σάββατο.'],
  ['sk', 'Vedúci predajne nám v sobotu veľmi ochotne pomohol s výberom.'],
  ['no', 'Lederen i butikken hjalp oss veldig godt på lørdag.'],
  ['zh', '你们门店的经理上周六接待我们很热情，沙发也很合适。'],
  ['en', 'Thanks for sorting the refund so fast.\n\nKind regards,\nPriya Nair\nOffice Manager'],
];

const asked: [string, string][] = [
  ['en', 'Please get your manager to call me back about the broken boiler.'],
  ['de', 'Ich verlange sofort einen Vorgesetzten, das geht so nicht weiter.'],
  ['el', 'Θέλω να μιλήσω με τον προϊστάμενό σας σήμερα.'],
  ['no', 'Jeg krever at en leder ringer meg i dag.'],
  ['zh', '我要求你们经理马上给我回电话。'],
];

describe('an escalation word that mentions is no request', () => {
  for (const [lang, text] of mentions)
    it(`${lang}: mention "${text.slice(0, 44)}"`, () => expect(ids(text, lang)).not.toContain('escalation-request'));
  for (const [lang, text] of asked)
    it(`${lang}: asked "${text.slice(0, 44)}"`, () => expect(ids(text, lang)).toContain('escalation-request'));
});
