import { describe, expect, it } from 'vitest';
import { ids, shown } from './helpers';

// Written for these tests: praise that opens a sentence beside a failure cue of another kind (an
// eye roll, "still no…", "and then nothing", a waiting time, a bare "Again.") is a complaint and
// no gratitude; praise with no failure, or with a turn ("but") before the failure, stays praise.
const sarcastic: [string, string][] = [
  ['en', 'Amazing work, guys. Nine days for a reply and then nothing 🙄'],
  ['en', 'Wonderful. My new phone came with a cracked screen. Again.'],
  ['de', 'Ganz großartig. Zehn Tage für eine einzige Zeile, und seitdem nichts 🙄'],
  ['el', 'Τέλεια εξυπηρέτηση, τρεις εβδομάδες και ακόμα τίποτα 🙄'],
  ['sk', 'Skvelé, tri týždne čakám a stále nič 🙄'],
  ['no', 'Kjempebra kundeservice. Ni dager for ett svar, og så ingenting 🙃'],
  ['zh', '真棒，排队四十分钟然后被挂断了🙃'],
];

const sincere: [string, string][] = [
  ['en', 'Great service, the parcel came in two days. Thank you!'],
  ['de', 'Super, danke! Das Paket ist heute angekommen, alles bestens.'],
  ['el', 'Τέλεια, ευχαριστώ! Το δέμα ήρθε σήμερα.'],
  ['sk', 'Super, ďakujem! Balík dnes prišiel.'],
  ['no', 'Flott, tusen takk! Pakken kom i dag.'],
  ['zh', '太棒了，谢谢！包裹今天到了。'],
];

// A turn between the praise and the failure: the praise is meant, the failure is its own matter.
const turned: [string, string][] = [
  ['en', 'Fantastic support on the phone yesterday, thank you! But the app still does not show my booking.'],
  ['de', 'Toller Service gestern, danke! Leider ist die Rechnung immer noch nicht da.'],
];

describe('sarcasm: praise beside a failure is a complaint', () => {
  for (const [lang, text] of sarcastic)
    it(`${lang}: "${text.slice(0, 50)}"`, () => {
      const signals = shown(text, lang);
      const found = signals.map((s) => s.id);
      expect(found).toContain('complaint');
      expect(found).not.toContain('gratitude');
      const complaint = signals.find((s) => s.id === 'complaint');
      expect(complaint?.evidence.length).toBeGreaterThan(0);
    });
  for (const [lang, text] of sincere)
    it(`${lang}: sincere "${text.slice(0, 50)}"`, () => {
      const found = ids(text, lang);
      expect(found).toContain('gratitude');
      expect(found).not.toContain('complaint');
    });
  for (const [lang, text] of turned)
    it(`${lang}: turned "${text.slice(0, 50)}"`, () => {
      expect(ids(text, lang)).toContain('gratitude');
    });
});
