import { describe, expect, it } from 'vitest';
import { ids, shown } from './helpers';
import { serviceFailures } from '../../../src/engine/service-failure';

// Written for these tests: a customer who reports, as a fact of their own case, that an expected
// event did not happen (no one came, nothing was delivered, nobody called) or that something
// broke with a count or a duration ("froze five times", "nede i to dager") is complaining,
// without any complaint word. The complaint's evidence holds the failure's own words.
const reported: [string, string, string][] = [
  ['en', 'Booked the engineer for Friday morning, nobody turned up and no call either.', 'nobody turned up'],
  ['en', 'The card reader froze five times during one shift.', 'froze five times'],
  ['de', 'Der Monteur sollte am Montag kommen, er ist nie erschienen.', 'nie erschienen'],
  ['de', 'Die Kasse stürzt seit Freitag dreimal am Tag ab.', 'stürzt seit Freitag'],
  ['el', 'Ο τεχνικός που κλείσαμε για την Τρίτη δεν εμφανίστηκε.', 'δεν εμφανίστηκε'],
  ['el', 'Το ρούτερ κλείνει μόνο του πέντε φορές τη μέρα.', 'πέντε φορές'],
  ['sk', 'Objednávku som zaplatil pred mesiacom a dodnes ju nedoručili.', 'nedoručili'],
  ['sk', 'Aplikácia mi včera spadla štyrikrát.', 'spadla štyrikrát'],
  ['no', 'Internettet var nede i to dager.', 'nede i to dager'],
  ['no', 'Montøren dukket aldri opp, og ingen ringte.', 'ingen ringte'],
  ['zh', '宽带断了两天，师傅一直没上门。', '没上门'],
  ['zh', '快递员说今天送，到晚上也没送到。', '没送到'],
];

// The same failures asked about, set as a condition or put in the future: no report, no complaint.
const notReported: [string, string][] = [
  ['en', 'If nobody turns up tomorrow I will book another firm.'],
  ['en', 'Do you know why the parcel was not delivered on Monday?'],
  ['de', 'Falls die Lieferung nicht ankommt, melde ich mich nochmal.'],
  ['de', 'Kommt das Paket nicht bis Freitag, storniere ich.'],
  ['el', 'Αν δεν έρθει ο τεχνικός αύριο, θα σας ξαναγράψω.'],
  ['sk', 'Ak kuriér neprišiel do piatku, dajte mi vedieť prosím.'],
  ['no', 'Hvis pakken ikke har kommet innen fredag, sier jeg ifra.'],
  ['zh', '如果明天还没到的话，我再联系你们。'],
];

describe('service failure: a failure reported as a fact is a complaint', () => {
  for (const [lang, text, words] of reported)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const complaint = shown(text, lang).find((s) => s.id === 'complaint');
      expect(complaint).toBeDefined();
      const evidence = complaint?.evidence.map((e) => text.slice(e.start, e.end)).join(' | ');
      expect(evidence).toContain(words);
    });
  for (const [lang, text] of notReported)
    it(`${lang}: not a report "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).not.toContain('complaint');
    });
});

// Written for these tests: "an" is an English article and a German preposition; only in Greek
// written in Latin letters is it "if". A failure after it is still reported.
describe('service failure: "an" is a condition only in Greeklish', () => {
  const reports: [string, string, string][] = [
    ['en', 'i ordered an extra charger in march and it never arrived', 'never arrived'],
    ['en', 'we were given an appointment window of 8 to 12 and nobody showed up', 'nobody showed up'],
    ['de', 'ich habe an eure adresse geschrieben und nie eine antwort bekommen', 'nie eine antwort'],
  ];
  for (const [lang, text, words] of reports)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const found = serviceFailures(text, lang).map((s) => text.slice(s.start, s.end));
      expect(found.join(' | ')).toContain(words);
    });
  it('el: "an den erthei o texnikos" is a condition', () => {
    expect(serviceFailures('an den erthei o texnikos ayrio, tha sas ksanagrapsw', 'el')).toEqual([]);
  });
});
