import { describe, expect, it } from 'vitest';
import { ids, shown } from './helpers';

// Written for these tests: a customer who says they are disappointed is dissatisfied with
// something that went wrong, even in words no complaint phrase holds; the complaint shown is
// evidenced by the disappointment's own words. Negated disappointment implies nothing.
const disappointed: [string, string][] = [
  ['en', 'I am a little disappointed with the sofa we picked up on Saturday, one cushion is a different shade.'],
  ['de', 'Ich bin etwas enttäuscht von der Jacke, die Farbe sieht ganz anders aus als auf dem Foto.'],
  ['el', 'Είμαι λίγο απογοητευμένη με το μπουφάν, το χρώμα δεν είναι όπως στη φωτογραφία.'],
  ['sk', 'Som trochu sklamaná z bundy, farba vyzerá úplne inak ako na fotke.'],
  ['no', 'Jeg er litt skuffet over jakken, fargen ser helt annerledes ut enn på bildet.'],
  ['zh', '对这次的台灯有些失望。'],
];

describe('disappointment implies a complaint', () => {
  for (const [lang, text] of disappointed)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const signals = shown(text, lang);
      const complaint = signals.find((s) => s.id === 'complaint');
      expect(complaint).toBeDefined();
      const disappointment = signals.find((s) => s.id === 'disappointment');
      // Its words are the disappointment's: every shown signal has its words as evidence.
      expect(complaint?.evidence.length).toBeGreaterThan(0);
      // As sure as the disappointment that implies it.
      expect(complaint?.confidence).toBeGreaterThanOrEqual(disappointment?.confidence ?? 1);
    });

  it('negated disappointment implies nothing', () => {
    expect(ids('Not disappointed at all, the sofa is lovely.', 'en')).not.toContain('complaint');
    expect(ids('Ich bin überhaupt nicht enttäuscht, das Sofa ist wunderschön.', 'de')).not.toContain('complaint');
  });
});

// Written for these tests: a money demand backed by a threat says that something went wrong and
// the customer is dissatisfied, even where no complaint phrase stands ("If my £52 is not back by
// Tuesday, I dispute it"); the complaint is evidenced by the demand's and the threat's words.
const threatenedDemands: [string, string][] = [
  ['en', 'If my £52 is not back on my card by Tuesday, I will dispute the payment with my bank.'],
  ['de', 'Wenn die 52 Euro bis Dienstag nicht auf meinem Konto sind, lasse ich die Lastschrift zurückbuchen.'],
  ['el', 'Αν τα 52 ευρώ δεν επιστραφούν ως την Τρίτη, θα κάνω αμφισβήτηση της χρέωσης στην τράπεζα.'],
  ['sk', 'Ak tých 52 eur nebude do utorka na mojom účte, podám podnet na SOI.'],
  ['no', 'Er ikke de 520 kronene tilbake innen tirsdag, bestrider jeg betalingen hos banken.'],
  ['zh', '周二之前这52块再不退给我，我就让银行拒付。'],
];

describe('a money demand backed by a threat implies a complaint', () => {
  for (const [lang, text] of threatenedDemands)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const signals = shown(text, lang);
      expect(signals.map((s) => s.id)).toEqual(expect.arrayContaining(['refund-request', 'threat', 'complaint']));
      const complaint = signals.find((s) => s.id === 'complaint');
      expect(complaint?.evidence.length).toBeGreaterThan(0);
    });

  it('a threat alone, or a refund alone, implies nothing', () => {
    expect(ids('Could you refund the £52 to my card, please?', 'en')).not.toContain('complaint');
    expect(ids('Bitte erstatten Sie mir die 52 Euro auf mein Konto.', 'de')).not.toContain('complaint');
    expect(ids('Wie erstatte ich eine Lastschrift über meine Bank, wenn ich keine Reklamation habe?', 'de')).not.toContain('complaint');
  });
});
