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
